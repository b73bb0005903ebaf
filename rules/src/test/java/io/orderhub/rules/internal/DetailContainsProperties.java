package io.orderhub.rules.internal;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;

/** The one-pass word search of {@link DetailContains} finds a word exactly when {@code String.contains} does. */
class DetailContainsProperties {
  /** Characters that share the fast path's buckets ({@code c & 63}): '村' and '村' + 64, 'a' and '!'. */
  private static final char[] ALPHABET = {'村', (char) ('村' + 64), '组', '临', '时', '附', '近', 'a', '!', 'b', ' ', '1'};

  private static Arbitrary<String> texts(int maxLength) {
    return Arbitraries.of(ALPHABET).list().ofMaxSize(maxLength)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Provide
  Arbitrary<List<String>> words() {
    return texts(3).filter(w -> !w.isBlank()).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> details() {
    return texts(30);
  }

  @Property(tries = 2000)
  void findsAWordExactlyWhenStringContainsDoes(@ForAll("words") List<String> words, @ForAll("details") String text) {
    DetailContains c = new DetailContains(words);
    Assertions.assertThat(c.containsAny(text)).isEqualTo(c.words().stream().anyMatch(text::contains));
  }
}
