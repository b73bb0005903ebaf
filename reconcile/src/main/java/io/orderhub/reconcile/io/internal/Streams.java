package io.orderhub.reconcile.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/** Undoing the compression bills are downloaded in. Not API. */
final class Streams {
  private Streams() {}

  /** {@code in}, gunzipped when it starts with the gzip magic number. */
  static InputStream gunzipIfCompressed(InputStream in) throws IOException {
    BufferedInputStream b = buffered(in);
    return startsWith(b, 0x1f, 0x8b) ? new GZIPInputStream(b, 1 << 16) : b;
  }

  /**
   * When {@code in} is a zip archive, the first entry whose name {@code wanted} accepts (entry names
   * decoded with {@code names}), or null when none does; otherwise {@code in} itself.
   */
  static @Nullable InputStream unzipIfArchive(InputStream in, Charset names, Predicate<String> wanted) throws IOException {
    BufferedInputStream b = buffered(in);
    if (!startsWith(b, 'P', 'K')) {
      return b;
    }
    ZipInputStream zip = new ZipInputStream(b, names);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (!e.isDirectory() && wanted.test(e.getName())) {
        return zip;
      }
    }
    zip.close();
    return null;
  }

  private static BufferedInputStream buffered(InputStream in) {
    return in instanceof BufferedInputStream ? (BufferedInputStream) in : new BufferedInputStream(in, 1 << 16);
  }

  private static boolean startsWith(BufferedInputStream b, int first, int second) throws IOException {
    b.mark(2);
    int x = b.read();
    int y = b.read();
    b.reset();
    return x == first && y == second;
  }
}
