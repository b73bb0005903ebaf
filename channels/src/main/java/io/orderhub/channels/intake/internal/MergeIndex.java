package io.orderhub.channels.intake.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.orderhub.channels.intake.MergeDetector;
import io.orderhub.core.Address;
import io.orderhub.core.Buyer;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link MergeDetector#sameBuyerAndAddress}: finds the first order of the same buyer to the identical
 * address within a window, so that later ones can name it as their parent. Remembers each first
 * order for twice the window on the intake's clock.
 */
public final class MergeIndex implements MergeDetector {
  private final Duration window;
  private final Cache<String, First> firsts;

  public MergeIndex(Duration window, Clock clock) {
    this.window = window;
    this.firsts = Caffeine.newBuilder()
        .expireAfterWrite(window.multipliedBy(2))
        .ticker(() -> clock.millis() * 1_000_000L)
        .executor(Runnable::run)
        .build();
  }

  /**
   * The parent for {@code order}, if an earlier order of the same buyer to the same address was
   * created within the window; otherwise {@code order} becomes the first of its group.
   */
  @Override
  public Optional<OrderId> parentFor(Order order) {
    Optional<String> key = key(order);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    OrderId[] parent = new OrderId[1];
    firsts.asMap().compute(key.get(), (k, first) -> {
      if (first != null && !first.id.equals(order.id())
          && Duration.between(first.createdAt, order.createdAt()).abs().compareTo(window) <= 0) {
        parent[0] = first.id;
        return first;
      }
      return new First(order.id(), order.createdAt());
    });
    return Optional.ofNullable(parent[0]);
  }

  /** Channel, buyer and every part of the address, or empty when either is missing. */
  static Optional<String> key(Order order) {
    Optional<Buyer> buyer = order.buyer();
    Optional<Address> address = order.shippingAddress();
    if (buyer.isEmpty() || address.isEmpty()) {
      return Optional.empty();
    }
    Buyer b = buyer.get();
    String who = b.id() != null ? "id:" + b.id() : b.nick() != null ? "nick:" + b.nick()
        : b.phone() != null ? "phone:" + b.phone().value() : null;
    if (who == null) {
      return Optional.empty();
    }
    Address a = address.get();
    return Optional.of(order.channel().value() + '\u0001' + who + '\u0001' + a.country() + '\u0001' + a.province()
        + '\u0001' + a.city() + '\u0001' + a.district() + '\u0001' + a.town() + '\u0001'
        + (a.detail() == null ? "" : a.detail().value()) + '\u0001' + (a.name() == null ? "" : a.name().value())
        + '\u0001' + (a.phone() == null ? "" : a.phone().value()));
  }

  private record First(OrderId id, Instant createdAt) {}
}
