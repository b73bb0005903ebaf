package io.orderhub.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written checks agree with the regular expressions they replaced. */
class ChecksProperties {
  private static final Pattern ID = Pattern.compile("[^\\s\\p{Cntrl}](?:[^\\p{Cntrl}]*[^\\s\\p{Cntrl}])?");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?");

  @Property(tries = 2000)
  void isIdAgreesWithTheIdPattern(@ForAll("idLike") String s) {
    boolean regex = !s.isEmpty() && s.length() <= 128 && ID.matcher(s).matches();
    assertThat(Checks.isId(s)).as("'%s'", s).isEqualTo(regex);
  }

  @Property(tries = 2000)
  void isPlainAgreesWithTheDecimalPattern(@ForAll("decimalLike") String s) {
    assertThat(Decimals.isPlain(s)).as("'%s'", s).isEqualTo(DECIMAL.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> idLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" \t\n\r\u000B\f\u0000\u001F\u007F\u0085\u00A0ab-_1\u4E2D")
            .ofMinLength(0).ofMaxLength(8),
        Arbitraries.strings().alpha().ofMinLength(120).ofMaxLength(135),
        Arbitraries.strings().all().ofMinLength(0).ofMaxLength(10));
  }

  @Provide
  Arbitrary<String> decimalLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.+- e\u0661").ofMinLength(0).ofMaxLength(8),
        Arbitraries.strings().numeric().ofMinLength(28).ofMaxLength(32),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(31)
            .flatMap(a -> Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(31).map(b -> a + "." + b)));
  }
}
