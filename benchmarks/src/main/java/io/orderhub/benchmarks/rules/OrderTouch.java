package io.orderhub.benchmarks.rules;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Phone;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads every field of an order, down to the characters of its strings, so that its objects are in
 * the core's cache as they are right after a host normalised the order (see {@link RulesBenchmark}).
 * Returns a number made of what it read, for the caller to keep. (Line tags are counted, not read:
 * they are a few shared constants.)
 */
final class OrderTouch {
  private OrderTouch() {}

  static long touch(Order o) {
    long h = text(o.id().value()) + text(o.externalId().value()) + o.status().ordinal() + o.channel().hashCode();
    List<OrderLine> lines = o.lines();
    for (int i = 0; i < lines.size(); i++) { // no iterator: touching allocates nothing the sides would pay for
      OrderLine l = lines.get(i);
      h += text(l.lineId()) + text(l.sku().value()) + text(l.title()) + l.quantity() + money(l.unitPrice())
          + money(l.discount()) + money(l.total()) + l.tags().size();
    }
    Amounts a = o.amounts();
    h += money(a.goods()) + money(a.shipping()) + money(a.discount()) + money(a.paid());
    Buyer b = o.buyer().orElse(null);
    if (b != null) {
      h += text(b.id()) + text(b.nick()) + phone(b.phone());
    }
    Address s = o.shippingAddress().orElse(null);
    if (s != null) {
      h += text(s.country()) + text(s.province()) + text(s.city()) + text(s.district()) + text(s.town())
          + (s.detail() == null ? 0 : text(s.detail().value())) + phone(s.phone())
          + (s.name() == null ? 0 : text(s.name().value()));
    }
    h += time(o.createdAt()) + time(o.paidAt().orElse(null)) + time(o.updatedAt().orElse(null)) + o.tags().size()
        + o.attributes().size();
    return h;
  }

  private static long text(@Nullable String s) {
    return s == null || s.isEmpty() ? 0 : s.length() + s.charAt(0) + s.charAt(s.length() - 1);
  }

  private static long phone(@Nullable Phone p) {
    return p == null ? 0 : text(p.value()) + p.protection().ordinal();
  }

  private static long money(Money m) {
    return m.amount().scale() + m.amount().signum() + m.currency().hashCode();
  }

  private static long time(@Nullable Instant t) {
    return t == null ? 0 : t.getEpochSecond();
  }
}
