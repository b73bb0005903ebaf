package io.orderhub.allocation;

import io.orderhub.core.Address;
import java.util.Locale;

/**
 * Region names as the allocation module compares them: a Chinese province without its
 * administrative suffix ({@code 浙江省} → {@code 浙江}, {@code 上海市} → {@code 上海}, {@code
 * 广西壮族自治区} → {@code 广西}), other names trimmed and lower-cased. {@link #ANY} in a carrier
 * table matches every destination.
 */
public final class Regions {
  /** The wildcard region of a carrier table: every destination without a more specific entry. */
  public static final String ANY = "*";
  /** The destination of an order without a shipping address or region; only {@link #ANY} serves it. */
  public static final String UNKNOWN = "?";

  private static final String[] SUFFIXES = {
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"
  };

  private Regions() {}

  /** The comparable form of a region name. */
  public static String normalise(String region) {
    String r = region.strip();
    if (r.equals(ANY)) {
      return ANY;
    }
    for (String suffix : SUFFIXES) {
      if (r.length() > suffix.length() && r.endsWith(suffix)) {
        r = r.substring(0, r.length() - suffix.length());
        break;
      }
    }
    return r.toLowerCase(Locale.ROOT);
  }

  /** The destination region of an address: its province, else its country, normalised. */
  public static String of(Address address) {
    String province = address.province();
    return normalise(province != null ? province : address.country());
  }
}
