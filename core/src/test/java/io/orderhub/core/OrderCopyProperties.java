package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.arbitraries.OrderArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Copies that share an order's lines and tags behave as the copies that copied them did: equal
 * orders, tags sorted and unmodifiable whatever their number, changes to a copy never reaching the
 * original.
 */
class OrderCopyProperties {

  @Provide
  Arbitrary<Order> orders() {
    return OrderArbitraries.orders();
  }

  @Property(tries = 300)
  void copiesAreEqualAndTagsStaySorted(@ForAll("orders") Order order, @ForAll List<@AlphaChars @StringLength(min = 1, max = 6) String> tags) {
    assertThat(order.toBuilder().build()).isEqualTo(order);
    assertThat(order.withVersion(order.version() + 1).withVersion(order.version())).isEqualTo(order);

    Order tagged = order;
    for (String tag : tags) {
      tagged = tagged.withTag(tag);
    }
    TreeSet<String> expected = new TreeSet<>(order.tags());
    expected.addAll(tags);
    assertThat(new ArrayList<>(tagged.tags())).isEqualTo(new ArrayList<>(expected));
    assertThat(tagged.tags()).isEqualTo(expected);
    assertThat(tagged.toString()).contains("tags=" + expected);
    assertThat(new ArrayList<>(order.toBuilder().tags(Set.copyOf(tags)).build().tags()))
        .isEqualTo(new ArrayList<>(new TreeSet<>(tags)));
    assertThat(order.tags()).isEqualTo(new TreeSet<>(order.tags())); // the original is untouched
    Order done = tagged;
    assertThatThrownBy(() -> done.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> done.lines().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }
}
