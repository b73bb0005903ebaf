package io.orderhub.reconcile.sample;

import io.orderhub.core.Money;
import io.orderhub.core.OrderHubException;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Generates a day of payments, settlements and shipments with planted {@link Scenario}s, from a
 * seed. Rows of matched orders fall inside the configured time windows; {@link
 * Scenario#OUTSIDE_TIME_WINDOW} places the settlement past its window. Streams through a {@link
 * Sink} so a day of millions of orders needs no memory; {@link #day} collects a small one.
 *
 * <pre>{@code
 * GeneratedDay day = DayGenerator.of(config, 42, start).day(1_000, 0.1);
 * }</pre>
 */
public final class DayGenerator {
  private static final Scenario[] MATCHED = {Scenario.SIMPLE, Scenario.PARCELS, Scenario.SPLIT_PAYMENT,
      Scenario.SETTLEMENT_ROWS, Scenario.MERGED, Scenario.REFUNDED, Scenario.FREIGHT_RECORDED};
  private static final Scenario[] PLANTED = {Scenario.MISSING_PAYMENT, Scenario.MISSING_SETTLEMENT,
      Scenario.MISSING_SHIPMENT, Scenario.PAYMENT_ONLY, Scenario.DUPLICATE_PAYMENT, Scenario.COMMISSION_NOT_SYNCED,
      Scenario.FREIGHT_ADJUSTMENT_MISSING, Scenario.AMOUNT_MISMATCH, Scenario.OUTSIDE_TIME_WINDOW,
      Scenario.REFUND_UNMATCHED};

  private final ReconcilerConfig config;
  private final long seed;
  private final Instant start;

  private DayGenerator(ReconcilerConfig config, long seed, Instant start) {
    this.config = config;
    this.seed = seed;
    this.start = start;
  }

  /**
   * A generator for {@code config}'s currency and windows (each window must reach at least one
   * minute after the payment).
   *
   * @param seed the random seed
   * @param start the start of the day; payments fall in the 24 hours after it
   */
  public static DayGenerator of(ReconcilerConfig config, long seed, Instant start) {
    Checks.requireNonNull(config, "config");
    Checks.requireNonNull(start, "start");
    for (Source s : new Source[] {Source.SETTLEMENT, Source.SHIPMENT}) {
      Checks.requireArgument(config.window(s).after().toMinutes() >= 1, "window." + s, config.window(s),
          "does not reach one minute after the payment");
    }
    return new DayGenerator(config, seed, start);
  }

  /** Receives the generated rows. */
  public interface Sink {
    void payment(Payment payment);

    void settlement(Settlement settlement);

    void shipment(Shipment shipment);

    /** The scenario planted for the order (or group) with matching key {@code key}. */
    default void planted(String key, Scenario scenario) {}

    /** A sink handing each kind of row to its own consumer and ignoring the scenarios. */
    static Sink of(Consumer<? super Payment> payments, Consumer<? super Settlement> settlements,
        Consumer<? super Shipment> shipments) {
      return of(payments, settlements, shipments, (key, scenario) -> {});
    }

    /** A sink handing each kind of row, and each planted scenario, to its own consumer. */
    static Sink of(Consumer<? super Payment> payments, Consumer<? super Settlement> settlements,
        Consumer<? super Shipment> shipments, BiConsumer<String, Scenario> planted) {
      Checks.requireNonNull(planted, "planted");
      Checks.requireNonNull(payments, "payments");
      Checks.requireNonNull(settlements, "settlements");
      Checks.requireNonNull(shipments, "shipments");
      return new Sink() {
        @Override
        public void payment(Payment payment) {
          payments.accept(payment);
        }

        @Override
        public void settlement(Settlement settlement) {
          settlements.accept(settlement);
        }

        @Override
        public void shipment(Shipment shipment) {
          shipments.accept(shipment);
        }

        @Override
        public void planted(String key, Scenario scenario) {
          planted.accept(key, scenario);
        }
      };
    }
  }

  /** A day held in memory, {@code discrepancyShare} of its orders with a planted discrepancy. */
  public GeneratedDay day(int orders, double discrepancyShare) {
    List<Payment> p = new ArrayList<>();
    List<Settlement> s = new ArrayList<>();
    List<Shipment> h = new ArrayList<>();
    Map<String, Scenario> planted = new LinkedHashMap<>();
    generate(orders, discrepancyShare, Sink.of(p::add, s::add, h::add, planted::put));
    return new GeneratedDay(p, s, h, planted);
  }

  /** Generates {@code orders} orders, a random mix of scenarios. */
  public void generate(int orders, double discrepancyShare, Sink sink) {
    Checks.requireArgument(orders >= 0, "orders", orders, "is negative");
    Checks.requireArgument(discrepancyShare >= 0 && discrepancyShare <= 1, "discrepancyShare", discrepancyShare,
        "is not in [0, 1]");
    Checks.requireNonNull(sink, "sink");
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < orders; i++) {
      Scenario scenario;
      if (random.nextDouble() < discrepancyShare) {
        scenario = PLANTED[random.nextInt(PLANTED.length)];
      } else {
        scenario = random.nextInt(4) == 0 ? MATCHED[random.nextInt(MATCHED.length)] : Scenario.SIMPLE;
      }
      order(i, scenario, random, sink);
    }
  }

  /** Generates the rows of one order with a given scenario. */
  public void order(long sequence, Scenario scenario, SplittableRandom random, Sink sink) {
    String no = "O" + (100_000_000_000L + sequence);
    long paidAt = start.toEpochMilli() + random.nextLong(86_400_000L);
    long a = 100 + random.nextLong(200_000);
    long fee = a * 6 / 1000;
    long commission = a * (5 + random.nextInt(45)) / 1000;
    long settleLag = lag(random, Source.SETTLEMENT);
    long shipLag = lag(random, Source.SHIPMENT);
    String payId = "P" + no.substring(1);
    String setId = "S" + no.substring(1);
    String shipId = "H" + no.substring(1);
    sink.planted(no, scenario);
    switch (scenario) {
      case SIMPLE:
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case PARCELS: {
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        int parcels = 2 + random.nextInt(2);
        long left = a;
        for (int k = 1; k < parcels; k++) {
          long part = left / 2;
          ship(sink, no, shipId + "-" + k, part, paidAt + lag(random, Source.SHIPMENT));
          left -= part;
        }
        ship(sink, no, shipId + "-" + parcels, left, paidAt + shipLag);
        break;
      }
      case SPLIT_PAYMENT: {
        long deposit = a / 3;
        pay(sink, no, payId + "-1", deposit, 0, paidAt);
        pay(sink, no, payId + "-2", a - deposit, fee, paidAt + Math.min(settleLag, shipLag));
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      }
      case SETTLEMENT_ROWS:
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId + "-sale", a, 0, 0, a, paidAt + settleLag);
        settle(sink, no, setId + "-commission", 0, commission, 0, -commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case MERGED: {
        long first = a / 2 + 1;
        sink.payment(Payment.of(no, payId, money(a), money(fee), Instant.ofEpochMilli(paidAt), "generated"));
        for (int k = 1; k <= 2; k++) {
          String child = no + "-" + k;
          long part = k == 1 ? first : a - first;
          long c = part * 2 / 100;
          sink.settlement(Settlement.of(child, setId + "-" + k, money(part), money(c), money(0), money(part - c),
              Instant.ofEpochMilli(paidAt + settleLag)).inGroup(no));
          sink.shipment(Shipment.of(child, shipId + "-" + k, money(part), Instant.ofEpochMilli(paidAt + shipLag))
              .inGroup(no));
        }
        break;
      }
      case REFUNDED: {
        long refund = 1 + random.nextLong(a);
        long refundAt = paidAt + Duration.ofDays(1 + random.nextInt(3)).toMillis();
        pay(sink, no, payId, a, fee, paidAt);
        pay(sink, no, "R" + no.substring(1), -refund, 0, refundAt);
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        settle(sink, no, setId + "-reversal", -refund, 0, 0, -refund, refundAt);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      }
      case FREIGHT_RECORDED:
      case FREIGHT_ADJUSTMENT_MISSING: {
        long freight = 100 + random.nextInt(2000);
        pay(sink, no, payId, a + freight, fee, paidAt);
        settle(sink, no, setId, a, commission, freight, a - commission + freight, paidAt + settleLag);
        ship(sink, no, shipId, scenario == Scenario.FREIGHT_RECORDED ? a + freight : a, paidAt + shipLag);
        break;
      }
      case MISSING_PAYMENT:
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case MISSING_SETTLEMENT:
        pay(sink, no, payId, a, fee, paidAt);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case MISSING_SHIPMENT:
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        break;
      case PAYMENT_ONLY:
        pay(sink, no, payId, a, fee, paidAt);
        break;
      case DUPLICATE_PAYMENT:
        pay(sink, no, payId, a, fee, paidAt);
        pay(sink, no, payId + "-dup", a, fee, paidAt + 1 + random.nextInt(60_000));
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case COMMISSION_NOT_SYNCED:
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a, 0, 0, a - Math.max(1, commission), paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      case AMOUNT_MISMATCH: {
        long delta = (1 + random.nextLong(a - 1)) * (random.nextBoolean() ? 1 : -1);
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a + delta, commission, 0, a + delta - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      }
      case OUTSIDE_TIME_WINDOW: {
        long late = config.window(Source.SETTLEMENT).after().toMillis() + 1_000 + random.nextLong(86_400_000L);
        pay(sink, no, payId, a, fee, paidAt);
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + late);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      }
      case REFUND_UNMATCHED: {
        long refund = 1 + random.nextLong(a);
        pay(sink, no, payId, a, fee, paidAt);
        pay(sink, no, "R" + no.substring(1), -refund, 0, paidAt + Duration.ofDays(1).toMillis());
        settle(sink, no, setId, a, commission, 0, a - commission, paidAt + settleLag);
        ship(sink, no, shipId, a, paidAt + shipLag);
        break;
      }
      default:
        throw new OrderHubException("unhandled scenario " + scenario);
    }
  }

  /** A delay after the payment inside the source's window (at most 30 minutes). */
  private long lag(SplittableRandom random, Source source) {
    long max = Math.min(config.window(source).after().toMillis(), Duration.ofMinutes(30).toMillis());
    return random.nextLong(max + 1);
  }

  private void pay(Sink sink, String no, String id, long amount, long fee, long at) {
    sink.payment(Payment.of(no, id, money(amount), money(amount < 0 ? -fee : fee), Instant.ofEpochMilli(at), "generated"));
  }

  private void settle(Sink sink, String no, String id, long gross, long commission, long freight, long net, long at) {
    sink.settlement(Settlement.of(no, id, money(gross), money(commission), money(freight), money(net), Instant.ofEpochMilli(at)));
  }

  private void ship(Sink sink, String no, String id, long amount, long at) {
    sink.shipment(Shipment.of(no, id, money(amount), Instant.ofEpochMilli(at)));
  }

  private Money money(long minor) {
    Currency c = config.currency();
    return Money.ofMinor(minor, c);
  }
}
