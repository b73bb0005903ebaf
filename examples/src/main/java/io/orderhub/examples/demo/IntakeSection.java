package io.orderhub.examples.demo;

import io.orderhub.channels.Channels;
import io.orderhub.channels.intake.ChannelHealth;
import io.orderhub.channels.intake.DeadLetter;
import io.orderhub.channels.intake.Delivery;
import io.orderhub.channels.intake.Intake;
import io.orderhub.channels.intake.IntakeAlert;
import io.orderhub.channels.intake.OfferResult;
import io.orderhub.channels.intake.Outcome;
import io.orderhub.channels.signing.HmacWebhookVerifier;
import io.orderhub.core.ChannelId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A promotion burst through the intake pipeline: real Taobao, JD, Douyin and Shopify payloads, each
 * delivered one to three times, one newer version, a test order, a forged Shopify signature and a
 * broken JD payload, offered into a small queue that pushes back; then a channel frozen by repeated
 * forged signatures, and the channel health table.
 */
public final class IntakeSection implements DemoSection {
  private static final String SHOPIFY_SECRET = "demo-shopify-secret";
  private static final int ORDERS_PER_CHANNEL = 6;
  private static final int QUEUE = 8;

  /** A platform sample and the order id in it that the demo varies. */
  private record Sample(ChannelId channel, String resource, String orderId) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample(ChannelId.TAOBAO, "taobao.json", "4213095863128837612"),
      new Sample(ChannelId.JD, "jd.json", "301234567890"),
      new Sample(ChannelId.DOUYIN, "douyin.json", "6920123456789012345"),
      new Sample(ChannelId.SHOPIFY, "shopify.json", "5678901234567"));

  @Override
  public String title() {
    return "Intake: a promotion burst";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    Instant now = context.clock().instant();
    Random random = new Random(context.seed());
    List<IntakeAlert> alerts = new CopyOnWriteArrayList<>();
    InMemoryOrderStore store = new InMemoryOrderStore();
    Intake intake = Intake.builder().name("demo").adapters(Channels.builtInAdapters())
        .secrets(ChannelId.SHOPIFY, SHOPIFY_SECRET).store(store).clock(context.clock())
        .queueCapacity(QUEUE).sleeper(d -> { }).alertSink(alerts::add).build();

    List<Delivery> burst = burst(random, now);
    Map<Outcome.Kind, Integer> outcomes = new EnumMap<>(Outcome.Kind.class);
    int rejected = 0;
    for (Delivery d : burst) {
      while (intake.offer(d) == OfferResult.REJECTED_RETRY_LATER) {
        rejected++; // the host answers 429; the platform re-sends after the host drained
        intake.drain();
      }
    }
    intake.drain();
    for (ChannelHealth h : intake.health()) {
      outcomes.merge(Outcome.Kind.IMPORTED, (int) h.imported(), Integer::sum);
      outcomes.merge(Outcome.Kind.UPDATED, (int) h.updated(), Integer::sum);
      outcomes.merge(Outcome.Kind.DUPLICATE, (int) h.duplicates(), Integer::sum);
      outcomes.merge(Outcome.Kind.FILTERED, (int) h.filtered(), Integer::sum);
      outcomes.merge(Outcome.Kind.DEAD_LETTERED, (int) h.deadLetters(), Integer::sum);
    }
    String summary = burst.size() + " deliveries offered into a queue of " + QUEUE + ": " + rejected
        + " offers answered \"retry later\" (HTTP 429) and re-sent after a drain; outcomes " + outcomes
        + "; " + store.count() + " orders stored.";
    out.println(summary);

    List<List<String>> deadRows = new ArrayList<>();
    out.println();
    for (DeadLetter dl : intake.deadLetters()) {
      String path = dl.jsonPath().orElse("-");
      int at = dl.jsonPath().isPresent() ? dl.error().indexOf(path) : -1;
      String error = at < 0 ? dl.error() : dl.error().substring(at + path.length()).replaceFirst("^: ", "");
      out.printf("%s  %-8s %-18s %5d raw bytes kept%s: %s%n", dl.id(), dl.channel(), dl.reason(),
          dl.rawBytes().length, dl.jsonPath().map(p -> ", at " + p).orElse(""), error);
      deadRows.add(List.of(dl.id(), dl.channel().value(), dl.reason().name(), path,
          String.valueOf(dl.rawBytes().length), error));
    }

    String breaker = freezeShopify(intake, random, now);
    out.println();
    out.println(breaker);
    alerts.forEach(a -> out.println("  alert: " + a.kind() + " " + a.channel() + ": " + a.message()));

    List<List<String>> healthRows = healthTable(intake, out);
    context.report()
        .paragraph(summary)
        .table(List.of("dead letter", "channel", "reason", "JSON path", "bytes", "error"), deadRows)
        .paragraph(breaker)
        .table(List.of("channel", "received", "imported", "updated", "duplicates", "filtered", "dead letters",
            "parked", "circuit", "mean latency", "received in the last " + windowNames(intake)), healthRows);
  }

  /** Six orders per platform, each delivered 1-3 times, plus one update, a test order, a forgery and a broken payload. */
  private static List<Delivery> burst(Random random, Instant now) {
    List<Delivery> out = new ArrayList<>();
    for (Sample s : SAMPLES) {
      String template = load(s.resource());
      for (int i = 0; i < ORDERS_PER_CHANNEL; i++) {
        byte[] body = withId(template, s, i).getBytes(StandardCharsets.UTF_8);
        int copies = 1 + random.nextInt(3);
        for (int k = 0; k < copies; k++) {
          out.add(delivery(s.channel(), body, "wh-" + s.channel() + "-" + i, SHOPIFY_SECRET, now));
        }
      }
    }
    String jd = load("jd.json");
    out.add(delivery(ChannelId.JD, withId(jd, SAMPLES.get(1), 0)
        .replace("\"modified\": \"2024-11-11 08:00:00\"", "\"modified\": \"2024-11-11 09:30:00\"")
        .replace("\"venderRemark\": \"", "\"venderRemark\": \"[changed] ")
        .getBytes(StandardCharsets.UTF_8), "", "", now));
    out.add(delivery(ChannelId.JD, withId(jd, SAMPLES.get(1), 7)
        .replace("\"orderPayment\": \"293.90\"", "\"orderPayment\": \"293,90\"")
        .getBytes(StandardCharsets.UTF_8), "", "", now));
    out.add(delivery(ChannelId.DOUYIN, load("douyin.json").replace("6920123456789012345", "TEST-6920123456789")
        .getBytes(StandardCharsets.UTF_8), "", "", now));
    byte[] shopify = withId(load("shopify.json"), SAMPLES.get(3), 0).getBytes(StandardCharsets.UTF_8);
    out.add(delivery(ChannelId.SHOPIFY, shopify, "wh-forged", "guessed-secret", now));
    Collections.shuffle(out, random);
    return out;
  }

  /** Three forged Shopify webhooks in a row freeze the channel; a real one is parked; the host closes. */
  private static String freezeShopify(Intake intake, Random random, Instant now) {
    String template = load("shopify.json");
    for (int i = 0; i < 3; i++) {
      byte[] body = withId(template, SAMPLES.get(3), 20 + i).getBytes(StandardCharsets.UTF_8);
      intake.process(delivery(ChannelId.SHOPIFY, body, "wh-forged-" + i, "stolen-old-secret", now));
    }
    byte[] real = withId(template, SAMPLES.get(3), 30 + random.nextInt(10)).getBytes(StandardCharsets.UTF_8);
    Outcome parked = intake.process(delivery(ChannelId.SHOPIFY, real, "wh-real", SHOPIFY_SECRET, now));
    String frozen = "3 forged Shopify webhooks in a row: circuit " + intake.circuit(ChannelId.SHOPIFY)
        + ", the next real webhook was " + parked.kind() + " (not processed, not lost)";
    int waiting = intake.closeCircuit(ChannelId.SHOPIFY);
    intake.drain();
    return frozen + "; the host closed the circuit and " + waiting + " parked delivery was processed: circuit "
        + intake.circuit(ChannelId.SHOPIFY) + ".";
  }

  private static List<List<String>> healthTable(Intake intake, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    String windows = "received in the last " + windowNames(intake);
    out.printf("%n%-11s %8s %8s %7s %10s %8s %12s %6s %-9s %-17s %s%n", "channel", "received", "imported", "updated",
        "duplicates", "filtered", "dead letters", "parked", "circuit", "all accounted for", windows);
    for (ChannelHealth h : intake.health()) {
      String recent = windowCounts(h);
      out.printf("%-11s %8d %8d %7d %10d %8d %12d %6d %-9s %-17s %s%n", h.channel(), h.received(), h.imported(),
          h.updated(), h.duplicates(), h.filtered(), h.deadLetters(), h.parked(), h.circuit(),
          h.accountedFor() ? "yes" : "NO", recent);
      rows.add(List.of(h.channel().value(), String.valueOf(h.received()), String.valueOf(h.imported()),
          String.valueOf(h.updated()), String.valueOf(h.duplicates()), String.valueOf(h.filtered()),
          String.valueOf(h.deadLetters()), String.valueOf(h.parked()), h.circuit().name(),
          h.meanLatency().toMillis() + " ms", recent));
    }
    return rows;
  }

  /** The rolling windows' lengths, e.g. {@code 5m / 1h / 24h}. */
  private static String windowNames(Intake intake) {
    List<String> names = new ArrayList<>();
    for (ChannelHealth.Window w : intake.health(ChannelId.TAOBAO).windows()) {
      long minutes = w.length().toMinutes();
      names.add(minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m");
    }
    return String.join(" / ", names);
  }

  /** A channel's deliveries received in each rolling window, e.g. {@code 9 / 9 / 9}. */
  private static String windowCounts(ChannelHealth h) {
    List<String> counts = new ArrayList<>();
    for (ChannelHealth.Window w : h.windows()) {
      counts.add(String.valueOf(w.received()));
    }
    return String.join(" / ", counts);
  }

  /** A push; Shopify's is signed with {@code secret} and carries its webhook id, the others are unsigned messages. */
  private static Delivery delivery(ChannelId channel, byte[] body, String webhookId, String secret, Instant now) {
    if (!channel.equals(ChannelId.SHOPIFY)) {
      return Delivery.push(channel, body, Map.of(), now);
    }
    return Delivery.push(channel, body, Map.of(
        HmacWebhookVerifier.SHOPIFY_HEADER, HmacWebhookVerifier.shopify().sign(body, secret),
        "X-Shopify-Webhook-Id", webhookId), now);
  }

  /** The sample with its order id replaced by one of the same length ending in {@code n}. */
  private static String withId(String template, Sample s, int n) {
    String id = s.orderId().substring(0, s.orderId().length() - 2) + String.format("%02d", n);
    return template.replace(s.orderId(), id);
  }

  private static String load(String name) {
    try (InputStream in = IntakeSection.class.getResourceAsStream("/samples/intake/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample /samples/intake/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
