package io.orderhub.channels.mapping;

import io.orderhub.core.OrderHubException;

/**
 * A field mapping that cannot be used: names the mapping's source (its file), the entry (e.g. {@code
 * fields.address.phone}) and the reason. Raised when the mapping is built or loaded, never while
 * normalising.
 */
public class MappingException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String entry;
  private final String reason;

  public MappingException(String source, String entry, String reason) {
    super(source + ": " + entry + ": " + reason);
    this.source = source;
    this.entry = entry;
    this.reason = reason;
  }

  /** The mapping's source: the file name, or {@code <code>} for a mapping built in Java. */
  public String source() {
    return source;
  }

  /** The entry at fault, as a dotted path within the mapping ({@code lines.fields.quantity}). */
  public String entry() {
    return entry;
  }

  /** What is wrong with it. */
  public String reason() {
    return reason;
  }
}
