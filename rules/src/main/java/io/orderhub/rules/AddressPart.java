package io.orderhub.rules;

import io.orderhub.core.Address;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The administrative parts of an address that a rule can require. */
public enum AddressPart {
  PROVINCE,
  CITY,
  DISTRICT;

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /** The part's name in JSON and explanations: {@code province}, {@code city}, {@code district}. */
  public String jsonName() {
    return jsonName;
  }

  /** The part of {@code address}, if present. */
  public Optional<String> of(Address address) {
    return Optional.ofNullable(raw(address));
  }

  private @Nullable String raw(Address address) {
    switch (this) {
      case PROVINCE:
        return address.province();
      case CITY:
        return address.city();
      default:
        return address.district();
    }
  }

  /** The part called {@code name} in JSON. */
  public static Optional<AddressPart> fromJsonName(String name) {
    for (AddressPart p : values()) {
      if (p.jsonName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
