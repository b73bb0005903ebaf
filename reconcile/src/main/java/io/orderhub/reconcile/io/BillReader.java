package io.orderhub.reconcile.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams the records of one bill format to a consumer, one row at a time: memory does not grow
 * with the file. Malformed rows are counted and listed in the {@link ReadResult}, never dropped
 * silently. Instances are immutable and thread-safe.
 *
 * @param <T> {@link io.orderhub.reconcile.Payment}, {@link io.orderhub.reconcile.Settlement} or
 *     {@link io.orderhub.reconcile.Shipment}
 */
public interface BillReader<T> {

  /** The format's name, e.g. {@code canonical}, {@code wechat}. */
  String format();

  /**
   * Reads {@code in} (closed afterwards), named {@code file} in problems.
   *
   * @throws UnreadableBillException when the stream cannot be read as this format at all
   */
  ReadResult read(InputStream in, String file, Consumer<? super T> sink);

  /**
   * Reads a file.
   *
   * @throws UnreadableBillException when the file is missing or cannot be read as this format
   */
  default ReadResult read(Path file, Consumer<? super T> sink) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableBillException(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw new UnreadableBillException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    return read(in, file.toString(), sink);
  }
}
