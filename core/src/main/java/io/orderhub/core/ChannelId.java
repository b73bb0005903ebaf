package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sales channel: one of the platforms OrderHub knows ({@link #TAOBAO}, {@link #TMALL}, {@link
 * #JD}, {@link #DOUYIN}, {@link #PINDUODUO}, {@link #SHOPIFY}, {@link #WOOCOMMERCE}, {@link
 * #AMAZON}, {@link #OFFLINE}) or any custom id a host registers an adapter for.
 *
 * @param value lower-case letters, digits, {@code -} and {@code _}, starting with a letter, at most
 *     64 characters
 */
public record ChannelId(String value) implements Comparable<ChannelId> {
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  public static final ChannelId TAOBAO = new ChannelId("taobao");
  public static final ChannelId TMALL = new ChannelId("tmall");
  public static final ChannelId JD = new ChannelId("jd");
  public static final ChannelId DOUYIN = new ChannelId("douyin");
  public static final ChannelId PINDUODUO = new ChannelId("pinduoduo");
  public static final ChannelId SHOPIFY = new ChannelId("shopify");
  public static final ChannelId WOOCOMMERCE = new ChannelId("woocommerce");
  public static final ChannelId AMAZON = new ChannelId("amazon");
  public static final ChannelId OFFLINE = new ChannelId("offline");

  private static final List<ChannelId> KNOWN =
      List.of(TAOBAO, TMALL, JD, DOUYIN, PINDUODUO, SHOPIFY, WOOCOMMERCE, AMAZON, OFFLINE);

  public ChannelId {
    Checks.requireNonNull(value, "channel");
    Checks.requireArgument(
        FORMAT.matcher(value).matches(),
        "channel",
        value,
        "is not a channel id (lower-case letter, then letters, digits, '-' or '_', at most 64)");
  }

  /** The channel with this id, known or custom. */
  public static ChannelId of(String value) {
    for (ChannelId known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new ChannelId(value);
  }

  /** The platforms OrderHub knows by name, in a stable order. */
  public static List<ChannelId> known() {
    return KNOWN;
  }

  /** Whether this is one of {@link #known()}. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public int compareTo(ChannelId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
