package io.orderhub.core.internal;

import io.orderhub.core.InvalidValueException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's constructors. Not API. */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[^\\s\\p{Cntrl}](?:[^\\p{Cntrl}]*[^\\s\\p{Cntrl}])?");

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
    if (value.isEmpty() || value.length() > 128 || !ID.matcher(value).matches()) {
      throw new InvalidValueException(
          field, value, "is not an id (1-128 characters, no control characters or outer spaces)");
    }
    return value;
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
