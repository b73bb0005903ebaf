package io.orderhub.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The flat store the matcher keeps open orders in agrees with plain strings, maps and sorting. */
class GroupStoreProperties {
  @Provide
  Arbitrary<List<String>> keys() {
    // Latin-1, beyond Latin-1 (stored as UTF-16) and mixed, sharing prefixes so comparisons go deep;
    // NUL (a prefix's padding) and keys longer than the 16-char prefix, sharing it
    Arbitrary<String> shortKey = Arbitraries.strings().withChars("O19aé元\u00ff\u0100\u0000").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> longKey = Arbitraries.of("ORDER-2026-11-11-", "ORDER-2026-11-11", "ORDER-2026-11-1\u00ff", "ORDER-2026-11-1元")
        .flatMap(p -> Arbitraries.strings().withChars("19\u00ff元\u0000").ofMaxLength(3).map(x -> p + x));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, shortKey), net.jqwik.api.Tuple.of(1, longKey))
        .list().ofMaxSize(300);
  }

  @Property(tries = 200)
  void theTextPoolGivesBackEqualsAndComparesLikeString(@ForAll("keys") List<String> strings) {
    TextPool pool = new TextPool(4);
    long[] refs = new long[strings.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = pool.add(strings.get(i));
    }
    TextPool copy = new TextPool(4);
    for (int i = 0; i < refs.length; i++) {
      String s = strings.get(i);
      assertThat(pool.get(refs[i])).isEqualTo(s);
      assertThat(copy.get(copy.copy(pool, refs[i]))).isEqualTo(s);
      for (int j = 0; j < refs.length; j += 7) {
        String t = strings.get(j);
        assertThat(pool.equalsAt(refs[i], t)).isEqualTo(s.equals(t));
        assertThat(Integer.signum(pool.compare(refs[i], refs[j]))).isEqualTo(Integer.signum(s.compareTo(t)));
      }
    }
  }

  /** Adds one row per key to {@code store}, in batches resolved every {@code every} rows (0: once at the end). */
  static void addAll(GroupStore store, List<String> keys, int every) {
    for (int i = 0; i < keys.size(); i++) {
      store.add(keys.get(i), GroupStore.SETTLEMENT, "S" + i, "other" + keys.get(i), false, i, 1, 2, 3, 1000L + i);
      if (every > 0 && (i + 1) % every == 0) {
        store.resolve();
      }
    }
    store.resolve();
  }

  @Property(tries = 200)
  void rowsOfOneKeyShareAGroupAndGroupsSortLikeStrings(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(max = 40) int every) {
    GroupStore store = new GroupStore(1, 1);
    addAll(store, rows, every);
    Map<String, Integer> expected = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      int g = store.groupOf(r);
      assertThat(expected.computeIfAbsent(rows.get(r), k -> g)).isEqualTo(g);
    }
    assertThat(new HashSet<>(expected.values())).hasSameSizeAs(expected.keySet());
    assertThat(store.openCount()).isEqualTo(expected.size()).isEqualTo(store.groupCount());
    List<String> byNumber = new ArrayList<>();
    for (int g = 0; g < store.groupCount(); g++) {
      byNumber.add(store.key(g));
    }
    assertThat(byNumber).as("groups are numbered in the order their keys first arrive")
        .containsExactlyElementsOf(new LinkedHashSet<>(rows));
    int[] order = new int[store.groupCount()];
    Arrays.setAll(order, g -> g);
    store.sortByKey(order, order.length);
    List<String> sorted = new ArrayList<>();
    for (int g : order) {
      sorted.add(store.key(g));
    }
    assertThat(sorted).isEqualTo(new LinkedHashSet<>(rows).stream().sorted().toList());
  }

  @Property(tries = 100)
  void compactingKeepsTheOpenGroupsAndTheirRowsOnly(@ForAll("keys") List<String> rows, @ForAll @IntRange(max = 3) int every) {
    GroupStore store = new GroupStore(1, 1);
    addAll(store, rows, 0);
    Set<String> open = new HashSet<>();
    Map<String, List<String>> rowsOf = new HashMap<>();
    for (int g = 0; g < store.groupCount(); g++) {
      if (every > 0 && g % (every + 1) == 0) {
        store.close(g);
      } else {
        open.add(store.key(g));
        rowsOf.put(store.key(g), rowsOf(store, g));
      }
    }
    GroupStore compacted = store.compact();
    assertThat(compacted.openCount()).isEqualTo(open.size()).isEqualTo(compacted.groupCount());
    Set<String> keys = new HashSet<>();
    for (int g = 0; g < compacted.groupCount(); g++) {
      String key = compacted.key(g);
      keys.add(key);
      assertThat(rowsOf(compacted, g)).containsExactlyInAnyOrderElementsOf(rowsOf.get(key));
      compacted.add(key, GroupStore.PAYMENT, "again", key, true, 0, 0, 0, 0, 0);
      compacted.resolve();
      assertThat(compacted.groupOf(compacted.rowCount() - 1)).isEqualTo(g);
    }
    assertThat(keys).isEqualTo(open);
  }

  /** Group {@code g}'s rows as {@link GroupStore.Block} hands them to the classifier. */
  private static List<String> rowsOf(GroupStore s, int g) {
    int[] batch = {g};
    GroupStore.Block block = new GroupStore.Block();
    block.fill(s, batch, s.sortByKey(batch, 1), s.rowsOf(batch, 1), 0, 1);
    List<String> out = new ArrayList<>();
    for (int r = block.from(0); r < block.to(0); r++) {
      out.add(row(block, r));
    }
    return out;
  }

  private static String row(GroupStore.Block b, int r) {
    return b.kind(r) + " " + b.id(r) + " " + b.order(r) + " " + b.a(r) + " " + b.b(r) + " " + b.c(r) + " " + b.d(r)
        + " " + b.millis(r);
  }

  @Property(tries = 100)
  void blocksHandOutEveryGroupsRowsNewestFirstInKeyOrder(@ForAll("keys") List<String> rows) {
    GroupStore store = new GroupStore(1, 1);
    Map<String, List<String>> expected = new java.util.TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i);
      boolean child = i % 3 == 0;
      // ids held in the row itself (up to 16 Latin-1 chars) and in the pool (longer, beyond Latin-1, NUL)
      String id = i % 5 == 0 ? "支付" + i : i % 7 == 0 ? "4200001234567890123456" + i : i % 11 == 0 ? "I\u0000" + i
          : i % 13 == 0 ? "\u00ff" + "9".repeat(15) : "I" + i;
      store.add(key, (byte) (i % 3), id, child ? "C" + i : key, !child, i, 2L * i, -i, 7, 100L + i);
      expected.computeIfAbsent(key, k -> new ArrayList<>())
          .add(0, (i % 3) + " " + id + " " + (child ? "C" + i : null) + " " + i + " " + 2L * i + " " + -i + " 7 " + (100L + i));
    }
    store.resolve();
    int[] batch = new int[store.groupCount()];
    Arrays.setAll(batch, g -> g);
    GroupStore.Prefixes prefixes = store.sortByKey(batch, batch.length);
    GroupStore.RowOrder order = store.rowsOf(batch, batch.length);
    GroupStore.Block block = new GroupStore.Block();
    Map<String, List<String>> actual = new java.util.LinkedHashMap<>();
    for (int k0 = 0; k0 < batch.length; k0 += GroupStore.Block.GROUPS) {
      int k1 = Math.min(batch.length, k0 + GroupStore.Block.GROUPS);
      block.fill(store, batch, prefixes, order, k0, k1);
      for (int i = 0; i < block.size(); i++) {
        List<String> out = new ArrayList<>();
        for (int r = block.from(i); r < block.to(i); r++) {
          out.add(row(block, r));
        }
        actual.put(block.key(i), out);
      }
    }
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 20)
  void aClosedGroupsKeyStartsANewGroup(@ForAll @IntRange(min = 1, max = 50) int n) {
    GroupStore store = new GroupStore(1, 1);
    for (int i = 0; i < n; i++) {
      store.add("K" + i, GroupStore.SHIPMENT, "H" + i, "K" + i, true, i, 0, 0, 0, i);
    }
    store.resolve();
    int g = store.groupOf(0);
    store.close(g);
    store.forgetClosed();
    store.add("K0", GroupStore.SHIPMENT, "H", "K0", true, 0, 0, 0, 0, 0);
    store.resolve();
    int again = store.groupOf(n);
    assertThat(again).isNotEqualTo(g).isEqualTo(n);
    assertThat(rowsOf(store, again)).containsExactly("2 H null 0 0 0 0 0");
    assertThat(rowsOf(store, g)).hasSize(1);
    assertThat(store.openCount()).isEqualTo(n);
  }

  @Property(tries = 300)
  void minorUnitsAgreeWithMoney(@ForAll long minor, @ForAll @IntRange(max = 2) int currency) {
    Currency c = Currency.getInstance(new String[] {"CNY", "JPY", "BHD"}[currency]);
    Money m = Money.ofMinor(minor, c);
    assertThat(HashReconciler.minor(m)).isEqualTo(m.toMinorUnits());
    Money big = Money.of(new BigDecimal(m.amount().unscaledValue().multiply(java.math.BigInteger.TEN), m.amount().scale()), c);
    Long expected = null;
    try {
      expected = big.toMinorUnits();
    } catch (ArithmeticException e) {
      // past a long: both must refuse
    }
    if (expected == null) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> HashReconciler.minor(big))
          .isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(HashReconciler.minor(big)).isEqualTo(expected);
    }
  }
}
