package io.orderhub.reconcile.internal;

import io.orderhub.core.OrderHubException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The open orders (groups) of a session and their rows, in flat primitive arrays: per row its kind,
 * group, amounts in minor units, epoch milliseconds and the references of its id and order number
 * in a {@link TextPool}; per group its key, the key's hash and a 16-byte prefix of it; an
 * open-addressing table from key to group. A day of millions of rows is thus a few dozen arrays
 * rather than millions of small objects, which is what made the garbage collector, not the
 * matching, the cost of a large run. Groups are numbered in the order their keys first appear.
 *
 * <p>Rows are only appended while they arrive (one table probe each, usually one cache miss: the
 * table slot holds the key's hash and prefix, so a short key is recognised without reading the
 * pool). To hand groups out, {@link #sortByKey} orders them by a radix sort of the prefixes and
 * {@link #rowsOf} lays their rows out group after group with a counting sort, so {@link Block}
 * gathers them with independent loads instead of following a chain of rows scattered over the
 * arrays (when bills are each sorted by their own time column, an order's rows arrive far apart).
 * Not thread-safe. Not API.
 */
final class GroupStore {
  static final byte PAYMENT = 0;
  static final byte SETTLEMENT = 1;
  static final byte SHIPMENT = 2;
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;
  private static final byte CLOSED = 1;
  private static final byte COMPACT = 2;
  /** Table slot words: hash and group, then the key prefix's two halves. */
  private static final int SLOT = 3;
  private static final long COMPACT_BIT = 1L << 31;
  private static final long GROUP_BITS = COMPACT_BIT - 1;
  private static final int WORDS = 8;
  private static final int CHUNK_BITS = 15;
  private static final int CHUNK_ROWS = 1 << CHUNK_BITS;
  private static final int ROW_MASK = CHUNK_ROWS - 1;
  /** Word 0 bits above the kind: the id is in words 6 and 7; the order number is not the key. */
  private static final long ID_INLINE = 1L << 8;
  private static final long ORDER_DIFFERS = 1L << 9;

  private final TextPool text;
  private long[] keyRef;
  private int[] keyHash;
  private long[] keyHigh;
  private long[] keyLow;
  /** {@link #CLOSED}, {@link #COMPACT}. */
  private byte[] flags;
  private int groups;
  private int open;
  /**
   * {@link #SLOT} longs per slot: {@code hash << 32 | compact << 31 | group + 1} (0 = empty), the
   * key prefix's high and low half. Holds no closed group once {@link #forgetClosed()} has run.
   */
  private long[] table;
  private int tableEntries;
  /** The group {@link #group} returned last, or -1, and its key's hash and prefix. */
  private int lastGroup = -1;
  private int lastHash;
  private long lastHigh;
  private long lastLow;
  private boolean lastCompact;
  /** Whether {@link #group} tries the group after the last one. */
  private boolean guessNext;

  /**
   * The rows, {@link #WORDS} longs each, in chunks of {@link #CHUNK_ROWS} rows (no copying as the
   * rows grow, no single huge array): kind and flags, a, b, c, d, epoch millis, then the id as two
   * prefix halves when it is compact, else its {@link TextPool} reference. One row is one or two
   * adjacent cache lines, so gathering a row costs one miss, not one per column.
   */
  private long[][] data = new long[16][];
  /** The order number's reference, for rows with {@link #ORDER_DIFFERS} only; chunked like {@link #data}. */
  private long[][] orderRefs = new long[16][];
  private int[] group;
  private int rows;

  /** The prefix of the key last given to {@link #encode}. */
  private long high;
  private long low;
  private boolean compact;

  GroupStore(int groupCapacity, int rowCapacity) {
    int g = Math.max(16, groupCapacity);
    int r = Math.max(16, rowCapacity);
    text = new TextPool(16 * (g + r));
    keyRef = new long[g];
    keyHash = new int[g];
    keyHigh = new long[g];
    keyLow = new long[g];
    flags = new byte[g];
    table = new long[SLOT * tableSize(g)];
    group = new int[r];
  }

  /**
   * The open group of {@code key}, created when there is none. Before probing the table it tries
   * the group of the previous call (rows of one order usually come together: a settlement has a row
   * per fee type), recognised from the previous key's hash and prefix without touching the arrays,
   * and, while that guess keeps paying off, the group created after it (bills of one day often list
   * orders in the same order). When bills are each sorted by time neither guess holds, and trying
   * the next group would cost a cache miss per row, so it is tried again only after the row's group
   * turns out to be the previous one or the one after it.
   */
  int group(String key) {
    int h = key.hashCode();
    encode(key);
    int last = lastGroup;
    if (last >= 0) {
      if (h == lastHash && high == lastHigh && low == lastLow && compact == lastCompact
          && (compact || text.equalsAt(keyRef[last], key))) {
        return last;
      }
      if (guessNext && last + 1 < groups && isOpenWithKey(last + 1, h, key)) {
        remember(last + 1, h);
        return last + 1;
      }
    }
    int g = lookUp(key, h);
    guessNext = g == last + 1;
    remember(g, h);
    return g;
  }

  private void remember(int g, int h) {
    lastGroup = g;
    lastHash = h;
    lastHigh = high;
    lastLow = low;
    lastCompact = compact;
  }

  /** Whether open group {@code g}'s key is {@code key}, whose hash is {@code h} and prefix just {@linkplain #encode encoded}. */
  private boolean isOpenWithKey(int g, int h, String key) {
    if ((flags[g] & CLOSED) != 0 || keyHash[g] != h || keyHigh[g] != high || keyLow[g] != low) {
      return false;
    }
    boolean exact = (flags[g] & COMPACT) != 0;
    return exact == compact && (exact || text.equalsAt(keyRef[g], key));
  }

  private int lookUp(String key, int h) {
    long[] t = table;
    int mask = t.length / SLOT - 1;
    int slot = spread(h) & mask;
    for (long e = t[slot * SLOT]; e != 0; e = t[slot * SLOT]) {
      if ((int) (e >>> 32) == h && t[slot * SLOT + 1] == high && t[slot * SLOT + 2] == low) {
        int g = (int) (e & GROUP_BITS) - 1;
        boolean entryCompact = (e & COMPACT_BIT) != 0;
        if (compact && entryCompact) {
          return g; // both keys are exactly their prefixes
        }
        if (!compact && !entryCompact && text.equalsAt(keyRef[g], key)) {
          return g;
        }
      }
      slot = (slot + 1) & mask;
    }
    int g = newGroup(h, text.add(key), high, low, compact);
    put(t, slot, g);
    if (++tableEntries > mask / 2) {
      rehash(2 * (mask + 1));
    }
    return g;
  }

  private void put(long[] t, int slot, int g) {
    t[slot * SLOT] = ((long) keyHash[g] << 32) | ((flags[g] & COMPACT) != 0 ? COMPACT_BIT : 0) | (g + 1);
    t[slot * SLOT + 1] = keyHigh[g];
    t[slot * SLOT + 2] = keyLow[g];
  }

  /**
   * Sets {@link #high}, {@link #low} and {@link #compact} for {@code key}: its first 16 chars as
   * unsigned bytes, big-endian, padded with 0. From the first char past Latin-1 on, every byte is
   * 0xFF. Comparing two prefixes as unsigned numbers then never contradicts {@link
   * String#compareTo}: a smaller prefix means a smaller key, and only equal prefixes need the keys
   * themselves. A compact key (at most 16 chars, all Latin-1, none of them NUL) is fully given by
   * its prefix.
   */
  private void encode(String key) {
    int n = key.length();
    long hi = 0;
    long lo = 0;
    boolean exact = n <= 16;
    boolean saturated = false;
    for (int i = 0; i < 16; i++) {
      int v;
      if (saturated) {
        v = 0xFF;
      } else if (i < n) {
        char ch = key.charAt(i);
        if (ch > 0xFF) {
          saturated = true;
          exact = false;
          v = 0xFF;
        } else {
          exact &= ch != 0;
          v = ch;
        }
      } else {
        v = 0;
      }
      if (i < 8) {
        hi = (hi << 8) | v;
      } else {
        lo = (lo << 8) | v;
      }
    }
    high = hi;
    low = lo;
    compact = exact;
  }

  /**
   * Appends a row to group {@code g}. For a payment a = amount, b = fee; a settlement a..d =
   * gross, commission, freight adjustment, net; a shipment a = amount.
   *
   * @param orderNoIsKey whether the row's order number equals the group key
   */
  void add(int g, byte rowKind, String id, String orderNo, boolean orderNoIsKey, long ra, long rb, long rc,
      long rd, long at) {
    int r = newRow();
    group[r] = g;
    long[] w = data[r >>> CHUNK_BITS];
    int i = (r & ROW_MASK) * WORDS;
    long head = rowKind;
    encode(id);
    if (compact) {
      head |= ID_INLINE;
      w[i + 6] = high;
      w[i + 7] = low;
    } else {
      w[i + 6] = text.add(id);
    }
    if (!orderNoIsKey) {
      head |= ORDER_DIFFERS;
      orderRefChunk(r)[r & ROW_MASK] = text.add(orderNo);
    }
    w[i] = head;
    w[i + 1] = ra;
    w[i + 2] = rb;
    w[i + 3] = rc;
    w[i + 4] = rd;
    w[i + 5] = at;
  }

  private long[] orderRefChunk(int r) {
    long[] chunk = orderRefs[r >>> CHUNK_BITS];
    if (chunk == null) {
      chunk = new long[CHUNK_ROWS];
      orderRefs[r >>> CHUNK_BITS] = chunk;
    }
    return chunk;
  }

  /** Word {@code word} of row {@code r}. */
  private long word(int r, int word) {
    return data[r >>> CHUNK_BITS][(r & ROW_MASK) * WORDS + word];
  }

  /** The compact string whose prefix is {@code hi}, {@code lo} (see {@link #encode}). */
  private static String decode(long hi, long lo, byte[] scratch) {
    int n = 0;
    for (; n < 16; n++) {
      int v = (int) ((n < 8 ? hi >>> (56 - 8 * n) : lo >>> (56 - 8 * (n - 8))) & 0xFF);
      if (v == 0) {
        break;
      }
      scratch[n] = (byte) v;
    }
    return new String(scratch, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Groups ever created, open or closed: group indices run from 0 to this, exclusive. */
  int groupCount() {
    return groups;
  }

  /** Groups still open. */
  int openCount() {
    return open;
  }

  /** Rows held, including those of closed groups not yet {@linkplain #compact() compacted} away. */
  int rowCount() {
    return rows;
  }

  boolean isOpen(int g) {
    return (flags[g] & CLOSED) == 0;
  }

  /**
   * Closes {@code g}. Its rows are no longer handed out; its key finds it no more once {@link
   * #forgetClosed()} has run, and a later row with that key then starts a new group.
   */
  void close(int g) {
    if ((flags[g] & CLOSED) == 0) {
      flags[g] |= CLOSED;
      open--;
    }
  }

  /** Drops closed groups from the table, so their keys start new groups. */
  void forgetClosed() {
    rehash(table.length / SLOT);
    lastGroup = -1;
  }

  /** The group key as a new string. */
  String key(int g) {
    return text.get(keyRef[g]);
  }

  /** The group of row {@code r}. */
  int groupOf(int r) {
    return group[r];
  }

  byte kind(int r) {
    return (byte) (word(r, 0) & 0xFF);
  }

  long a(int r) {
    return word(r, 1);
  }

  long millis(int r) {
    return word(r, 5);
  }

  /**
   * The rows of groups {@code batch[0..n)}, group after group in batch order, each group's rows
   * newest first: row {@code perm[i]} for {@code i} from {@code start[k]} to {@code start[k + 1]}
   * belongs to {@code batch[k]}. A counting sort: two passes over the rows.
   */
  RowOrder rowsOf(int[] batch, int n) {
    int[] rank = new int[groups];
    for (int k = 0; k < n; k++) {
      rank[batch[k]] = k + 1;
    }
    int[] start = new int[n + 1];
    int[] grp = group;
    for (int r = 0; r < rows; r++) {
      int k = rank[grp[r]];
      if (k > 0) {
        start[k]++;
      }
    }
    for (int k = 1; k <= n; k++) {
      start[k] += start[k - 1];
    }
    int[] fill = start.clone();
    int[] perm = new int[start[n]];
    for (int r = 0; r < rows; r++) {
      int k = rank[grp[r]];
      if (k > 0) {
        perm[--fill[k]] = r;
      }
    }
    return new RowOrder(start, perm);
  }

  /** See {@link #rowsOf}. */
  record RowOrder(int[] start, int[] perm) {}

  /**
   * The rows of a run of groups copied out of the store, group after group, with their ids and
   * order numbers as strings: what {@link Classifier} reads. Reused from run to run.
   */
  static final class Block {
    /** Groups in a block: small enough for its rows to stay in the cache while classified. */
    static final int GROUPS = 2048;

    private final String[] keys = new String[GROUPS];
    private final byte[] scratch = new byte[16];
    private final int[] from = new int[GROUPS + 1];
    private int size;
    private byte[] kind = new byte[4 * GROUPS];
    private long[] a = new long[4 * GROUPS];
    private long[] b = new long[4 * GROUPS];
    private long[] c = new long[4 * GROUPS];
    private long[] d = new long[4 * GROUPS];
    private long[] millis = new long[4 * GROUPS];
    private String[] id = new String[4 * GROUPS];
    /** Null when the order number is the key. */
    private @Nullable String[] order = new String[4 * GROUPS];

    /**
     * Copies groups {@code batch[k0..k1)} (at most {@link #GROUPS}) and their rows; {@code prefixes}
     * are the batch's from {@link #sortByKey}.
     */
    void fill(GroupStore s, int[] batch, Prefixes prefixes, RowOrder rows, int k0, int k1) {
      int first = rows.start()[k0];
      int count = rows.start()[k1] - first;
      ensure(count);
      int[] perm = rows.perm();
      TextPool text = s.text;
      long[][] data = s.data;
      byte[] scratch = this.scratch;
      for (int i = 0; i < count; i++) {
        int r = perm[first + i];
        long[] w = data[r >>> CHUNK_BITS];
        int at = (r & ROW_MASK) * WORDS;
        long head = w[at];
        kind[i] = (byte) (head & 0xFF);
        a[i] = w[at + 1];
        b[i] = w[at + 2];
        c[i] = w[at + 3];
        d[i] = w[at + 4];
        millis[i] = w[at + 5];
        id[i] = (head & ID_INLINE) != 0 ? decode(w[at + 6], w[at + 7], scratch) : text.get(w[at + 6]);
        order[i] = (head & ORDER_DIFFERS) == 0 ? null : text.get(s.orderRefs[r >>> CHUNK_BITS][r & ROW_MASK]);
      }
      size = k1 - k0;
      for (int k = k0; k < k1; k++) {
        int g = batch[k];
        keys[k - k0] = (s.flags[g] & COMPACT) != 0 ? decode(prefixes.high()[k], prefixes.low()[k], scratch)
            : text.get(s.keyRef[g]);
        from[k - k0] = rows.start()[k] - first;
      }
      from[size] = count;
    }

    private void ensure(int count) {
      if (count > a.length) {
        int n = Math.max(count, 2 * a.length);
        kind = new byte[n];
        a = new long[n];
        b = new long[n];
        c = new long[n];
        d = new long[n];
        millis = new long[n];
        id = new String[n];
        order = new String[n];
      }
    }

    /** Groups held. */
    int size() {
      return size;
    }

    /** Group {@code i}'s key. */
    String key(int i) {
      return keys[i];
    }

    /** Group {@code i}'s first row. */
    int from(int i) {
      return from[i];
    }

    /** Past group {@code i}'s last row. */
    int to(int i) {
      return from[i + 1];
    }

    byte kind(int r) {
      return kind[r];
    }

    long a(int r) {
      return a[r];
    }

    long b(int r) {
      return b[r];
    }

    long c(int r) {
      return c[r];
    }

    long d(int r) {
      return d[r];
    }

    long millis(int r) {
      return millis[r];
    }

    String id(int r) {
      return id[r];
    }

    /** The row's order number, or null when it is the group key. */
    @Nullable String order(int r) {
      return order[r];
    }
  }

  /**
   * Sorts {@code g[0..n)} by key, as {@link String#compareTo} orders the keys: a check for keys
   * already in order (files sorted by order number), else an LSD radix sort of the 16-byte
   * prefixes, skipping the bytes all keys share, then a merge sort by the keys themselves of any
   * run of equal prefixes (keys longer than 16 chars or beyond Latin-1 that share a prefix).
   *
   * @return the prefixes of the keys in their new order
   */
  Prefixes sortByKey(int[] g, int n) {
    long[] hi = new long[n];
    long[] lo = new long[n];
    for (int i = 0; i < n; i++) {
      hi[i] = keyHigh[g[i]];
      lo[i] = keyLow[g[i]];
    }
    if (isSorted(g, n)) {
      return new Prefixes(hi, lo);
    }
    int[][] counts = new int[16][256];
    for (int i = 0; i < n; i++) {
      long h = hi[i];
      long l = lo[i];
      for (int byteIndex = 0; byteIndex < 8; byteIndex++) {
        counts[byteIndex][(int) (l >>> (8 * byteIndex)) & 0xFF]++;
        counts[8 + byteIndex][(int) (h >>> (8 * byteIndex)) & 0xFF]++;
      }
    }
    long[] hi2 = new long[n];
    long[] lo2 = new long[n];
    int[] g2 = new int[n];
    int[] src = g;
    for (int digit = 0; digit < 16; digit++) {
      int[] count = counts[digit];
      if (isSingleBucket(count, n)) {
        continue;
      }
      int sum = 0;
      for (int v = 0; v < 256; v++) {
        int k = count[v];
        count[v] = sum;
        sum += k;
      }
      boolean highHalf = digit >= 8;
      int shift = 8 * (digit & 7);
      for (int i = 0; i < n; i++) {
        long key = highHalf ? hi[i] : lo[i];
        int to = count[(int) (key >>> shift) & 0xFF]++;
        hi2[to] = hi[i];
        lo2[to] = lo[i];
        g2[to] = src[i];
      }
      long[] th = hi;
      hi = hi2;
      hi2 = th;
      long[] tl = lo;
      lo = lo2;
      lo2 = tl;
      int[] tg = src;
      src = g2;
      g2 = tg;
    }
    if (src != g) {
      System.arraycopy(src, 0, g, 0, n);
    }
    int[] scratch = g2;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && hi[j] == hi[i] && lo[j] == lo[i]) {
        j++;
      }
      if (j - i > 1) {
        System.arraycopy(g, i, scratch, i, j - i);
        mergeSort(g, scratch, i, j);
      }
      i = j;
    }
    return new Prefixes(hi, lo);
  }

  /** The key prefixes of a sorted batch, in its order: the compact keys are read from them, not from the pool. */
  record Prefixes(long[] high, long[] low) {}

  private static boolean isSingleBucket(int[] count, int n) {
    for (int k : count) {
      if (k == n) {
        return true;
      }
      if (k != 0) {
        return false;
      }
    }
    return true;
  }

  private boolean isSorted(int[] g, int n) {
    for (int i = 1; i < n; i++) {
      if (compareKeys(g[i - 1], g[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Sorts {@code src[from..to)} into {@code dst[from..to)}; both hold the same elements on entry. */
  private void mergeSort(int[] dst, int[] src, int from, int to) {
    if (to - from < 8) {
      for (int i = from + 1; i < to; i++) {
        int x = dst[i];
        int j = i - 1;
        while (j >= from && compareKeys(dst[j], x) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(src, dst, from, mid);
    mergeSort(src, dst, mid, to);
    if (compareKeys(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, from, dst, from, to - from);
      return;
    }
    for (int i = from, p = from, q = mid; i < to; i++) {
      if (q >= to || (p < mid && compareKeys(src[p], src[q]) <= 0)) {
        dst[i] = src[p++];
      } else {
        dst[i] = src[q++];
      }
    }
  }

  /** Compares two groups' keys as {@link String#compareTo}: by prefix, and by the keys when the prefixes tie. */
  private int compareKeys(int x, int y) {
    int byPrefix = Long.compareUnsigned(keyHigh[x], keyHigh[y]);
    if (byPrefix == 0) {
      byPrefix = Long.compareUnsigned(keyLow[x], keyLow[y]);
    }
    if (byPrefix != 0 || ((flags[x] & flags[y] & COMPACT) != 0)) {
      return byPrefix;
    }
    return text.compare(keyRef[x], keyRef[y]);
  }

  /** A store holding only the open groups, in their order, and their rows: what {@code closeUntil} frees. */
  GroupStore compact() {
    int[] renumber = new int[groups];
    int liveRows = 0;
    for (int r = 0; r < rows; r++) {
      if ((flags[group[r]] & CLOSED) == 0) {
        liveRows++;
      }
    }
    GroupStore to = new GroupStore(open + open / 2, liveRows + liveRows / 2);
    for (int g = 0; g < groups; g++) {
      if ((flags[g] & CLOSED) == 0) {
        renumber[g] = to.newGroup(keyHash[g], to.text.copy(text, keyRef[g]), keyHigh[g], keyLow[g],
            (flags[g] & COMPACT) != 0);
      }
    }
    for (int r = 0; r < rows; r++) {
      int g = group[r];
      if ((flags[g] & CLOSED) != 0) {
        continue;
      }
      int nr = to.newRow();
      to.group[nr] = renumber[g];
      long[] from = data[r >>> CHUNK_BITS];
      int i = (r & ROW_MASK) * WORDS;
      long[] into = to.data[nr >>> CHUNK_BITS];
      int j = (nr & ROW_MASK) * WORDS;
      System.arraycopy(from, i, into, j, WORDS);
      if ((from[i] & ID_INLINE) == 0) {
        into[j + 6] = to.text.copy(text, from[i + 6]);
      }
      if ((from[i] & ORDER_DIFFERS) != 0) {
        to.orderRefChunk(nr)[nr & ROW_MASK] = to.text.copy(text, orderRefs[r >>> CHUNK_BITS][r & ROW_MASK]);
      }
    }
    to.rehash(tableSize(to.groups));
    return to;
  }

  private int newGroup(int hash, long key, long prefixHigh, long prefixLow, boolean exact) {
    if (groups == keyRef.length) {
      int n = grow(groups);
      keyRef = Arrays.copyOf(keyRef, n);
      keyHash = Arrays.copyOf(keyHash, n);
      keyHigh = Arrays.copyOf(keyHigh, n);
      keyLow = Arrays.copyOf(keyLow, n);
      flags = Arrays.copyOf(flags, n);
    }
    int g = groups++;
    keyRef[g] = key;
    keyHash[g] = hash;
    keyHigh[g] = prefixHigh;
    keyLow[g] = prefixLow;
    flags[g] = exact ? COMPACT : 0;
    open++;
    return g;
  }

  private int newRow() {
    if (rows == group.length) {
      group = Arrays.copyOf(group, grow(rows));
    }
    int chunk = rows >>> CHUNK_BITS;
    if (chunk == data.length) {
      data = Arrays.copyOf(data, 2 * chunk);
      orderRefs = Arrays.copyOf(orderRefs, 2 * chunk);
    }
    if (data[chunk] == null) {
      data[chunk] = new long[CHUNK_ROWS * WORDS];
    }
    return rows++;
  }

  /** Rebuilds the table with {@code slots} slots and the open groups only. */
  private void rehash(int slots) {
    long[] t = new long[SLOT * slots];
    int mask = slots - 1;
    int entries = 0;
    for (int g = 0; g < groups; g++) {
      if ((flags[g] & CLOSED) != 0) {
        continue;
      }
      int slot = spread(keyHash[g]) & mask;
      while (t[slot * SLOT] != 0) {
        slot = (slot + 1) & mask;
      }
      put(t, slot, g);
      entries++;
    }
    table = t;
    tableEntries = entries;
  }

  private static int grow(int length) {
    if (length >= MAX_ROWS) {
      throw new OrderHubException("too many rows for one reconciliation session (" + length
          + "); split the day with ReconcilerConfig partitions");
    }
    return (int) Math.min(MAX_ROWS, length * 2L);
  }

  /** A power of two at least twice {@code groups}: the table starts at most half full. */
  private static int tableSize(int groups) {
    return Integer.highestOneBit(Math.max(16, groups) * 2 - 1) << 1;
  }

  /** Spreads String hashes, whose low bits are close for keys that differ in their last digits. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
