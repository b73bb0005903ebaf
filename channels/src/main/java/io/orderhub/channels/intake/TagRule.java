package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import java.util.function.Predicate;

/**
 * Adds a tag to the orders it matches before they are stored (e.g. Douyin orders bought at a
 * live-room price get {@code live-room}). Immutable and thread-safe.
 *
 * @param tag the tag to add
 * @param name a name for listings and errors
 * @param matches which orders get the tag
 */
public record TagRule(String tag, String name, Predicate<Order> matches) {
  public TagRule {
    Checks.requireText(tag, "tag");
    Checks.requireText(name, "name");
    Checks.requireNonNull(matches, "matches");
  }

  /** Tags orders matching {@code matches} with {@code tag}; the rule is named after the tag. */
  public static TagRule of(String tag, Predicate<Order> matches) {
    return new TagRule(tag, tag, matches);
  }

  /**
   * Tags orders of {@code channel} that carry the platform field {@code attribute} (kept by the
   * adapter in {@link Order#attributes()}), e.g. Douyin's live-room marker.
   */
  public static TagRule channelAttribute(ChannelId channel, String attribute, String tag) {
    Checks.requireNonNull(channel, "channel");
    Checks.requireText(attribute, "attribute");
    return new TagRule(tag, channel + " with " + attribute,
        o -> o.channel().equals(channel) && o.attributes().containsKey(attribute));
  }

  /** Whether {@code order} gets the tag. */
  public boolean appliesTo(Order order) {
    return matches.test(order);
  }

  @Override
  public String toString() {
    return "TagRule[" + name + " -> " + tag + "]";
  }
}
