package io.orderhub.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Reading the files a subcommand is given, with one-line errors that name the file. */
public final class Inputs {
  private Inputs() {}

  /** The whole file. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Calls {@code onLine} with (1-based line number, text) for each non-blank line of a UTF-8 file,
   * e.g. JSON Lines.
   */
  public static void lines(Path file, BiConsumer<Long, String> onLine) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (!line.isBlank()) {
          onLine.accept(n, line);
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The one-line error for a file that cannot be written. */
  public static CliException unwritable(Path file, IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null
            ? ((java.nio.file.FileSystemException) e).getReason()
            : e.getClass().getSimpleName();
    return new CliException(file + ": cannot write: " + why, e);
  }

  /** The one-line error for a file that cannot be read. */
  public static CliException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new CliException(file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new CliException(file + ": permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return new CliException(file + ": not UTF-8 text");
    }
    return new CliException(file + ": cannot read: " + e.getMessage(), e);
  }
}
