package io.orderhub.rules.internal;

import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Protection;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address detail contains one of {@code words}. Plain and platform-masked details are
 * searched; ciphertext and references are not. Explanations show the detail as written: it is what
 * the seller must see to fix the address. A value object (equal when the word lists are); its
 * description is made once.
 */
public final class DetailContains extends ValueCondition {
  private final List<String> words;
  private final String[] wordArray;
  /** Bit {@code c & 63} set for the first character {@code c} of each word: most characters start no word. */
  private final long firstChars;
  /** The words by their first character's low six bits. */
  private final String[][] byFirstChar = new String[64][];

  /** @param words the words, at least one, none blank, first occurrence kept */
  public DetailContains(List<String> words) {
    this(distinct(words));
  }

  private DetailContains(String[] words) {
    this(List.of(words), words);
  }

  private DetailContains(List<String> words, String[] wordArray) {
    super("address.detail contains any of " + Texts.quoteAll(words), words);
    this.words = words;
    this.wordArray = wordArray;
    long first = 0;
    for (String w : wordArray) {
      int k = w.charAt(0) & 63;
      first |= 1L << k;
      String[] same = byFirstChar[k];
      byFirstChar[k] = same == null ? new String[] {w} : append(same, w);
    }
    this.firstChars = first;
  }

  /** The words checked (at least one, none blank), first occurrence kept. */
  private static String[] distinct(List<String> words) {
    Checks.requireNonNull(words, "words");
    Checks.requireArgument(!words.isEmpty(), "words", words, "is empty");
    for (String w : words) {
      Checks.requireText(w, "words[]");
    }
    return new LinkedHashSet<>(words).toArray(new String[0]);
  }

  private static String[] append(String[] words, String word) {
    String[] out = Arrays.copyOf(words, words.length + 1);
    out[words.length] = word;
    return out;
  }

  /** The words, first occurrence kept (unmodifiable). */
  public List<String> words() {
    return words;
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
    return searchable(d) && containsAny(d.value());
  }

  /**
   * Whether {@code text} contains one of the words: one pass over the text, trying the words only
   * where a word's first character is (what {@code words.stream().anyMatch(text::contains)} says).
   */
  boolean containsAny(String text) {
    long first = firstChars;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((first >>> c & 1) != 0) { // a long shift uses the low six bits of c
        for (String w : byFirstChar[c & 63]) {
          if (w.charAt(0) == c && text.startsWith(w, i)) {
            return true;
          }
        }
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
    for (String w : wordArray) {
      if (d.value().contains(w)) {
        found.add(w);
      }
    }
    String value = Texts.quote(d.value());
    return found.isEmpty() ? Explanation.leaf(description(), false, value)
        : Explanation.leaf("address.detail contains " + Texts.quoteAll(found), true, value);
  }
}
