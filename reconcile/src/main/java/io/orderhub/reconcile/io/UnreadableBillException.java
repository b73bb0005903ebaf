package io.orderhub.reconcile.io;

import io.orderhub.core.OrderHubException;

/**
 * A file that cannot be read at all: missing, not in its encoding, not a bill of the expected
 * format (no header row, a required column missing), or an I/O failure. The message starts with
 * the file's name, and the line when one is known.
 */
public final class UnreadableBillException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String file;

  public UnreadableBillException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public UnreadableBillException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file's name. */
  public String file() {
    return file;
  }
}
