package io.orderhub.core.internal;

import io.orderhub.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's constructors. Not API. */
public final class Checks {
  private Checks() {}

  /** Fails with the field's name when {@code value} is null. */
  public static <T> T requireNonNull(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    return value;
  }

  /** An identifier: 1 to 128 characters, no control characters, no leading or trailing space. */
  public static String requireId(@Nullable String value, String field) {
    requireNonNull(value, field);
    if (!isId(value)) {
      throw new InvalidValueException(
          field, value, "is not an id (1-128 characters, no control characters or outer spaces)");
    }
    return value;
  }

  /**
   * Whether {@code value} is an id: 1 to 128 characters, none of them an ASCII control character
   * ({@code \u0000-\u001F}, {@code \u007F}), neither the first nor the last a space. This is
   * exactly the regular expression {@code [^\s\p{Cntrl}](?:[^\p{Cntrl}]*[^\s\p{Cntrl}])?} (every
   * {@code \s} but the space is a control character), checked without a matcher because every id
   * of every order goes through it.
   */
  public static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > 128 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** A string that must hold something other than white space. */
  public static String requireText(@Nullable String value, String field) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "is blank");
    }
    return value;
  }

  /** Fails with {@code problem} when {@code condition} is false. */
  public static void requireArgument(boolean condition, String field, @Nullable Object value, String problem) {
    if (!condition) {
      throw new InvalidValueException(field, value, problem);
    }
  }
}
