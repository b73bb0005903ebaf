package io.orderhub.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

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

  /** Adds one settlement row per key to {@code store}, at millis 1000 + its index. */
  static void addAll(GroupStore store, List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      store.add(keys.get(i), GroupStore.SETTLEMENT, "S" + i, "other" + keys.get(i), false, i, 1, 2, 3, 1000L + i);
    }
  }

  private static String settlementRow(String key, int i) {
    return GroupStore.SETTLEMENT + " S" + i + " other" + key + " " + i + " 1 2 3 " + (1000L + i);
  }

  /** Hands out the groups {@code filter} picks, closing each, as the blocks give them: key, then rows. */
  static Map<String, List<String>> handOut(GroupStore store, GroupStore.GroupFilter filter) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    store.handOut(filter, new GroupStore.Block(), (block, i) -> {
      List<String> rows = new ArrayList<>();
      for (int r = block.from(i); r < block.to(i); r++) {
        rows.add(row(block, r));
      }
      assertThat(out.put(block.key(i), rows)).as("a key handed out twice").isNull();
      block.close(i);
    });
    return out;
  }

  private static String row(GroupStore.Block b, int r) {
    return b.kind(r) + " " + b.id(r) + " " + b.order(r) + " " + b.a(r) + " " + b.b(r) + " " + b.c(r) + " " + b.d(r)
        + " " + b.millis(r);
  }

  @Property(tries = 200)
  void rowsOfOneKeyMakeOneGroupAndGroupsComeOutLikeSortedStrings(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(min = 1, max = 64) int partitionRows) {
    GroupStore store = new GroupStore(partitionRows);
    addAll(store, rows);
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      expected.computeIfAbsent(rows.get(i), k -> new ArrayList<>()).add(settlementRow(rows.get(i), i));
    }
    assertThat(store.openCount()).isEqualTo(expected.size());
    Map<String, List<String>> actual = handOut(store, GroupStore.GroupFilter.ALL);
    assertThat(new ArrayList<>(actual.keySet())).as("keys in String order").isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 100)
  void blocksHandOutEveryGroupsRowsInArrivalOrderAndTheGroupsInKeyOrder(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(min = 1, max = 64) int partitionRows) {
    GroupStore store = new GroupStore(partitionRows);
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i);
      boolean child = i % 3 == 0;
      // ids held in the row itself (up to 16 Latin-1 chars) and in the pool (longer, beyond Latin-1, NUL);
      // amounts that fit an int and that do not
      String id = i % 5 == 0 ? "支付" + i : i % 7 == 0 ? "4200001234567890123456" + i : i % 11 == 0 ? "I\u0000" + i
          : i % 13 == 0 ? "\u00ff" + "9".repeat(15) : "I" + i;
      long a = i % 4 == 1 ? Long.MIN_VALUE + i : i % 4 == 2 ? (long) Integer.MAX_VALUE + i : i;
      long d = i % 6 == 5 ? Integer.MIN_VALUE - 1L : 7;
      store.add(key, (byte) (i % 3), id, child ? "C" + i : key, !child, a, 2L * i, -i, d, 100L + i);
      expected.computeIfAbsent(key, k -> new ArrayList<>())
          .add((i % 3) + " " + id + " " + (child ? "C" + i : null) + " " + a + " " + 2L * i + " " + -i + " " + d + " "
              + (100L + i));
    }
    Map<String, List<String>> actual = handOut(store, GroupStore.GroupFilter.ALL);
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 100)
  void groupsNotHandedOutKeepTheirRowsAndKeysHandedOutStartNewGroups(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(min = 1, max = 64) int partitionRows, @ForAll @IntRange(min = 0, max = 300) int before) {
    GroupStore store = new GroupStore(partitionRows);
    addAll(store, rows);
    Map<String, List<String>> all = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      all.computeIfAbsent(rows.get(i), k -> new ArrayList<>()).add(settlementRow(rows.get(i), i));
    }
    // the groups whose latest row is before 1000 + before: settlements only, so no first sale
    Map<String, List<String>> out = handOut(store, (firstSale, latest) -> {
      assertThat(firstSale).isEqualTo(Long.MAX_VALUE);
      return latest < 1000L + before;
    });
    store.dropHandedOut();
    Map<String, List<String>> expectedOut = new TreeMap<>();
    all.forEach((key, r) -> {
      if (r.stream().mapToLong(x -> Long.parseLong(x.substring(x.lastIndexOf(' ') + 1))).max().orElseThrow() < 1000L + before) {
        expectedOut.put(key, r);
      }
    });
    assertThat(out).isEqualTo(expectedOut);
    Map<String, List<String>> left = new TreeMap<>(all);
    left.keySet().removeAll(out.keySet());
    assertThat(store.openCount()).isEqualTo(left.size());
    for (String key : out.keySet()) {
      store.add(key, GroupStore.SHIPMENT, "H", key, true, 0, 0, 0, 0, 0);
    }
    Map<String, List<String>> expected = new TreeMap<>(left);
    out.keySet().forEach(key -> expected.put(key, List.of(GroupStore.SHIPMENT + " H null 0 0 0 0 0")));
    assertThat(store.openCount()).isEqualTo(expected.size());
    assertThat(handOut(store, GroupStore.GroupFilter.ALL)).isEqualTo(expected);
  }

  @Property(tries = 50)
  void aSinkThatFailsLeavesTheGroupsItDidNotCloseOpen(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(min = 1, max = 64) int partitionRows, @ForAll @IntRange(min = 0, max = 20) int failAt) {
    GroupStore store = new GroupStore(partitionRows);
    addAll(store, rows);
    List<String> closed = new ArrayList<>();
    try {
      store.handOut((firstSale, latest) -> true, new GroupStore.Block(), (block, i) -> {
        if (closed.size() == failAt) {
          throw new IllegalStateException("sink failed");
        }
        closed.add(block.key(i));
        block.close(i);
      });
    } catch (IllegalStateException e) {
      assertThat(e).hasMessage("sink failed");
    }
    store.dropHandedOut();
    Set<String> left = new TreeSet<>(rows);
    closed.forEach(left::remove);
    assertThat(handOut(store, GroupStore.GroupFilter.ALL).keySet()).containsExactlyElementsOf(left);
  }

  @Example
  void droppingMostRowsMovesTheTextsStillUsedToANewPool() {
    GroupStore store = new GroupStore(100);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String key = "ORDER-2026-11-11-" + "x".repeat(40) + (i % 1_000); // past the prefix: the key is in the pool
      keys.add(key);
      store.add(key, GroupStore.PAYMENT, "PAYMENT-" + "y".repeat(40) + i, key, true, i, 0, 0, 0, i);
    }
    Map<String, List<String>> out = handOut(store, (firstSale, latest) -> !keys.get((int) latest).endsWith("7"));
    assertThat(out).hasSize(900);
    store.dropHandedOut();
    assertThat(store.rowCount()).isEqualTo(300);
    Map<String, List<String>> left = handOut(store, GroupStore.GroupFilter.ALL);
    assertThat(left).hasSize(100);
    left.forEach((key, r) -> {
      assertThat(key).endsWith("7");
      assertThat(r).hasSize(3).allSatisfy(x -> assertThat(x).startsWith("0 PAYMENT-" + "y".repeat(40)));
    });
  }

  @Example
  void aDayOfManyPartitionsComesOutWhole() {
    GroupStore store = new GroupStore();
    int keys = 3 * GroupStore.PARTITION_ROWS + 77;
    Map<String, List<String>> expected = new TreeMap<>();
    int i = 0;
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < keys; k++, i++) {
        String key = "O" + (1_000_000_000L + k * 7919L % keys);
        store.add(key, GroupStore.PAYMENT, "P" + i, key, true, i, 0, 0, 0, i);
        expected.computeIfAbsent(key, x -> new ArrayList<>()).add("0 P" + i + " null " + i + " 0 0 0 " + i);
      }
    }
    assertThat(store.openCount()).isEqualTo(keys);
    assertThat(handOut(store, GroupStore.GroupFilter.ALL)).isEqualTo(expected);
  }

  @Example
  void keysSharingTheirFirst32CharsComeOutWholeAndInOrderFromOnePartitionReadInPlace() {
    GroupStore store = new GroupStore(1_000);
    String shared = "ORDER-2026-11-11-" + "0".repeat(20); // 37 chars: every 32-byte prefix is the same
    int keys = 30_000;
    Map<String, List<String>> expected = new TreeMap<>();
    int i = 0;
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < keys; k++, i++) {
        String key = shared + (k * 7919L % keys);
        store.add(key, GroupStore.SHIPMENT, "H" + i, key, true, i, 0, 0, 0, i);
        expected.computeIfAbsent(key, x -> new ArrayList<>()).add("2 H" + i + " null " + i + " 0 0 0 " + i);
      }
    }
    assertThat(handOut(store, GroupStore.GroupFilter.ALL)).isEqualTo(expected);
  }

  @Property(tries = 100)
  void keysSharingTheirFirst16CharsArePartitionedByTheNext16(@ForAll @IntRange(min = 1, max = 400) int count,
      @ForAll @IntRange(min = 1, max = 40) int partitionRows, @ForAll long seed) {
    GroupStore store = new GroupStore(partitionRows);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      // a shared 16-char start, then chars that differ (some past Latin-1, some NUL, some short)
      String key = "ORDER-2026-11-11" + "-9\u00ff元\u0000".charAt(random.nextInt(5)) + random.nextInt(50)
          + (random.nextBoolean() ? "" : "x".repeat(random.nextInt(20)));
      store.add(key, GroupStore.PAYMENT, "P" + i, key, true, i, 0, 0, 0, i);
      expected.computeIfAbsent(key, x -> new ArrayList<>()).add("0 P" + i + " null " + i + " 0 0 0 " + i);
    }
    Map<String, List<String>> actual = handOut(store, GroupStore.GroupFilter.ALL);
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 50)
  void rowsArrivingInKeyOrderOrScatteredComeOutTheSame(@ForAll("keys") List<String> rows,
      @ForAll @IntRange(min = 1, max = 16) int partitionRows, @ForAll @IntRange(min = 1, max = 3) int copies) {
    // in key order, each partition's rows arrive in a few long runs; in the order given, scattered
    List<String> sorted = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      sorted.addAll(rows.stream().sorted().toList());
    }
    List<String> given = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      given.addAll(rows);
    }
    for (List<String> keys : List.of(sorted, given)) {
      GroupStore store = new GroupStore(partitionRows);
      addAll(store, keys);
      Map<String, List<String>> expected = new TreeMap<>();
      for (int i = 0; i < keys.size(); i++) {
        expected.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(settlementRow(keys.get(i), i));
      }
      Map<String, List<String>> out = handOut(store, (firstSale, latest) -> latest % 2 == 0);
      store.dropHandedOut();
      Map<String, List<String>> left = handOut(store, GroupStore.GroupFilter.ALL);
      assertThat(new ArrayList<>(out.keySet())).isSorted();
      Map<String, List<String>> both = new TreeMap<>(out);
      both.putAll(left);
      assertThat(both).isEqualTo(expected);
      Set<String> inBoth = new HashSet<>(out.keySet());
      inBoth.retainAll(left.keySet());
      assertThat(inBoth).as("keys handed out twice").isEmpty();
    }
  }

  @Example
  void keysThatStartDifferingEarlierAfterTheCodeIsFixedStillComeOutInOrder() {
    // the partition code is fixed from the first rows' keys, which differ only in their last digits;
    // later keys differ in their first char, so the code must be found again
    GroupStore store = new GroupStore();
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < 60_000; i++) {
      String key = (i < 40_000 ? "K1" : "Z" + (char) ('a' + i % 26)) + (1_000_000 + i * 7919L % 40_000);
      store.add(key, GroupStore.PAYMENT, "P" + i, key, true, i, 0, 0, 0, i);
      expected.computeIfAbsent(key, x -> new ArrayList<>()).add("0 P" + i + " null " + i + " 0 0 0 " + i);
    }
    Map<String, List<String>> actual = handOut(store, GroupStore.GroupFilter.ALL);
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
  }

  /** {@link #handOut} with {@link GroupStore#handOutAll} on its own thread: key, then rows, and the thread the sink ran on. */
  static Map<String, List<String>> handOutAll(GroupStore store, java.util.concurrent.Executor executor,
      Set<Thread> sinkThreads) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    store.handOutAll(executor, new GroupStore.Block(), (block, i) -> {
      List<String> rows = new ArrayList<>();
      for (int r = block.from(i); r < block.to(i); r++) {
        rows.add(row(block, r));
      }
      assertThat(out.put(block.key(i), rows)).as("a key handed out twice").isNull();
      sinkThreads.add(Thread.currentThread());
    });
    return out;
  }

  @Property(tries = 100)
  void handingOutWithASecondThreadGivesTheSameGroupsInTheSameOrderOnTheCallingThread(
      @ForAll("keys") List<String> rows, @ForAll @IntRange(min = 1, max = 64) int partitionRows) {
    GroupStore one = new GroupStore(partitionRows);
    GroupStore two = new GroupStore(partitionRows);
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i);
      String id = i % 5 == 0 ? "支付" + i : i % 7 == 0 ? "4200001234567890123456" + i : "I" + i;
      for (GroupStore s : List.of(one, two)) {
        s.add(key, (byte) (i % 3), id, i % 3 == 0 ? "C" + i : key, i % 3 != 0, i, 2L * i, -i, 7, 100L + i);
      }
    }
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      Set<Thread> sinkThreads = new HashSet<>();
      Map<String, List<String>> expected = handOut(one, GroupStore.GroupFilter.ALL);
      Map<String, List<String>> actual = handOutAll(two, executor, sinkThreads);
      assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
      assertThat(actual).isEqualTo(expected);
      assertThat(sinkThreads).isSubsetOf(Set.of(Thread.currentThread()));
    } finally {
      executor.shutdownNow();
    }
  }

  @Example
  void aSinkThatFailsWhileASecondThreadPreparesStopsItAndTheFailurePropagates() throws Exception {
    GroupStore store = new GroupStore(8);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      keys.add("K" + (i * 7919 % 2_000));
    }
    addAll(store, keys);
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      List<String> seen = new ArrayList<>();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.handOutAll(executor, new GroupStore.Block(), (block, i) -> {
        if (seen.size() == 30) {
          throw new IllegalStateException("sink failed");
        }
        seen.add(block.key(i));
      })).isInstanceOf(IllegalStateException.class).hasMessage("sink failed");
      assertThat(seen).hasSize(30).isSorted();
      executor.shutdown();
      assertThat(executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS))
          .as("the preparing task stopped").isTrue();
    } finally {
      executor.shutdownNow();
    }
  }

  /** A store of 500 rows over 200 keys in many small partitions. */
  private static GroupStore manyPartitions() {
    GroupStore store = new GroupStore(8);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      keys.add("K" + (i * 31 % 200));
    }
    addAll(store, keys);
    return store;
  }

  @Example
  void aDirectExecutorLeavesEverythingToTheCallingThreadInsteadOfWaitingForever() {
    GroupStore two = manyPartitions();
    java.util.concurrent.FutureTask<Map<String, List<String>>> run = new java.util.concurrent.FutureTask<>(
        () -> handOutAll(two, Runnable::run, new HashSet<>()));
    Thread t = new Thread(run, "direct-executor-test");
    t.setDaemon(true);
    t.start();
    // a hang fails here instead of stalling the build
    assertThat(run).succeedsWithin(java.time.Duration.ofSeconds(30))
        .isEqualTo(handOut(manyPartitions(), GroupStore.GroupFilter.ALL));
  }

  @Example
  void anExecutorThatRefusesTheTaskLeavesEverythingToTheCallingThread() {
    Set<Thread> sinkThreads = new HashSet<>();
    Map<String, List<String>> actual = handOutAll(manyPartitions(), task -> {
      throw new java.util.concurrent.RejectedExecutionException("full");
    }, sinkThreads);
    assertThat(actual).isEqualTo(handOut(manyPartitions(), GroupStore.GroupFilter.ALL));
    assertThat(sinkThreads).containsExactly(Thread.currentThread());
  }

  /** Up to 15 digits {@code minor} agrees with {@link Money#toMinorUnits()}; beyond, both entry points refuse. */
  @Property(tries = 300)
  void minorUnitsAgreeWithMoneyUpToFifteenDigits(
      @ForAll @LongRange(min = -2_000_000_000_000_000L, max = 2_000_000_000_000_000L) long minor,
      @ForAll @IntRange(max = 2) int currency) {
    Currency c = Currency.getInstance(new String[] {"CNY", "JPY", "BHD"}[currency]);
    Money m = Money.ofMinor(minor, c);
    if (Math.abs(minor) <= 999_999_999_999_999L) {
      assertThat(HashReconciler.minor(m)).isEqualTo(m.toMinorUnits());
      HashReconciler.requireSummable(m);
    } else {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> HashReconciler.minor(m))
          .isInstanceOf(io.orderhub.core.InvalidValueException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> HashReconciler.requireSummable(m))
          .isInstanceOf(io.orderhub.core.InvalidValueException.class);
    }
  }
}
