package io.orderhub.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Reads the platform fixtures under {@code src/test/resources/fixtures/<channel>/}. */
public final class Fixtures {
  /** The channel folders, one per built-in channel. */
  public static final List<String> CHANNELS =
      List.of("taobao", "tmall", "jd", "douyin", "pinduoduo", "shopify", "woocommerce");

  private Fixtures() {}

  /** The bytes of {@code fixtures/<channel>/<name>}. */
  public static byte[] bytes(String channel, String name) {
    String resource = "/fixtures/" + channel + "/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file names of every fixture of {@code channel}, sorted. */
  public static List<String> names(String channel) {
    URL dir = Fixtures.class.getResource("/fixtures/" + channel);
    if (dir == null) {
      throw new IllegalArgumentException("no fixtures for " + channel);
    }
    try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
