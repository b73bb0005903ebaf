package io.orderhub.rules.internal;

import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Protection;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address detail contains one of {@code words}. Plain and platform-masked details are
 * searched; ciphertext and references are not. Explanations show the detail as written: it is what
 * the seller must see to fix the address.
 *
 * @param words the words, at least one, none blank, first occurrence kept
 */
public record DetailContains(List<String> words) implements Condition {
  public DetailContains {
    Checks.requireNonNull(words, "words");
    Checks.requireArgument(!words.isEmpty(), "words", words, "is empty");
    for (String w : words) {
      Checks.requireText(w, "words[]");
    }
    words = List.copyOf(new LinkedHashSet<>(words));
  }

  private static @Nullable AddressDetail detail(EvaluationContext context) {
    Address a = context.order().shippingAddress().orElse(null);
    return a == null ? null : a.detail();
  }

  private static boolean searchable(@Nullable AddressDetail d) {
    return d != null && (d.protection() == Protection.PLAIN || d.protection() == Protection.MASKED);
  }

  @Override
  public boolean test(EvaluationContext context) {
    AddressDetail d = detail(context);
    if (!searchable(d)) {
      return false;
    }
    String text = d.value();
    for (int i = 0; i < words.size(); i++) {
      if (text.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    AddressDetail d = detail(context);
    if (d == null) {
      return Explanation.leaf(description(), false, "no address detail");
    }
    if (!searchable(d)) {
      return Explanation.leaf(description(), false, d.masked());
    }
    List<String> found = new ArrayList<>();
    for (String w : words) {
      if (d.value().contains(w)) {
        found.add(w);
      }
    }
    String value = Texts.quote(d.value());
    return found.isEmpty() ? Explanation.leaf(description(), false, value)
        : Explanation.leaf("address.detail contains " + Texts.quoteAll(found), true, value);
  }

  @Override
  public String description() {
    return "address.detail contains any of " + Texts.quoteAll(words);
  }
}
