package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.Masking;

/**
 * The street-level part of an address (road, building, room), as the platform gave it. Personal data: {@link #toString()} masks it (its first four characters then {@code ***}), and
 * encrypted or reference values are never shown at all.
 *
 * @param value the text as received: plain, the platform's mask, ciphertext or a reference
 * @param protection what {@code value} holds
 */
public record AddressDetail(String value, Protection protection) {
  public AddressDetail {
    Checks.requireText(value, "addressDetail");
    Checks.requireNonNull(protection, "addressDetail.protection");
  }

  /** A value whose protection is guessed: {@link Protection#MASKED} if it holds a {@code *}. */
  public static AddressDetail of(String value) {
    Checks.requireNonNull(value, "addressDetail");
    return new AddressDetail(value, Protection.guess(value));
  }

  /** Whether the full value is at hand (not masked, encrypted or a reference). */
  public boolean isPlain() {
    return protection == Protection.PLAIN;
  }

  /** The value as it may appear in logs and screens. */
  public String masked() {
    return Masking.text(value, protection);
  }

  @Override
  public String toString() {
    return masked();
  }
}
