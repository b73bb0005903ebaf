package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.Masking;

/**
 * A person's name (buyer or recipient), as the platform gave it. Personal data: {@link #toString()} masks it ({@code 张*}), and
 * encrypted or reference values are never shown at all.
 *
 * @param value the text as received: plain, the platform's mask, ciphertext or a reference
 * @param protection what {@code value} holds
 */
public record PersonName(String value, Protection protection) {
  public PersonName {
    Checks.requireText(value, "personName");
    Checks.requireNonNull(protection, "personName.protection");
  }

  /** A value whose protection is guessed: {@link Protection#MASKED} if it holds a {@code *}. */
  public static PersonName of(String value) {
    Checks.requireNonNull(value, "personName");
    return new PersonName(value, Protection.guess(value));
  }

  /** Whether the full value is at hand (not masked, encrypted or a reference). */
  public boolean isPlain() {
    return protection == Protection.PLAIN;
  }

  /** The value as it may appear in logs and screens. */
  public String masked() {
    return Masking.name(value, protection);
  }

  @Override
  public String toString() {
    return masked();
  }
}
