package io.orderhub.reconcile.internal;

import io.orderhub.core.OrderHubException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a session's open orders (groups), in flat primitive arrays: one 64-byte cache line
 * of longs per row, in 2 MB chunks, with the key and the id as 16-byte prefixes (or references into
 * a {@link TextPool} when the prefix does not hold them). A day of millions of rows is thus a few
 * dozen arrays rather than millions of small objects, which is what made the garbage collector,
 * not the matching, the cost of a large run.
 *
 * <p>An arriving row is only appended, in arrival order, with its key's hash and prefix: nothing
 * about it is looked up, so rows are written as one sequential stream. Groups exist only while
 * {@link #handOut} runs. It splits the rows into ranges of keys of a few thousand rows each (by a
 * histogram of their keys' leading varying bits, so whatever the keys look like) and takes the
 * ranges in key order; it copies one range's rows out together, groups them by key in a small
 * hash table, picks the groups to hand out, sorts them by key, lays their rows out group by group
 * (a counting sort) and hands them to the classifier in a {@link Block}, all while they are in the
 * cache. Rows of one key are always in one range and ranges follow each other in key order, so
 * groups come out sorted by key without a sort of all the keys, and no row is fetched more than
 * once from the hundreds of megabytes a day takes: bills each sorted by their own time column,
 * which put an order's rows far apart, cost little more than bills in order-number order.
 *
 * <p>What stays open after a partial hand-out ({@link #dropHandedOut()}) is kept, and later rows
 * with a key handed out start a new group. Not thread-safe. Not API.
 */
final class GroupStore {
  static final byte PAYMENT = 0;
  static final byte SETTLEMENT = 1;
  static final byte SHIPMENT = 2;
  /** Rows per partition that {@link #handOut} aims at: with their groups, well inside a 2 MB L2 cache. */
  static final int PARTITION_ROWS = 1 << 13;
  /** Bits of the partition code (see {@link #handOut}): enough for a few hundred even partitions. */
  private static final int CODE_BITS = 16;
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
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;
  /**
   * Longs of an {@link #EXTRA} entry: the four amounts, the order number's and the key's pool
   * references (or -1), and for a key in the pool its chars 16 to 31 as a prefix (see {@link
   * #encodeTail}).
   */
  private static final int EXTRA_WORDS = 8;
  /** Partitions larger than this many rows (when many keys share 32 chars) are read in place, not copied. */
  private static final int LOCAL_ROWS = 1 << 16;
  /**
   * Rows per run of one partition in arrival order below which {@link #handOut} first sorts each
   * chunk by partition (bills each sorted by their own time column make runs of one row; bills in
   * order-number order, a few long runs per partition).
   */
  private static final int SCATTERED_RUN = 16;
  private static final long KIND = 0xFF;
  /** Head bit: words 3 and 4 hold the id itself, else word 3 holds its pool reference. */
  private static final long ID_INLINE = 1L << 8;
  /** Head bit: the key is longer than its prefix in words 1 and 2; its pool reference is in the extra entry. */
  private static final long KEY_IN_POOL = 1L << 9;
  /**
   * Head bit: an amount does not fit an int, the order number is not the key, or the key is in the
   * pool; word 5 is then the index of the row's entry in {@link #extra}, else words 5 and 6 hold
   * the amounts a, b and c, d as ints.
   */
  private static final long EXTRA = 1L << 10;
  /** Head bit: the row's group was handed out ({@link #dropHandedOut()} drops it). */
  private static final long HANDED_OUT = 1L << 11;
  private static final long LOW = 0xFFFF_FFFFL;
  private static final VarHandle BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final int partitionRows;
  private TextPool text = new TextPool(1 << 12); // most keys and ids are held by their prefixes, not here
  /**
   * The rows, {@link #WORDS} longs each, in chunks of {@link #CHUNK_ROWS} rows (no copying as the
   * rows grow, no single huge array): a head (kind, flags, and the key's hash in the upper 32
   * bits), the key as two prefix halves, the id likewise (or its pool reference), amounts a and b,
   * amounts c and d (see {@link #EXTRA}), epoch milliseconds.
   */
  private long[][] data = new long[16][];
  private int rows;
  /** {@link #EXTRA_WORDS} longs per entry. */
  private long[] extra = new long[EXTRA_WORDS * 16];
  private int extraCount;

  /**
   * The 32-byte key prefix (see {@link #encodeTail}) of the first row ever added, and every bit in
   * which a later row's differed from it: a bit set in neither is the same in every row held.
   */
  private final long[] first = new long[4];
  private final long[] vary = new long[4];
  private boolean anyRow;

  /** The prefix of the string last given to {@link #encode}. */
  private long high;
  private long low;
  private boolean compact;

  /**
   * The distinct keys of rows {@code 0..counted-1} for {@link #openCount()}: open addressing,
   * {@code hash << 32 | row + 1} of a row with the key, 0 = empty.
   */
  private long[] keys = new long[16];
  private int keyCount;
  private int counted;

  /** Groups of the partition being handed out, and its rows' groups: reused from partition to partition. */
  private int groups;
  private int[] rowGroup = new int[0];
  private long[] groupHigh = new long[0];
  private long[] groupLow = new long[0];
  /** The key's pool reference, -1 for a compact key (held by its prefix). */
  private long[] groupRef = new long[0];
  private int[] groupRows = new int[0];
  private long[] firstSale = new long[0];
  private long[] latest = new long[0];
  private int[] rank = new int[0];
  private int[] picked = new int[0];
  private int[] start = new int[0];
  private int[] perm = new int[0];
  /** The rows of the partition being handed out, copied; where they came from. */
  private long[] local = new long[0];
  private int @Nullable [] partOrder;
  private int partFrom;
  /** Whether the partition being handed out is read where it is rather than from {@link #local}. */
  private boolean inPlace;
  /** {@code hash << 32 | group + 1}, 0 = empty. */
  private long[] table = new long[0];

  /** An empty store whose hand-outs aim at {@link #PARTITION_ROWS} rows per partition. */
  GroupStore() {
    this(PARTITION_ROWS);
  }

  /** An empty store whose hand-outs aim at {@code partitionRows} rows per partition (tests use few). */
  GroupStore(int partitionRows) {
    this.partitionRows = Math.max(1, partitionRows);
  }

  /** Decides which groups {@link #handOut} hands out, from the times of their rows. */
  interface GroupFilter {
    /** Every group. */
    GroupFilter ALL = (firstSale, latest) -> true;

    /**
     * Whether to hand out a group whose earliest non-negative payment is at {@code firstSale}
     * ({@link Long#MAX_VALUE} without one) and whose latest row is at {@code latest}, epoch millis.
     */
    boolean test(long firstSale, long latest);
  }

  /** Receives each group handed out, in key order, as the {@code i}-th group of a {@link Block}. */
  interface GroupSink {
    void accept(Block block, int i);
  }

  /**
   * Appends a row of the group keyed {@code key}. For a payment a = amount, b = fee; a settlement
   * a..d = gross, commission, freight adjustment, net; a shipment a = amount.
   *
   * @param orderNoIsKey whether the row's order number equals the group key
   */
  void add(String key, byte rowKind, String id, String orderNo, boolean orderNoIsKey, long ra, long rb, long rc,
      long rd, long at) {
    long head = rowKind;
    encode(key);
    long k1 = high;
    long k2 = low;
    int h;
    long keyRef = -1;
    long k3 = 0;
    long k4 = 0;
    if (compact) {
      h = hash(k1, k2);
    } else {
      h = spread(key.hashCode());
      keyRef = text.add(key);
      head |= KEY_IN_POOL;
      encodeTail(key);
      k3 = high;
      k4 = low;
    }
    long i1;
    long i2 = 0;
    encode(id);
    if (compact) {
      head |= ID_INLINE;
      i1 = high;
      i2 = low;
    } else {
      i1 = text.add(id);
    }
    long ab;
    long cd = 0;
    if (keyRef == -1 && orderNoIsKey && (int) ra == ra && (int) rb == rb && (int) rc == rc && (int) rd == rd) {
      ab = (ra & LOW) | (rb << 32);
      cd = (rc & LOW) | (rd << 32);
    } else {
      head |= EXTRA;
      ab = extra(ra, rb, rc, rd, orderNoIsKey ? -1 : text.add(orderNo), keyRef, k3, k4);
    }
    int r = newRow();
    if (!anyRow) {
      anyRow = true;
      first[0] = k1;
      first[1] = k2;
      first[2] = k3;
      first[3] = k4;
    }
    vary[0] |= k1 ^ first[0];
    vary[1] |= k2 ^ first[1];
    vary[2] |= k3 ^ first[2];
    vary[3] |= k4 ^ first[3];
    long[] w = data[r / CHUNK_ROWS];
    int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
    w[o] = head | ((long) h << 32);
    w[o + 1] = k1;
    w[o + 2] = k2;
    w[o + 3] = i1;
    w[o + 4] = i2;
    w[o + 5] = ab;
    w[o + 6] = cd;
    w[o + 7] = at;
  }

  private int extra(long a, long b, long c, long d, long orderRef, long keyRef, long tailHigh, long tailLow) {
    int i = extraCount * EXTRA_WORDS;
    if (i + EXTRA_WORDS > extra.length) {
      extra = Arrays.copyOf(extra, 2 * extra.length);
    }
    extra[i] = a;
    extra[i + 1] = b;
    extra[i + 2] = c;
    extra[i + 3] = d;
    extra[i + 4] = orderRef;
    extra[i + 5] = keyRef;
    extra[i + 6] = tailHigh;
    extra[i + 7] = tailLow;
    return extraCount++;
  }

  private int newRow() {
    if (rows == MAX_ROWS) {
      throw new OrderHubException("too many rows for one reconciliation session (" + rows
          + "); split the day with ReconcilerConfig partitions");
    }
    int chunk = rows / CHUNK_ROWS;
    if (chunk == data.length) {
      data = Arrays.copyOf(data, 2 * chunk);
    }
    if (data[chunk] == null) {
      data[chunk] = new long[CHUNK_ROWS * WORDS + ALIGN];
    }
    return rows++;
  }

  /** Rows held. */
  int rowCount() {
    return rows;
  }

  /** The number of distinct keys among the rows held: the open orders. */
  int openCount() {
    for (int r = counted; r < rows; r++) {
      long[] w = data[r / CHUNK_ROWS];
      int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
      int h = (int) (w[o] >>> 32);
      int mask = keys.length - 1;
      int slot = h & mask;
      boolean found = false;
      for (long e = keys[slot]; e != 0; e = keys[slot = (slot + 1) & mask]) {
        if ((int) (e >>> 32) == h && sameKey(w, o, (int) e - 1)) {
          found = true;
          break;
        }
      }
      if (!found) {
        keys[slot] = ((long) h << 32) | (r + 1);
        if (2 * ++keyCount > keys.length) {
          long[] old = keys;
          keys = new long[2 * old.length];
          for (long e : old) {
            if (e != 0) {
              int s = (int) (e >>> 32) & (keys.length - 1);
              while (keys[s] != 0) {
                s = (s + 1) & (keys.length - 1);
              }
              keys[s] = e;
            }
          }
        }
      }
    }
    counted = rows;
    return keyCount;
  }

  /** Whether the row at {@code w[o]} has the key of row {@code r} (their hashes being equal). */
  private boolean sameKey(long[] w, int o, int r) {
    long[] v = data[r / CHUNK_ROWS];
    int q = (r % CHUNK_ROWS) * WORDS + ALIGN;
    if (w[o + 1] != v[q + 1] || w[o + 2] != v[q + 2] || ((w[o] ^ v[q]) & KEY_IN_POOL) != 0) {
      return false;
    }
    return (w[o] & KEY_IN_POOL) == 0 || text.compare(keyRef(w, o), keyRef(v, q)) == 0;
  }

  private long keyRef(long[] w, int o) {
    return extra[(int) w[o + 5] * EXTRA_WORDS + 5];
  }

  /**
   * Hands out the groups {@code filter} picks, in key order, to {@code sink}, partition by
   * partition; a group's rows are in the block in the order they arrived. The sink calls {@link
   * Block#close} for each group it takes, which marks its rows for {@link #dropHandedOut()}
   * (unless {@code filter} is {@link GroupFilter#ALL}: the store is then done with).
   *
   * <p>The partitions are ranges of keys. A row's partition code is the first {@value #CODE_BITS}
   * bits (from at most four bytes) of its key's 32-byte prefix that are not the same in every row,
   * in their order: as the bits left out are equal in all rows, codes order the keys as the
   * prefixes do, and so as the keys do, and equal keys have equal codes. A histogram of the codes
   * then cuts them into runs of about {@link #PARTITION_ROWS} rows.
   *
   * @return how many groups were handed out
   */
  long handOut(GroupFilter filter, Block block, GroupSink sink) {
    return handOut(plan(), filter, block, sink);
  }

  private long handOut(Plan plan, GroupFilter filter, Block block, GroupSink sink) {
    long handed = 0;
    for (int p = 0; p < plan.parts; p++) {
      int n = fill(plan.order, plan.from[p], plan.from[p + 1], filter, block);
      for (int i = 0; i < n; i++) {
        sink.accept(block, i);
      }
      handed += n;
    }
    return handed;
  }

  /**
   * {@link #handOut} of every group, with the work of each partition up to its {@link Block}
   * (copying, grouping, sorting) done by a task on {@code executor}, one or two partitions ahead of
   * the calling thread, which hands the blocks to {@code sink} in order. The store is done with
   * afterwards. When the sink throws, the task stops at its next partition and the exception
   * propagates; when the task fails, its exception propagates from here. When {@code executor}
   * refuses the task or runs it on the calling thread (a direct executor), everything runs on the
   * calling thread with {@code block}.
   */
  long handOutAll(Executor executor, Block block, GroupSink sink) {
    Plan plan = plan();
    BlockingQueue<Block> free = new ArrayBlockingQueue<>(3);
    BlockingQueue<Object> full = new ArrayBlockingQueue<>(4);
    free.add(new Block());
    free.add(new Block());
    AtomicBoolean stop = new AtomicBoolean();
    Thread caller = Thread.currentThread();
    AtomicBoolean inline = new AtomicBoolean();
    Runnable prepare = () -> {
      if (Thread.currentThread() == caller) { // a direct executor: working ahead here would wait forever
        inline.set(true);
        return;
      }
      try {
        for (int p = 0; p < plan.parts; p++) {
          Block b = free.take();
          if (stop.get()) {
            return;
          }
          fill(plan.order, plan.from[p], plan.from[p + 1], GroupFilter.ALL, b);
          full.put(b);
        }
        full.put(DONE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        full.offer(e);
      } catch (RuntimeException | Error e) {
        full.offer(e);
      }
    };
    try {
      executor.execute(prepare);
    } catch (RejectedExecutionException e) {
      inline.set(true);
    }
    if (inline.get()) {
      return handOut(plan, GroupFilter.ALL, block, sink);
    }
    long handed = 0;
    boolean done = false;
    try {
      while (true) {
        Object o = full.take();
        if (o == DONE) {
          done = true;
          return handed;
        }
        if (o instanceof RuntimeException e) {
          throw e;
        }
        if (o instanceof Error e) {
          throw e;
        }
        if (o instanceof InterruptedException e) {
          throw new OrderHubException("the task preparing the reconciliation's orders was interrupted", e);
        }
        Block b = (Block) o;
        for (int i = 0, n = b.size(); i < n; i++) {
          sink.accept(b, i);
        }
        handed += b.size();
        free.put(b);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrderHubException("interrupted while handing out the reconciliation's orders", e);
    } finally {
      if (!done) {
        stop.set(true);
        free.offer(new Block()); // wakes the task if it waits for a block
      }
    }
  }

  private static final Object DONE = new Object();

  /** How {@link #handOut} splits the rows: partition {@code p} is {@code order[from[p]..from[p + 1])}, or rows {@code from[p]..} when {@code order} is null. */
  private record Plan(int @Nullable [] order, int[] from, int parts) {}

  /** Cuts the rows into ranges of keys, in key order (see {@link #handOut}). */
  private Plan plan() {
    int n = rows;
    if (n <= partitionRows) {
      return new Plan(null, new int[] {0, n}, 1);
    }
    Code code = new Code(vary);
    int[] codeOf = new int[n];
    int[] perCode = new int[(1 << code.bits) + 1];
    for (int r = 0; r < n; r++) {
      long[] w = data[r / CHUNK_ROWS];
      int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
      int c;
      if ((w[o] & KEY_IN_POOL) == 0) {
        c = code.of(w[o + 1], w[o + 2], 0, 0);
      } else {
        int x = (int) w[o + 5] * EXTRA_WORDS;
        c = code.of(w[o + 1], w[o + 2], extra[x + 6], extra[x + 7]);
      }
      codeOf[r] = c;
      perCode[c]++;
    }
    // cut the codes into partitions of about partitionRows rows; rows partition by partition, in arrival order
    int[] from = new int[perCode.length + 1];
    int parts = 0;
    int filled = 0;
    for (int c = 0; c < perCode.length; c++) {
      int k = perCode[c];
      perCode[c] = parts; // now the code's partition
      filled += k;
      if (filled >= partitionRows) {
        from[++parts] = filled;
        filled = 0;
      }
    }
    if (filled > 0) {
      from[++parts] = filled;
    }
    for (int p = 0; p < parts; p++) {
      from[p + 1] += from[p];
    }
    int runs = 1;
    for (int r = 1; r < n; r++) {
      if (perCode[codeOf[r]] != perCode[codeOf[r - 1]]) {
        runs++;
      }
    }
    if (runs > n / SCATTERED_RUN) {
      sortChunks(codeOf, perCode, parts);
    }
    int[] order = new int[n];
    int[] next = Arrays.copyOf(from, parts);
    for (int r = 0; r < n; r++) {
      order[next[perCode[codeOf[r]]]++] = r;
    }
    return new Plan(order, from, parts);
  }

  /**
   * Orders each chunk's rows by partition, keeping their order within a partition (a counting sort
   * per chunk, while it is in the cache), and {@code codeOf} with them. Rows of bills each sorted
   * by their own time column arrive with their partitions all mixed; a partition's rows then form
   * one run per chunk, which {@link #handOut} reads from one end to the other, instead of rows
   * all over the chunks, each a cache and TLB miss.
   */
  private void sortChunks(int[] codeOf, int[] partitionOf, int parts) {
    int n = rows;
    long[] spare = new long[CHUNK_ROWS * WORDS + ALIGN];
    int[] codesIn = new int[CHUNK_ROWS];
    int[] at = new int[parts + 1];
    for (int c = 0; c * CHUNK_ROWS < n; c++) {
      int first = c * CHUNK_ROWS;
      int m = Math.min(CHUNK_ROWS, n - first);
      Arrays.fill(at, 0);
      for (int i = 0; i < m; i++) {
        at[partitionOf[codeOf[first + i]] + 1]++;
      }
      for (int p = 0; p < parts; p++) {
        at[p + 1] += at[p];
      }
      System.arraycopy(codeOf, first, codesIn, 0, m);
      long[] w = data[c];
      for (int i = 0; i < m; i++) {
        int code = codesIn[i];
        int d = at[partitionOf[code]]++;
        int o = i * WORDS + ALIGN;
        int q = d * WORDS + ALIGN;
        spare[q] = w[o];
        spare[q + 1] = w[o + 1];
        spare[q + 2] = w[o + 2];
        spare[q + 3] = w[o + 3];
        spare[q + 4] = w[o + 4];
        spare[q + 5] = w[o + 5];
        spare[q + 6] = w[o + 6];
        spare[q + 7] = w[o + 7];
        codeOf[first + d] = code;
      }
      data[c] = spare;
      spare = w;
    }
  }

  /**
   * The partition code of a key prefix (see {@link #handOut}): for each of the first (at most four)
   * bytes of the prefix with bits that vary, a table from the byte to those bits, packed.
   */
  private static final class Code {
    // one field per byte (not arrays), so that the loop computing codes keeps them in registers
    private final int word0;
    private final int word1;
    private final int word2;
    private final int word3;
    private final int shift0;
    private final int shift1;
    private final int shift2;
    private final int shift3;
    private final int width1;
    private final int width2;
    private final int width3;
    private final int[] table0;
    private final int[] table1;
    private final int[] table2;
    private final int[] table3;
    private final int shift;
    final int bits;

    /** The code of the prefixes whose varying bits are {@code vary} (four longs, big-endian). */
    Code(long[] vary) {
      int[] words = new int[4];
      int[] shifts = new int[4];
      int[] widths = new int[4];
      int[][] tables = {new int[256], new int[256], new int[256], new int[256]}; // unused: a byte that adds nothing
      int n = 0;
      int total = 0;
      for (int j = 0; j < 32 && n < 4 && total < CODE_BITS; j++) {
        int mask = (int) ((vary[j >>> 3] >>> (56 - 8 * (j & 7))) & 0xFF);
        if (mask == 0) {
          continue;
        }
        for (int v = 0; v < 256; v++) {
          int packed = 0;
          for (int bit = 7; bit >= 0; bit--) {
            if ((mask & (1 << bit)) != 0) {
              packed = (packed << 1) | ((v >>> bit) & 1);
            }
          }
          tables[n][v] = packed;
        }
        words[n] = j >>> 3;
        shifts[n] = 56 - 8 * (j & 7);
        widths[n] = Integer.bitCount(mask);
        total += widths[n];
        n++;
      }
      word0 = words[0];
      word1 = words[1];
      word2 = words[2];
      word3 = words[3];
      shift0 = shifts[0];
      shift1 = shifts[1];
      shift2 = shifts[2];
      shift3 = shifts[3];
      width1 = widths[1];
      width2 = widths[2];
      width3 = widths[3];
      table0 = tables[0];
      table1 = tables[1];
      table2 = tables[2];
      table3 = tables[3];
      shift = Math.max(0, total - CODE_BITS);
      bits = total - shift;
    }

    /** The code of the 32-byte prefix {@code p0..p3}. */
    int of(long p0, long p1, long p2, long p3) {
      int c = table0[(int) (word(word0, p0, p1, p2, p3) >>> shift0) & 0xFF];
      c = (c << width1) | table1[(int) (word(word1, p0, p1, p2, p3) >>> shift1) & 0xFF];
      c = (c << width2) | table2[(int) (word(word2, p0, p1, p2, p3) >>> shift2) & 0xFF];
      c = (c << width3) | table3[(int) (word(word3, p0, p1, p2, p3) >>> shift3) & 0xFF];
      return c >>> shift;
    }

    private static long word(int i, long p0, long p1, long p2, long p3) {
      return i == 0 ? p0 : i == 1 ? p1 : i == 2 ? p2 : p3;
    }
  }

  /**
   * Hands out the groups of rows {@code order[from..to)} ({@code from..to} when {@code order} is
   * null): copies the rows to {@link #local} (a loop of independent loads, which keeps many cache
   * misses in flight, where the grouping loop, whose probes depend on what it loads, would wait for
   * them one by one), groups them in a hash table, picks, sorts and lays out into {@code block},
   * returning how many groups it holds. A
   * partition of more than {@link #LOCAL_ROWS} rows is read where it is instead, so that memory
   * stays bounded when many keys share their first 32 chars.
   */
  private int fill(int @Nullable [] order, int from, int to, GroupFilter filter, Block block) {
    int m = to - from;
    if (m == 0) {
      block.clear();
      return 0;
    }
    partOrder = order;
    partFrom = from;
    inPlace = m > LOCAL_ROWS;
    if (rowGroup.length < m) {
      rowGroup = new int[Math.max(m, Math.min(2 * rowGroup.length, MAX_ROWS))];
      perm = new int[rowGroup.length];
    }
    if (!inPlace) {
      if (local.length < WORDS * m) {
        local = new long[WORDS * Math.max(m, Math.min(2 * local.length / WORDS, LOCAL_ROWS))];
      }
      long[] rowsIn = local;
      for (int i = 0, q = 0; i < m; i++, q += WORDS) {
        int r = order == null ? from + i : order[from + i];
        long[] w = data[r / CHUNK_ROWS];
        int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
        rowsIn[q] = w[o];
        rowsIn[q + 1] = w[o + 1];
        rowsIn[q + 2] = w[o + 2];
        rowsIn[q + 3] = w[o + 3];
        rowsIn[q + 4] = w[o + 4];
        rowsIn[q + 5] = w[o + 5];
        rowsIn[q + 6] = w[o + 6];
        rowsIn[q + 7] = w[o + 7];
      }
    }
    boolean all = filter == GroupFilter.ALL;
    // at least twice the groups there can be, up to a point; then grown as groups come
    int slots = Integer.highestOneBit(Math.max(8, Math.min(m, LOCAL_ROWS)) * 2 - 1) << 1;
    if (table.length < slots) {
      table = new long[slots];
    }
    long[] t = table;
    Arrays.fill(t, 0, slots, 0);
    int mask = slots - 1;
    int shift = 32 - Integer.numberOfTrailingZeros(slots);
    groups = 0;
    for (int i = 0; i < m; i++) {
      long[] w = rowWords(i);
      int q = rowAt(i);
      long head = w[q];
      int h = (int) (head >>> 32);
      long hi = w[q + 1];
      long lo = w[q + 2];
      long ref = (head & KEY_IN_POOL) != 0 ? extra[(int) w[q + 5] * EXTRA_WORDS + 5] : -1;
      int g = -1;
      int slot = (h >>> shift) & mask;
      for (long e = t[slot]; e != 0; e = t[slot = (slot + 1) & mask]) {
        if ((int) (e >>> 32) == h) {
          int c = (int) e - 1;
          if (groupHigh[c] == hi && groupLow[c] == lo
              && (ref == -1 ? groupRef[c] == -1 : groupRef[c] != -1 && text.compare(groupRef[c], ref) == 0)) {
            g = c;
            break;
          }
        }
      }
      if (g < 0) {
        g = groups++;
        if (g == groupHigh.length) {
          growGroups();
        }
        groupHigh[g] = hi;
        groupLow[g] = lo;
        groupRef[g] = ref;
        groupRows[g] = 0;
        firstSale[g] = Long.MAX_VALUE;
        latest[g] = Long.MIN_VALUE;
        t[slot] = ((long) h << 32) | (g + 1);
        if (2 * groups > slots) {
          t = rehash(slots *= 2);
          mask = slots - 1;
          shift--;
        }
      }
      rowGroup[i] = g;
      groupRows[g]++;
      if (!all) {
        long millis = w[q + 7];
        long a = (head & EXTRA) != 0 ? extra[(int) w[q + 5] * EXTRA_WORDS] : (int) w[q + 5];
        if ((head & KIND) == PAYMENT && a >= 0) {
          firstSale[g] = Math.min(firstSale[g], millis);
        }
        latest[g] = Math.max(latest[g], millis);
      }
    }
    int n = 0;
    int[] pick = picked;
    for (int g = 0; g < groups; g++) {
      if (all || filter.test(firstSale[g], latest[g])) {
        pick[n++] = g;
      }
    }
    if (n == 0) {
      block.clear();
      return 0;
    }
    Prefixes prefixes = sortByKey(pick, n);
    // the picked groups' rows, group after group in key order, each group's in arrival order
    Arrays.fill(rank, 0, groups, 0);
    int[] at = start;
    at[0] = 0;
    for (int k = 0; k < n; k++) {
      rank[pick[k]] = k + 1;
      at[k + 1] = at[k] + groupRows[pick[k]];
    }
    int[] next = groupRows; // reused: the next free place of each picked group, from its start
    for (int k = 0; k < n; k++) {
      next[pick[k]] = at[k];
    }
    int[] rowsOut = perm;
    for (int i = 0; i < m; i++) {
      int g = rowGroup[i];
      if (rank[g] > 0) {
        rowsOut[next[g]++] = i;
      }
    }
    block.fill(this, pick, prefixes, rowsOut, at, n, !all);
    return n;
  }

  /** The words of row {@code i} of the partition being handed out (copied, or in place): see {@link #rowAt}. */
  private long[] rowWords(int i) {
    return inPlace ? data[row(i) / CHUNK_ROWS] : local;
  }

  /** Where row {@code i} of the partition being handed out starts in {@link #rowWords}. */
  private int rowAt(int i) {
    return inPlace ? (row(i) % CHUNK_ROWS) * WORDS + ALIGN : i * WORDS;
  }

  /** The store's row number of row {@code i} of the partition being handed out. */
  private int row(int i) {
    int @Nullable [] order = partOrder;
    return order == null ? partFrom + i : order[partFrom + i];
  }

  /** Marks row {@code i} of the partition being handed out as handed out. */
  private void handedOut(int i) {
    int r = row(i);
    data[r / CHUNK_ROWS][(r % CHUNK_ROWS) * WORDS + ALIGN] |= HANDED_OUT;
  }

  private void growGroups() {
    int n = (int) Math.min(MAX_ROWS, Math.max(1024, 2L * groupHigh.length));
    groupHigh = Arrays.copyOf(groupHigh, n);
    groupLow = Arrays.copyOf(groupLow, n);
    groupRef = Arrays.copyOf(groupRef, n);
    groupRows = Arrays.copyOf(groupRows, n);
    firstSale = Arrays.copyOf(firstSale, n);
    latest = Arrays.copyOf(latest, n);
    rank = new int[n];
    picked = new int[n];
    start = new int[n + 1];
  }

  /** {@link #table} with {@code slots} slots and the entries of the groups so far. */
  private long[] rehash(int slots) {
    long[] old = table;
    long[] t = new long[slots];
    int mask = slots - 1;
    int shift = 32 - Integer.numberOfTrailingZeros(slots);
    for (int i = 0; i < slots / 2; i++) {
      long e = old[i];
      if (e != 0) {
        int slot = ((int) (e >>> 32) >>> shift) & mask;
        while (t[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        t[slot] = e;
      }
    }
    table = t;
    return t;
  }

  /**
   * Drops the rows of the groups handed out (keeping the others in their order), and the texts and
   * extra entries only they used once those are most of what is held.
   */
  void dropHandedOut() {
    int kept = 0;
    long liveText = 0;
    int liveExtra = 0;
    for (int r = 0; r < rows; r++) {
      long[] w = data[r / CHUNK_ROWS];
      int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
      long head = w[o];
      if ((head & HANDED_OUT) != 0) {
        continue;
      }
      if (kept != r) {
        System.arraycopy(w, o, data[kept / CHUNK_ROWS], (kept % CHUNK_ROWS) * WORDS + ALIGN, WORDS);
      }
      kept++;
      if ((head & ID_INLINE) == 0) {
        liveText += TextPool.bytes(w[o + 3]);
      }
      if ((head & EXTRA) != 0) {
        liveExtra++;
        int x = (int) w[o + 5] * EXTRA_WORDS;
        liveText += (extra[x + 4] == -1 ? 0 : TextPool.bytes(extra[x + 4]))
            + (extra[x + 5] == -1 ? 0 : TextPool.bytes(extra[x + 5]));
      }
    }
    for (int c = kept == 0 ? 0 : (kept - 1) / CHUNK_ROWS + 1; c < data.length && data[c] != null; c++) {
      data[c] = null;
    }
    rows = kept;
    if (text.size() > (1 << 16) + 4 * liveText || extraCount > 1024 + 4 * liveExtra) {
      copyTexts();
    }
    Arrays.fill(keys, 0);
    keyCount = 0;
    counted = 0;
  }

  /** Moves the texts and extra entries the rows use to a new pool and table, leaving the rest behind. */
  private void copyTexts() {
    TextPool from = text;
    long[] fromExtra = extra;
    text = new TextPool(1 << 12);
    extra = new long[EXTRA_WORDS * 16];
    extraCount = 0;
    for (int r = 0; r < rows; r++) {
      long[] w = data[r / CHUNK_ROWS];
      int o = (r % CHUNK_ROWS) * WORDS + ALIGN;
      long head = w[o];
      if ((head & ID_INLINE) == 0) {
        w[o + 3] = text.copy(from, w[o + 3]);
      }
      if ((head & EXTRA) != 0) {
        int x = (int) w[o + 5] * EXTRA_WORDS;
        long order = fromExtra[x + 4];
        long key = fromExtra[x + 5];
        w[o + 5] = extra(fromExtra[x], fromExtra[x + 1], fromExtra[x + 2], fromExtra[x + 3],
            order == -1 ? -1 : text.copy(from, order), key == -1 ? -1 : text.copy(from, key), fromExtra[x + 6],
            fromExtra[x + 7]);
      }
    }
  }

  private static int compareUnsigned(long xHigh, long xLow, long yHigh, long yLow) {
    return xHigh != yHigh ? Long.compareUnsigned(xHigh, yHigh) : Long.compareUnsigned(xLow, yLow);
  }

  /** Group {@code g}'s key (of the partition being handed out) as a new string. */
  private String key(int g) {
    return groupRef[g] == -1 ? decode(groupHigh[g], groupLow[g], new byte[16]) : text.get(groupRef[g]);
  }

  /**
   * Sorts groups {@code g[0..n)} of the partition being handed out by key, as {@link String#compareTo} orders the keys: a check for keys
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
      hi[i] = groupHigh[g[i]];
      lo[i] = groupLow[g[i]];
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
    int byPrefix = compareUnsigned(groupHigh[x], groupLow[x], groupHigh[y], groupLow[y]);
    if (byPrefix != 0 || (groupRef[x] == -1 && groupRef[y] == -1)) {
      return byPrefix;
    }
    if (groupRef[x] != -1 && groupRef[y] != -1) {
      return text.compare(groupRef[x], groupRef[y]);
    }
    return key(x).compareTo(key(y)); // a compact key is only in its prefix: rare, as it must share it with a longer key
  }

  /**
   * Sets {@link #high}, {@link #low} and {@link #compact} for {@code s}: its first 16 chars as
   * unsigned bytes, big-endian, padded with 0. From the first char past Latin-1 on, every byte is
   * 0xFF. Comparing two prefixes as unsigned numbers then never contradicts {@link
   * String#compareTo}: a smaller prefix means a smaller string, and only equal prefixes need the
   * strings themselves. A compact string (at most 16 chars, all Latin-1, none of them NUL) is fully
   * given by its prefix.
   */
  private void encode(String s) {
    int n = s.length();
    long hi = 0;
    long lo = 0;
    boolean exact = n <= 16;
    boolean saturated = false;
    for (int i = 0; i < 16; i++) {
      int v;
      if (saturated) {
        v = 0xFF;
      } else if (i < n) {
        char ch = s.charAt(i);
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
   * Sets {@link #high} and {@link #low} to the bytes that would follow {@code s}'s prefix (see {@link
   * #encode}) in a 32-byte one: chars 16 to 31 by the same rules, all 0xFF once a char before them
   * is past Latin-1. The 32-byte prefix orders strings as the 16-byte one does, telling apart more
   * of the keys that share 16 chars.
   */
  private void encodeTail(String s) {
    int n = s.length();
    boolean saturated = false;
    for (int i = 0; i < Math.min(n, 16); i++) {
      saturated |= s.charAt(i) > 0xFF;
    }
    long hi = 0;
    long lo = 0;
    for (int i = 16; i < 32; i++) {
      int v;
      if (saturated) {
        v = 0xFF;
      } else if (i < n) {
        char ch = s.charAt(i);
        saturated = ch > 0xFF;
        v = saturated ? 0xFF : ch;
      } else {
        v = 0;
      }
      if (i < 24) {
        hi = (hi << 8) | v;
      } else {
        lo = (lo << 8) | v;
      }
    }
    high = hi;
    low = lo;
  }

  /**
   * The compact string whose prefix is {@code hi}, {@code lo} (see {@link #encode}): its length is
   * where the zero padding starts, as no char of it is NUL. {@code bytes} (16 of them) is scratch.
   */
  private static String decode(long hi, long lo, byte[] bytes) {
    BIG_ENDIAN.set(bytes, 0, hi);
    BIG_ENDIAN.set(bytes, 8, lo);
    int n = lo != 0 ? 16 - (Long.numberOfTrailingZeros(lo) >>> 3) : hi != 0 ? 8 - (Long.numberOfTrailingZeros(hi) >>> 3) : 0;
    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
  }

  /** The hash of a compact key, from its prefix: a 64-bit mix (MurmurHash3's finaliser) folded to 32 bits. */
  private static int hash(long hi, long lo) {
    long x = hi * 0x9E37_79B9_7F4A_7C15L + lo;
    x = (x ^ (x >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
    x = (x ^ (x >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
    x ^= x >>> 33;
    return (int) (x ^ (x >>> 32));
  }

  /** Spreads String hashes, whose low bits are close for keys that differ in their last digits. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * The groups of a partition being handed out, with copies of their rows, group after group: what
   * {@link Classifier} reads. The copies are made while the rows are still in the cache from
   * grouping them; ids, order numbers and keys become strings only when asked for. Reused from
   * partition to partition.
   */
  static final class Block {
    private GroupStore store = new GroupStore();
    private final byte[] scratch = new byte[16];
    /** Each group's key's pool reference, -1 when its prefix holds it. */
    private long[] keyRef = new long[0];
    private Prefixes prefixes = new Prefixes(new long[0], new long[0]);
    private int size;
    private int[] from = new int[1];
    private byte[] kind = new byte[0];
    private boolean[] idInline = new boolean[0];
    private long[] a = new long[0];
    private long[] b = new long[0];
    private long[] c = new long[0];
    private long[] d = new long[0];
    private long[] millis = new long[0];
    /** The id's prefix halves, or its pool reference and 0. */
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    /** The order number's pool reference, -1 when it is the key. */
    private long[] orderRef = new long[0];
    /** Where the rows came from, for {@link #close}. */
    private int[] rows = new int[0];
    private boolean marks;

    /**
     * Copies groups {@code picked[0..n)} of the partition being handed out, and their rows, {@code
     * rows[start[k]..start[k + 1])} of {@link GroupStore#local} for the {@code k}-th; {@code prefixes} are the picked groups'
     * from {@link #sortByKey}. With {@code marks}, {@link #close} marks rows handed out.
     */
    void fill(GroupStore s, int[] picked, Prefixes prefixes, int[] rows, int[] start, int n, boolean marks) {
      int count = start[n];
      ensure(count, n);
      this.store = s;
      for (int k = 0; k < n; k++) {
        keyRef[k] = s.groupRef[picked[k]];
      }
      this.prefixes = prefixes;
      this.rows = rows;
      this.marks = marks;
      this.size = n;
      System.arraycopy(start, 0, from, 0, n + 1);
      long[] extra = s.extra;
      for (int i = 0; i < count; i++) {
        long[] w = s.rowWords(rows[i]);
        int o = s.rowAt(rows[i]);
        long head = w[o];
        kind[i] = (byte) (head & KIND);
        idInline[i] = (head & ID_INLINE) != 0;
        idHigh[i] = w[o + 3];
        idLow[i] = w[o + 4];
        if ((head & EXTRA) == 0) {
          long ab = w[o + 5];
          long cd = w[o + 6];
          a[i] = (int) ab;
          b[i] = ab >> 32;
          c[i] = (int) cd;
          d[i] = cd >> 32;
          orderRef[i] = -1;
        } else {
          int x = (int) w[o + 5] * EXTRA_WORDS;
          a[i] = extra[x];
          b[i] = extra[x + 1];
          c[i] = extra[x + 2];
          d[i] = extra[x + 3];
          orderRef[i] = extra[x + 4];
        }
        millis[i] = w[o + 7];
      }
    }

    private void ensure(int count, int groups) {
      if (count > a.length) {
        int n = Math.max(count, Math.min(2 * a.length, MAX_ROWS));
        kind = new byte[n];
        idInline = new boolean[n];
        a = new long[n];
        b = new long[n];
        c = new long[n];
        d = new long[n];
        millis = new long[n];
        idHigh = new long[n];
        idLow = new long[n];
        orderRef = new long[n];
      }
      if (groups + 1 > from.length) {
        from = new int[Math.max(groups + 1, Math.min(2 * from.length, MAX_ROWS))];
        keyRef = new long[from.length];
      }
    }

    /** Holds no group. */
    void clear() {
      size = 0;
    }

    /** Marks group {@code i}'s rows as handed out: {@link GroupStore#dropHandedOut()} drops them. */
    void close(int i) {
      if (marks) {
        for (int j = from[i]; j < from[i + 1]; j++) {
          store.handedOut(rows[j]);
        }
      }
    }

    /** Groups held. */
    int size() {
      return size;
    }

    /** Group {@code i}'s key, as a new string. */
    String key(int i) {
      long ref = keyRef[i];
      return ref == -1 ? decode(prefixes.high()[i], prefixes.low()[i], scratch) : store.text.get(ref);
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

    /** The row's id, as a new string. */
    String id(int r) {
      return idInline[r] ? decode(idHigh[r], idLow[r], scratch) : store.text.get(idHigh[r]);
    }

    /** The row's order number, as a new string, or null when it is the group key. */
    @Nullable String order(int r) {
      return orderRef[r] == -1 ? null : store.text.get(orderRef[r]);
    }
  }
}
