package io.orderhub.examples.cli;

import io.orderhub.channels.Channels;
import io.orderhub.channels.PayloadException;
import io.orderhub.channels.mapping.MappingAdapter;
import io.orderhub.channels.mapping.MappingException;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderhub normalize --channel <id> --in <file>}: one platform payload (with its API envelope
 * or bare) to canonical order JSON; {@code --mapping <file>} normalises with a declarative mapping
 * file instead of a built-in adapter.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
    description = "Prints the canonical order JSON of one platform order payload.")
final class NormalizeCommand implements Callable<Integer> {
  private static final Channels BUILT_INS = Channels.builtIns();

  @Spec CommandSpec spec;

  @Option(names = "--channel", paramLabel = "<id>",
      description = "The platform: taobao, tmall, jd, douyin, pinduoduo, shopify or woocommerce.")
  @Nullable String channel;

  @Option(names = "--mapping", paramLabel = "<file>",
      description = "A JSON field-mapping file to normalise with, instead of --channel.")
  @Nullable Path mapping;

  @Option(names = "--in", paramLabel = "<file>", required = true, description = "The payload file (JSON).")
  Path in;

  @Override
  public Integer call() {
    ChannelAdapter adapter = adapter();
    byte[] payload = Inputs.bytes(in);
    Order order;
    try {
      order = mapping == null ? BUILT_INS.normalize(adapter.channel(), payload) : adapter.normalize(payload);
    } catch (PayloadException e) {
      throw CliException.in(in, e.path() + ": " + detail(e));
    } catch (InvalidPayloadException e) {
      throw CliException.in(in, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(OrderJson.standard().write(order));
    out.flush();
    return 0;
  }

  private ChannelAdapter adapter() {
    if ((channel == null) == (mapping == null)) {
      throw new CliException("normalize: give exactly one of --channel <id> and --mapping <file>");
    }
    if (mapping != null) {
      try {
        return MappingAdapter.load(mapping);
      } catch (MappingException e) {
        throw new CliException(e.getMessage(), e);
      }
    }
    return BUILT_INS.adapter(ChannelId.known().stream().filter(c -> c.value().equals(channel)).findFirst()
            .orElse(ChannelId.OFFLINE))
        .orElseThrow(() -> new CliException("--channel: \"" + channel + "\" is not one of "
            + BUILT_INS.channels().stream().map(ChannelId::value).collect(Collectors.joining(", "))));
  }

  private static String detail(PayloadException e) {
    return (e.value() == null ? "" : shorten(e.value()) + " ") + e.problem();
  }

  private static String shorten(String value) {
    String v = value.replace('\n', ' ').replace('\r', ' ');
    return "\"" + (v.length() <= 60 ? v : v.substring(0, 57) + "...") + "\"";
  }
}
