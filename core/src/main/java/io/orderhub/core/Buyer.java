package io.orderhub.core;

import io.orderhub.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The buyer as the platform identifies them. Any part may be absent: platforms hide more of the
 * buyer every year.
 *
 * @param id the platform's buyer id (an open id on most Chinese platforms)
 * @param nick the buyer's nickname (treated as personal data in {@code toString})
 * @param phone the buyer's phone
 */
public record Buyer(@Nullable String id, @Nullable String nick, @Nullable Phone phone) {

  /** Masks the nickname and phone. */
  @Override
  public String toString() {
    return "Buyer[id=" + (id == null ? "" : id)
        + ", nick=" + (nick == null ? "" : Masking.name(nick, Protection.guess(nick)))
        + ", phone=" + (phone == null ? "" : phone.masked()) + "]";
  }
}
