package io.orderhub.examples.cli;

/**
 * Bad input to a subcommand: printed as one line on stderr ({@code orderhub: <message>}) with exit
 * status 2 and no stack trace. The message names the file, the line or field, and the problem.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem at {@code file:line}, e.g. {@code orders.jsonl:12: $.amounts: is required}. */
  public static CliException at(java.nio.file.Path file, long line, String problem) {
    return new CliException(file + ":" + line + ": " + problem);
  }

  /** A problem with a whole file, e.g. {@code rules.json: $.rules[0].id: is required}. */
  public static CliException in(java.nio.file.Path file, String problem) {
    return new CliException(file + ": " + problem);
  }
}
