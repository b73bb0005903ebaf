package io.orderhub.reconcile.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FieldsTest {
  @Test
  void amountsInEveryShapeBillsUse() {
    assertThat(Fields.money("12.5", Money.CNY, "amount", false)).isEqualTo(Money.cny("12.50"));
    assertThat(Fields.money(" -0.01 ", Money.CNY, "amount", false)).isEqualTo(Money.cny("-0.01"));
    assertThat(Fields.money("+7", Money.CNY, "amount", false)).isEqualTo(Money.cny("7.00"));
    assertThat(Fields.money("12.500", Money.CNY, "amount", false)).isEqualTo(Money.cny("12.50"));
    assertThat(Fields.money("", Money.CNY, "fee", true)).isEqualTo(Money.cny("0.00"));
    assertThat(Fields.money("1500", Currency.getInstance("JPY"), "amount", false).toMinorUnits()).isEqualTo(1500);
  }

  @Test
  void badAmountsNameTheColumnAndValue() {
    assertThatThrownBy(() -> Fields.money("12,50", Money.CNY, "amount", false)).isInstanceOf(RowProblem.class)
        .hasMessageStartingWith("amount: \"12,50\"");
    assertThatThrownBy(() -> Fields.money("1.234", Money.CNY, "gross", false)).hasMessageStartingWith("gross:");
    assertThatThrownBy(() -> Fields.money("", Money.CNY, "net", false)).hasMessage("net: is empty");
    assertThatThrownBy(() -> Fields.money("1e3", Money.CNY, "net", false)).hasMessageStartingWith("net:");
    assertThatThrownBy(() -> Fields.money("999999999999999999993.00", Money.CNY, "commission", false))
        .isInstanceOf(RowProblem.class)
        .hasMessage("commission: \"999999999999999999993.00\" is beyond the largest amount a reconciliation sums, "
            + "9999999999999.99");
    assertThatThrownBy(() -> Fields.money("-10000000000000", Money.CNY, "amount", false))
        .hasMessageContaining("is beyond the largest amount");
    assertThat(Fields.money("-9999999999999.99", Money.CNY, "amount", false)).isEqualTo(Money.cny("-9999999999999.99"));
  }

  @Test
  void timesLocalToChinaOrWithAnOffset() {
    Instant expected = Instant.parse("2026-11-11T00:30:00Z");
    assertThat(Fields.instant("2026-11-11 08:30:00", Partitions.CHINA, "t")).isEqualTo(expected);
    assertThat(Fields.instant("2026/11/11 08:30:00", Partitions.CHINA, "t")).isEqualTo(expected);
    assertThat(Fields.instant("2026-11-11T08:30:00", Partitions.CHINA, "t")).isEqualTo(expected);
    assertThat(Fields.instant("2026-11-11T00:30:00Z", Partitions.CHINA, "t")).isEqualTo(expected);
    assertThat(Fields.instant("2026-11-11T00:30:00.250Z", Partitions.CHINA, "t")).isEqualTo(expected.plusMillis(250));
    assertThat(Fields.instant("2026-11-11T08:30:00+08:00", ZoneOffset.UTC, "t")).isEqualTo(expected);
    assertThat(Fields.instant("2026-11-11", Partitions.CHINA, "t")).isEqualTo(Instant.parse("2026-11-10T16:00:00Z"));
  }

  @Test
  void badTimesNameTheColumn() {
    assertThatThrownBy(() -> Fields.instant("2026-13-11 08:30:00", Partitions.CHINA, "paid_at"))
        .isInstanceOf(RowProblem.class).hasMessageStartingWith("paid_at: \"2026-13-11 08:30:00\"");
    assertThatThrownBy(() -> Fields.instant("yesterday", Partitions.CHINA, "paid_at")).hasMessageStartingWith("paid_at:");
  }

  @Test
  void idsAreStrippedAndChecked() {
    assertThat(Fields.id(" 42 ", "order_no")).isEqualTo("42");
    assertThatThrownBy(() -> Fields.id("  ", "order_no")).hasMessage("order_no: is empty");
    assertThatThrownBy(() -> Fields.id("a\u0001b", "order_no")).hasMessageStartingWith("order_no: is not an id");
  }
}
