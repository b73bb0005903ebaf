package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.Masking;

/**
 * A phone number, as the platform gave it. Personal data: {@link #toString()} masks it ({@code 138****5678}), and
 * encrypted or reference values are never shown at all.
 *
 * @param value the text as received: plain, the platform's mask, ciphertext or a reference
 * @param protection what {@code value} holds
 */
public record Phone(String value, Protection protection) {
  public Phone {
    Checks.requireText(value, "phone");
    Checks.requireNonNull(protection, "phone.protection");
  }

  /** A value whose protection is guessed: {@link Protection#MASKED} if it holds a {@code *}. */
  public static Phone of(String value) {
    Checks.requireNonNull(value, "phone");
    return new Phone(value, Protection.guess(value));
  }

  /** Whether the full value is at hand (not masked, encrypted or a reference). */
  public boolean isPlain() {
    return protection == Protection.PLAIN;
  }

  /** The value as it may appear in logs and screens. */
  public String masked() {
    return Masking.phone(value, protection);
  }

  @Override
  public String toString() {
    return masked();
  }
}
