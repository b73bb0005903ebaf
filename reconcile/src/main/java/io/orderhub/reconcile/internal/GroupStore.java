package io.orderhub.reconcile.internal;

import io.orderhub.core.OrderHubException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The open orders (groups) of a session and their rows, in flat primitive arrays: per row its kind,
 * group, amounts in minor units, epoch milliseconds and its id (or its reference in a {@link
 * TextPool}); per group a 16-byte prefix of its key, the key's hash (and the key in the pool when
 * the prefix does not hold all of it); an open-addressing table from key to group. A day of
 * millions of rows is thus a few dozen arrays rather than millions of small objects, which is what
 * made the garbage collector, not the matching, the cost of a large run.
 *
 * <p>An arriving row whose key is that of the group the previous row found, or of one of the few
 * groups after it, joins it at once (bills listing orders in the same order). Any other row is only
 * appended, with its key's hash and prefix: finding its group at once would cost a cache miss per
 * row in a table too big for the cache when bills are each sorted by their own time column. {@link
 * #resolve()} groups those rows all at once (when a million are pending, and before any look at the
 * groups): a radix sort by hash brings equal keys together and puts the table probes in slot
 * order, so the table is walked from one end to the other. Groups are numbered in the order their
 * keys first arrived. To hand groups out, {@link
 * #sortByKey} orders them by a radix sort of the prefixes and {@link #rowsOf} lays their rows out
 * group after group with a counting sort, so {@link Block} gathers each row with one load instead of
 * following a chain of rows scattered over the arrays. Not thread-safe. Not API.
 */
final class GroupStore {
  static final byte PAYMENT = 0;
  static final byte SETTLEMENT = 1;
  static final byte SHIPMENT = 2;
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;
  private static final byte CLOSED = 1;
  private static final byte COMPACT = 2;
  /** Table slot words: spread hash and group, then the key prefix's two halves. */
  private static final int SLOT = 3;
  private static final long COMPACT_BIT = 1L << 31;
  private static final long GROUP_BITS = COMPACT_BIT - 1;
  private static final int WORDS = 8;
  /**
   * Where row 0 starts in a chunk: past a 16-byte array header, word 6 is 64 bytes from the array's
   * start, and a chunk large enough to be a humongous object starts a heap region, so every row is
   * one cache line.
   */
  private static final int ALIGN = 6;
  /**
   * Rows per chunk: one fewer than 2^15, so that with its header and {@link #ALIGN} a chunk is
   * exactly 2 MB and fills whole G1 regions of 1 or 2 MB (a 2 MB array plus its header would take
   * a third region and waste a third of the heap it holds).
   */
  private static final int CHUNK_ROWS = (1 << 15) - 1;
  /** Pending rows that make {@link #add} resolve them: bounds their memory, and lets later rows find groups directly. */
  private static final int RESOLVE_AT = 1 << 20;
  /** Groups from the cursor on that an arriving row's key is compared with. */
  private static final int GUESSES = 4;
  /** Word 0 bits above the kind: the id is in words 6 and 7; the order number is not the key. */
  private static final long ID_INLINE = 1L << 8;
  private static final long ORDER_DIFFERS = 1L << 9;

  private final TextPool text;
  /** The key's pool reference, -1 for a compact key (held by its prefix). */
  private long[] keyRef;
  /** The key's spread hash. */
  private int[] keyHash;
  private long[] keyHigh;
  private long[] keyLow;
  /** {@link #CLOSED}, {@link #COMPACT}. */
  private byte[] flags;
  private int groups;
  private int open;
  /**
   * {@link #SLOT} longs per slot: {@code spread(hash) << 32 | compact << 31 | group + 1} (0 =
   * empty), the key prefix's high and low half. A key's home slot is the top bits of its spread
   * hash, so keys sorted by spread hash probe the slots in order. Holds no closed group once
   * {@link #forgetClosed()} has run.
   */
  private long[] table;
  private int tableBits;
  private int tableEntries;

  /**
   * Rows without a group yet ({@link #resolve()}), in arrival order: the row, its key's spread hash
   * and prefix.
   */
  private int pendingCount;
  private int[] pendingRow = new int[16];
  private int[] pendingHash = new int[16];
  private long[] pendingHigh = new long[16];
  private long[] pendingLow = new long[16];
  /** The pool reference of a pending row's key, for keys the prefix does not hold. */
  private long[] pendingKeyRef = new long[16];
  /** The group an arriving row last found directly; the next rows' keys are first compared with it and those after it. */
  private int cursor = -1;

  /**
   * The rows, {@link #WORDS} longs each, in chunks of {@link #CHUNK_ROWS} rows (no copying as the
   * rows grow, no single huge array): kind and flags, a, b, c, d, epoch millis, then the id as two
   * prefix halves when it is compact, else its {@link TextPool} reference. One row is one cache
   * line, so gathering a row costs one miss, not one per column.
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
    text = new TextPool(1 << 12); // most keys and ids are held by their prefixes, not here
    keyRef = new long[g];
    keyHash = new int[g];
    keyHigh = new long[g];
    keyLow = new long[g];
    flags = new byte[g];
    tableBits = Integer.numberOfTrailingZeros(tableSize(g));
    table = new long[SLOT << tableBits];
    group = new int[r];
  }

  /**
   * Finds the group of every row added since the last call, creating a group for each new key:
   * sorts those rows by their keys' spread hashes (an LSD radix sort carrying each row's prefix), so
   * rows of one key come together and the table is probed in slot order, then creates the new
   * groups in that order and records every row's group.
   */
  void resolve() {
    int n = pendingCount;
    if (n == 0) {
      return;
    }
    int[] sh = pendingHash;
    long[] hi = pendingHigh;
    long[] lo = pendingLow;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = pendingKeyRef[i] == -1 ? i : i | Integer.MIN_VALUE; // top bit: the prefix does not hold the key
    }
    RadixSort.Sorted sorted = RadixSort.byInt(sh, hi, lo, idx, n);
    sh = Objects.requireNonNull(sorted.keys());
    hi = sorted.hi();
    lo = sorted.lo();
    idx = sorted.carried();
    // each row's group, or -(k + 1) for the k-th new key (whose first row is newFirst[k])
    int[] grp = new int[n];
    int[] newFirst = new int[n];
    int fresh = 0;
    int run = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && sh[i] == sh[i - 1]) {
        int same = sameKeyIn(run, i, hi, lo, idx);
        if (same >= 0) {
          grp[i] = grp[same];
          continue;
        }
      } else {
        run = i;
      }
      int g = probe(sh[i], hi[i], lo[i], idx[i]);
      if (g >= 0) {
        grp[i] = g;
      } else {
        newFirst[fresh] = i;
        grp[i] = -(++fresh);
      }
    }
    int[] created = new int[fresh];
    if (fresh > 0) {
      // new groups are numbered in the order their keys first arrived (pending order is arrival order)
      int[] byArrival = new int[n];
      Arrays.fill(byArrival, -1);
      for (int k = 0; k < fresh; k++) {
        byArrival[idx[newFirst[k]] & Integer.MAX_VALUE] = k;
      }
      for (int p = 0, g = groups; p < n; p++) {
        if (byArrival[p] >= 0) {
          created[byArrival[p]] = g++;
        }
      }
      if (2L * (tableEntries + fresh) > (1L << tableBits)) {
        rehash(tableSize(open + fresh));
      }
      ensureGroups(groups + fresh);
      long[] t = table;
      int mask = (1 << tableBits) - 1;
      for (int k = 0; k < fresh; k++) {
        int i = newFirst[k];
        boolean exact = idx[i] >= 0;
        int g = created[k];
        setGroup(g, sh[i], exact ? -1 : pendingKeyRef[idx[i] & Integer.MAX_VALUE], hi[i], lo[i], exact);
        int slot = home(sh[i]);
        while (t[slot * SLOT] != 0) {
          slot = (slot + 1) & mask;
        }
        put(t, slot, g);
      }
      groups += fresh;
      open += fresh;
      tableEntries += fresh;
    }
    int[] rowGroup = group;
    int[] rowOf = pendingRow;
    for (int i = 0; i < n; i++) {
      int g = grp[i];
      rowGroup[rowOf[idx[i] & Integer.MAX_VALUE]] = g >= 0 ? g : created[-g - 1];
    }
    pendingCount = 0;
  }
  /**
   * The first of sorted pending rows {@code run..i-1} (same spread hash as row {@code i}) with row
   * {@code i}'s key, or -1.
   */
  private int sameKeyIn(int run, int i, long[] hi, long[] lo, int[] idx) {
    for (int j = run; j < i; j++) {
      if (hi[j] == hi[i] && lo[j] == lo[i] && samePendingKey(idx[j], idx[i])) {
        return j;
      }
    }
    return -1;
  }

  /** Whether two pending rows' keys, whose prefixes are equal, are equal ({@link #resolve} flags in {@code x}, {@code y}). */
  private boolean samePendingKey(int x, int y) {
    if (x >= 0 || y >= 0) {
      return x >= 0 && y >= 0; // a compact key is its prefix; a key that is not never equals one that is
    }
    return text.compare(pendingKeyRef[x & Integer.MAX_VALUE], pendingKeyRef[y & Integer.MAX_VALUE]) == 0;
  }

  /** The open group of a pending row's key (spread hash, prefix, {@link #resolve} flagged index), or -1. */
  private int probe(int sh, long hi, long lo, int ix) {
    long[] t = table;
    int mask = (1 << tableBits) - 1;
    int slot = home(sh);
    for (long e = t[slot * SLOT]; e != 0; e = t[slot * SLOT]) {
      if ((int) (e >>> 32) == sh && t[slot * SLOT + 1] == hi && t[slot * SLOT + 2] == lo) {
        int g = (int) (e & GROUP_BITS) - 1;
        boolean entryExact = (e & COMPACT_BIT) != 0;
        if (ix >= 0 ? entryExact
            : !entryExact && text.compare(keyRef[g], pendingKeyRef[ix & Integer.MAX_VALUE]) == 0) {
          return g;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The home slot of spread hash {@code sh}: its top bits, so slots follow the hashes' order. */
  private int home(int sh) {
    return tableBits == 0 ? 0 : sh >>> (32 - tableBits);
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
   * Appends a row of the group keyed {@code key}; its group is found by the next {@link
   * #resolve()}. For a payment a = amount, b = fee; a settlement a..d = gross, commission, freight
   * adjustment, net; a shipment a = amount.
   *
   * @param orderNoIsKey whether the row's order number equals the group key
   */
  void add(String key, byte rowKind, String id, String orderNo, boolean orderNoIsKey, long ra, long rb, long rc,
      long rd, long at) {
    int r = newRow();
    encode(key);
    int h = spread(key.hashCode());
    int g = guess(h, key);
    group[r] = g;
    if (g < 0) {
      int p = pendingCount++;
      if (p == pendingHash.length) {
        int n = grow(p);
        pendingRow = Arrays.copyOf(pendingRow, n);
        pendingHash = Arrays.copyOf(pendingHash, n);
        pendingHigh = Arrays.copyOf(pendingHigh, n);
        pendingLow = Arrays.copyOf(pendingLow, n);
        pendingKeyRef = Arrays.copyOf(pendingKeyRef, n);
      }
      pendingRow[p] = r;
      pendingHash[p] = h;
      pendingHigh[p] = high;
      pendingLow[p] = low;
      pendingKeyRef[p] = compact ? -1 : text.add(key);
    }
    long[] w = data[r / CHUNK_ROWS];
    int i = (r % CHUNK_ROWS) * WORDS + ALIGN;
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
      orderRefChunk(r)[r % CHUNK_ROWS] = text.add(orderNo);
    }
    w[i] = head;
    w[i + 1] = ra;
    w[i + 2] = rb;
    w[i + 3] = rc;
    w[i + 4] = rd;
    w[i + 5] = at;
    if (pendingCount >= RESOLVE_AT) {
      resolve();
    }
  }

  /**
   * The open group of the key just {@linkplain #encode encoded} (spread hash {@code h}) if it is
   * the cursor's group or one of the few after it, else -1. Bills listing orders in the same order
   * (by order number) then find most groups here, in groups that sit side by side in memory; bills
   * in unrelated orders miss, at the cost of comparing with a few groups that stay in the cache.
   */
  private int guess(int h, String key) {
    int from = Math.max(0, cursor);
    int to = Math.min(groups, from + GUESSES + 1);
    for (int g = from; g < to; g++) {
      if (keyHash[g] == h && keyHigh[g] == high && keyLow[g] == low && (flags[g] & CLOSED) == 0) {
        boolean exact = (flags[g] & COMPACT) != 0;
        if (exact == compact && (exact || text.equalsAt(keyRef[g], key))) {
          cursor = g;
          return g;
        }
      }
    }
    return -1;
  }

  private long[] orderRefChunk(int r) {
    long[] chunk = orderRefs[r / CHUNK_ROWS];
    if (chunk == null) {
      chunk = new long[CHUNK_ROWS];
      orderRefs[r / CHUNK_ROWS] = chunk;
    }
    return chunk;
  }

  /** Word {@code word} of row {@code r}. */
  private long word(int r, int word) {
    return data[r / CHUNK_ROWS][(r % CHUNK_ROWS) * WORDS + ALIGN + word];
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
    rehash(1 << tableBits);
  }

  /** The group key as a new string. */
  String key(int g) {
    return (flags[g] & COMPACT) != 0 ? decode(keyHigh[g], keyLow[g], new byte[16]) : text.get(keyRef[g]);
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
    /** Keeps the touching loop in {@link #fill} from being optimised away. */
    @SuppressWarnings("unused")
    private long touched;
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
      // Touch every row first: a loop of independent loads keeps many cache misses in flight, where
      // the copying loop below, with a string to build per row, would wait for them one by one.
      long touched = 0;
      for (int i = 0; i < count; i++) {
        int r = perm[first + i];
        touched += data[r / CHUNK_ROWS][(r % CHUNK_ROWS) * WORDS + ALIGN];
      }
      this.touched = touched;
      for (int i = 0; i < count; i++) {
        int r = perm[first + i];
        long[] w = data[r / CHUNK_ROWS];
        int at = (r % CHUNK_ROWS) * WORDS + ALIGN;
        long head = w[at];
        kind[i] = (byte) (head & 0xFF);
        a[i] = w[at + 1];
        b[i] = w[at + 2];
        c[i] = w[at + 3];
        d[i] = w[at + 4];
        millis[i] = w[at + 5];
        id[i] = (head & ID_INLINE) != 0 ? decode(w[at + 6], w[at + 7], scratch) : text.get(w[at + 6]);
        order[i] = (head & ORDER_DIFFERS) == 0 ? null : text.get(s.orderRefs[r / CHUNK_ROWS][r % CHUNK_ROWS]);
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
    RadixSort.Sorted sorted = RadixSort.byPrefix(hi, lo, g, n);
    hi = sorted.hi();
    lo = sorted.lo();
    if (sorted.carried() != g) {
      System.arraycopy(sorted.carried(), 0, g, 0, n);
    }
    int @Nullable [] scratch = null;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && hi[j] == hi[i] && lo[j] == lo[i]) {
        j++;
      }
      if (j - i > 1) {
        if (scratch == null) {
          scratch = new int[n];
        }
        System.arraycopy(g, i, scratch, i, j - i);
        mergeSort(g, scratch, i, j);
      }
      i = j;
    }
    return new Prefixes(hi, lo);
  }

  /** The key prefixes of a sorted batch, in its order: the compact keys are read from them, not from the pool. */
  record Prefixes(long[] high, long[] low) {}

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
    if (((flags[x] | flags[y]) & COMPACT) == 0) {
      return text.compare(keyRef[x], keyRef[y]);
    }
    return key(x).compareTo(key(y)); // a compact key is only in its prefix: rare, as it must share it with a longer key
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
        boolean exact = (flags[g] & COMPACT) != 0;
        renumber[g] = to.newGroup(keyHash[g], exact ? -1 : to.text.copy(text, keyRef[g]), keyHigh[g], keyLow[g], exact);
      }
    }
    for (int r = 0; r < rows; r++) {
      int g = group[r];
      if ((flags[g] & CLOSED) != 0) {
        continue;
      }
      int nr = to.newRow();
      to.group[nr] = renumber[g];
      long[] from = data[r / CHUNK_ROWS];
      int i = (r % CHUNK_ROWS) * WORDS + ALIGN;
      long[] into = to.data[nr / CHUNK_ROWS];
      int j = (nr % CHUNK_ROWS) * WORDS + ALIGN;
      System.arraycopy(from, i, into, j, WORDS);
      if ((from[i] & ID_INLINE) == 0) {
        into[j + 6] = to.text.copy(text, from[i + 6]);
      }
      if ((from[i] & ORDER_DIFFERS) != 0) {
        to.orderRefChunk(nr)[nr % CHUNK_ROWS] = to.text.copy(text, orderRefs[r / CHUNK_ROWS][r % CHUNK_ROWS]);
      }
    }
    to.rehash(tableSize(to.groups));
    return to;
  }

  private int newGroup(int hash, long key, long prefixHigh, long prefixLow, boolean exact) {
    ensureGroups(groups + 1);
    int g = groups++;
    setGroup(g, hash, key, prefixHigh, prefixLow, exact);
    open++;
    return g;
  }

  private void ensureGroups(int capacity) {
    if (capacity > keyRef.length) {
      int n = Math.max(capacity, grow(keyRef.length));
      keyRef = Arrays.copyOf(keyRef, n);
      keyHash = Arrays.copyOf(keyHash, n);
      keyHigh = Arrays.copyOf(keyHigh, n);
      keyLow = Arrays.copyOf(keyLow, n);
      flags = Arrays.copyOf(flags, n);
    }
  }

  private void setGroup(int g, int hash, long key, long prefixHigh, long prefixLow, boolean exact) {
    keyRef[g] = key;
    keyHash[g] = hash;
    keyHigh[g] = prefixHigh;
    keyLow[g] = prefixLow;
    flags[g] = exact ? COMPACT : 0;
  }

  private int newRow() {
    if (rows == group.length) {
      group = Arrays.copyOf(group, grow(rows));
    }
    int chunk = rows / CHUNK_ROWS;
    if (chunk == data.length) {
      data = Arrays.copyOf(data, 2 * chunk);
      orderRefs = Arrays.copyOf(orderRefs, 2 * chunk);
    }
    if (data[chunk] == null) {
      data[chunk] = new long[CHUNK_ROWS * WORDS + ALIGN];
    }
    return rows++;
  }

  /** Rebuilds the table with {@code slots} (a power of two) slots and the open groups only. */
  private void rehash(int slots) {
    long[] t = new long[SLOT * slots];
    tableBits = Integer.numberOfTrailingZeros(slots);
    int mask = slots - 1;
    int entries = 0;
    for (int g = 0; g < groups; g++) {
      if ((flags[g] & CLOSED) != 0) {
        continue;
      }
      int slot = home(keyHash[g]);
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
