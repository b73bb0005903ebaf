package io.orderhub.examples.demo;

import io.orderhub.channels.Channels;
import io.orderhub.channels.PayloadException;
import io.orderhub.channels.mapping.MappingAdapter;
import io.orderhub.channels.mapping.MappingFiles;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.validation.OrderChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Normalises one sample payload per platform ({@code samples/channels/}) plus a self-built
 * mini-program through a mapping file, and shows what each became: status (paused orders on hold,
 * never cancelled), exact paid amount and currency, masked or encrypted phone, amounts check; then
 * a broken payload's one-line error with its JSON path.
 */
public final class ChannelsSection implements DemoSection {
  private static final List<String> CHANNELS =
      List.of("taobao", "tmall", "jd", "douyin", "pinduoduo", "shopify", "woocommerce");

  @Override
  public String title() {
    return "Channel adapters";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    Channels channels = Channels.builder().registerBuiltIns()
        .register(MappingAdapter.of(MappingFiles.parse("samples/channels/mini-program-mapping.json",
            sample("mini-program-mapping.json"))))
        .build();
    List<List<String>> rows = new ArrayList<>();
    out.printf("%-12s %-22s %-16s %16s  %-22s %-9s %s%n", "channel", "external id", "status", "paid", "phone", "amounts",
        "note");
    List<String> all = new ArrayList<>(CHANNELS);
    all.add("mini-program");
    for (String channel : all) {
      Order o = channels.normalize(ChannelId.of(channel), sample(channel + ".json"));
      String phone = o.shippingAddress().flatMap(a -> Optional.ofNullable(a.phone()))
          .map(p -> p.masked() + " (" + p.protection().name().toLowerCase() + ")").orElse("-");
      String amounts = OrderChecks.check(o).isEmpty() ? "ok" : OrderChecks.check(o).toString();
      String note = o.attributes().containsKey("holdReason") ? "hold: " + o.attributes().get("holdReason")
          : String.join(",", o.tags());
      out.printf("%-12s %-22s %-16s %16s  %-22s %-9s %s%n", channel, o.externalId(), o.status(), o.amounts().paid(),
          phone, amounts, note);
      rows.add(List.of(channel, o.externalId().value(), o.status().name(), o.amounts().paid().toString(), phone,
          amounts, note));
    }
    String broken = new String(sample("jd.json"), StandardCharsets.UTF_8).replace("\"129.00\"", "\"129,00\"");
    String error;
    try {
      channels.normalize(ChannelId.JD, broken.getBytes(StandardCharsets.UTF_8));
      error = "(accepted)";
    } catch (PayloadException e) {
      error = e.getMessage();
    }
    out.println();
    out.println("a broken JD payload: " + error);
    context.report()
        .paragraph("One sample payload per platform, normalised by the built-in adapters (the mini-program "
            + "through a JSON mapping file, no Java). Paused or blocked orders stay on hold with the platform's "
            + "reason; money is exact in the order's currency; personal data keeps its mask or ciphertext.")
        .table(List.of("channel", "external id", "status", "paid", "phone", "amounts", "note"), rows)
        .paragraph("A broken payload fails with the channel, the JSON path and the value: " + error);
  }

  private static byte[] sample(String name) {
    try (InputStream in = ChannelsSection.class.getResourceAsStream("/samples/channels/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample /samples/channels/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
