package io.orderhub.reconcile.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The id rule of {@link Checks#requireId} (1-128 characters, no control characters, no outer white
 * space) as a plain loop: records are built millions of times per run, a regex per id would cost
 * more than the matching. Not API.
 */
public final class Ids {
  private Ids() {}

  /** {@code value} when it is an id, else an {@link InvalidValueException} naming the field. */
  public static String require(@Nullable String value, String field) {
    Checks.requireNonNull(value, field);
    int n = value.length();
    boolean ok = n > 0 && n <= 128 && !Character.isWhitespace(value.charAt(0))
        && !Character.isWhitespace(value.charAt(n - 1));
    for (int i = 0; ok && i < n; i++) {
      ok = !Character.isISOControl(value.charAt(i));
    }
    if (!ok) {
      throw new InvalidValueException(
          field, value, "is not an id (1-128 characters, no control characters or outer spaces)");
    }
    return value;
  }
}
