package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A delivery address. Only the country is required: platforms hide parts of an address, and the
 * rules module is what flags an address that misses its province, city or district.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case ({@code CN} by default in the builder)
 * @param province province, state or region (省)
 * @param city city (市)
 * @param district district or county (区/县)
 * @param town town or street office (镇/街道)
 * @param detail street-level detail
 * @param postalCode postal code
 * @param name recipient
 * @param phone recipient's phone
 * @param latitude WGS-84 latitude when the host geocoded the address
 * @param longitude WGS-84 longitude when the host geocoded the address
 */
public record Address(
    String country,
    @Nullable String province,
    @Nullable String city,
    @Nullable String district,
    @Nullable String town,
    @Nullable AddressDetail detail,
    @Nullable String postalCode,
    @Nullable PersonName name,
    @Nullable Phone phone,
    @Nullable Double latitude,
    @Nullable Double longitude) {

  public Address {
    Checks.requireNonNull(country, "address.country");
    Checks.requireArgument(
        isCountryCode(country), "address.country", country, "is not an ISO 3166 alpha-2 code");
    Checks.requireArgument(
        latitude == null || (latitude >= -90 && latitude <= 90), "address.latitude", latitude, "is outside -90..90");
    Checks.requireArgument(
        longitude == null || (longitude >= -180 && longitude <= 180),
        "address.longitude", longitude, "is outside -180..180");
    Checks.requireArgument(
        (latitude == null) == (longitude == null), "address.latitude", latitude, "needs a longitude too");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this address, to change some of it. */
  public Builder toBuilder() {
    Builder b = new Builder().country(country).province(province).city(city).district(district)
        .town(town).detail(detail).postalCode(postalCode).name(name).phone(phone);
    if (latitude != null && longitude != null) {
      b.coordinates(latitude, longitude);
    }
    return b;
  }

  /** Masks the recipient's name, phone and the address detail. */
  @Override
  public String toString() {
    return "Address[" + country + " " + nz(province) + " " + nz(city) + " " + nz(district)
        + (town == null ? "" : " " + town)
        + ", detail=" + (detail == null ? "" : detail.masked())
        + ", name=" + (name == null ? "" : name.masked())
        + ", phone=" + (phone == null ? "" : phone.masked()) + "]";
  }

  /** {@code [A-Z]{2}}, checked without a regular expression (every normalised order has an address). */
  private static boolean isCountryCode(String s) {
    return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static String nz(@Nullable String s) {
    return s == null ? "-" : s;
  }

  /** Builds an {@link Address}; every setter accepts {@code null} for "absent". */
  public static final class Builder {
    private String country = "CN";
    private @Nullable String province;
    private @Nullable String city;
    private @Nullable String district;
    private @Nullable String town;
    private @Nullable AddressDetail detail;
    private @Nullable String postalCode;
    private @Nullable PersonName name;
    private @Nullable Phone phone;
    private @Nullable Double latitude;
    private @Nullable Double longitude;

    private Builder() {}

    /** ISO 3166 alpha-2; lower case is accepted and upper-cased. */
    public Builder country(String country) {
      this.country = Checks.requireNonNull(country, "address.country").strip().toUpperCase(Locale.ROOT);
      return this;
    }

    public Builder province(@Nullable String province) {
      this.province = blankToNull(province);
      return this;
    }

    public Builder city(@Nullable String city) {
      this.city = blankToNull(city);
      return this;
    }

    public Builder district(@Nullable String district) {
      this.district = blankToNull(district);
      return this;
    }

    public Builder town(@Nullable String town) {
      this.town = blankToNull(town);
      return this;
    }

    public Builder detail(@Nullable AddressDetail detail) {
      this.detail = detail;
      return this;
    }

    /** A plain (or, if it holds {@code *}, masked) detail; blank means absent. */
    public Builder detail(@Nullable String detail) {
      String d = blankToNull(detail);
      this.detail = d == null ? null : AddressDetail.of(d);
      return this;
    }

    public Builder postalCode(@Nullable String postalCode) {
      this.postalCode = blankToNull(postalCode);
      return this;
    }

    public Builder name(@Nullable PersonName name) {
      this.name = name;
      return this;
    }

    public Builder phone(@Nullable Phone phone) {
      this.phone = phone;
      return this;
    }

    public Builder coordinates(double latitude, double longitude) {
      this.latitude = latitude;
      this.longitude = longitude;
      return this;
    }

    public Address build() {
      return new Address(country, province, city, district, town, detail, postalCode, name, phone,
          latitude, longitude);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
