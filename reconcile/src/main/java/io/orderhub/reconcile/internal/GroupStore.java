package io.orderhub.reconcile.internal;

import io.orderhub.core.OrderHubException;
import java.util.Arrays;

/**
 * The open orders (groups) of a session and their rows, in flat primitive arrays: per row its kind,
 * amounts in minor units, epoch milliseconds, the references of its id and order number in a
 * {@link TextPool} and the index of the group's next row; per group its key, the key's hash and its
 * first row; an open-addressing table from key to group. A day of millions of rows is thus a few
 * dozen arrays rather than millions of small objects, which is what made the garbage collector,
 * not the matching, the cost of a large run. Groups are numbered in the order their keys first
 * appear. Not thread-safe. Not API.
 */
final class GroupStore {
  static final byte PAYMENT = 0;
  static final byte SETTLEMENT = 1;
  static final byte SHIPMENT = 2;
  /** The {@link #next} of a group's last row. */
  static final int END = -1;
  /** The {@link #orderRef} of a row whose order number is the group key itself. */
  static final long SAME_AS_KEY = -1;
  private static final int CLOSED = -2;
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

  private final TextPool text;
  private long[] keyRef;
  private int[] keyHash;
  private int[] head;
  private int groups;
  private int open;
  /** Slot to group index + 1; 0 = empty. Closed groups stay until the next rehash and never match. */
  private int[] table;
  private int tableEntries;
  /** The group {@link #group} returned last, or -1. */
  private int lastGroup = -1;

  private byte[] kind;
  private int[] next;
  private long[] idRef;
  private long[] orderRef;
  private long[] a;
  private long[] b;
  private long[] c;
  private long[] d;
  private long[] millis;
  private int rows;

  GroupStore(int groupCapacity, int rowCapacity) {
    int g = Math.max(16, groupCapacity);
    int r = Math.max(16, rowCapacity);
    text = new TextPool(16 * (g + r));
    keyRef = new long[g];
    keyHash = new int[g];
    head = new int[g];
    table = new int[tableSize(g)];
    kind = new byte[r];
    next = new int[r];
    idRef = new long[r];
    orderRef = new long[r];
    a = new long[r];
    b = new long[r];
    c = new long[r];
    d = new long[r];
    millis = new long[r];
  }

  /**
   * The open group of {@code key}, created when there is none. Before hashing it tries the group of
   * the previous call and the one created after it: rows of one order usually come together (a
   * settlement has a row per fee type) and bills of one day often list orders in the same order,
   * and either guess saves a probe of a table too big for the cache (one miss per row was the
   * largest single cost of a run of millions of rows). A wrong guess costs two string compares.
   */
  int group(String key) {
    int last = lastGroup;
    if (last >= 0) {
      if (isOpenWithKey(last, key)) {
        return last;
      }
      if (last + 1 < groups && isOpenWithKey(last + 1, key)) {
        lastGroup = last + 1;
        return last + 1;
      }
    }
    int g = lookUp(key);
    lastGroup = g;
    return g;
  }

  private boolean isOpenWithKey(int g, String key) {
    return head[g] != CLOSED && text.equalsAt(keyRef[g], key);
  }

  private int lookUp(String key) {
    int h = key.hashCode();
    int mask = table.length - 1;
    int slot = spread(h) & mask;
    for (int e = table[slot]; e != 0; e = table[slot]) {
      int g = e - 1;
      if (keyHash[g] == h && head[g] != CLOSED && text.equalsAt(keyRef[g], key)) {
        return g;
      }
      slot = (slot + 1) & mask;
    }
    int g = newGroup(h, text.add(key));
    table[slot] = g + 1;
    if (++tableEntries > table.length / 2) {
      rehash(table.length * 2);
    }
    return g;
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
    kind[r] = rowKind;
    idRef[r] = text.add(id);
    orderRef[r] = orderNoIsKey ? SAME_AS_KEY : text.add(orderNo);
    a[r] = ra;
    b[r] = rb;
    c[r] = rc;
    d[r] = rd;
    millis[r] = at;
    next[r] = head[g];
    head[g] = r;
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
    return head[g] != CLOSED;
  }

  /** Closes {@code g}: its key no longer finds it, a later row with that key starts a new group. */
  void close(int g) {
    if (head[g] != CLOSED) {
      head[g] = CLOSED;
      open--;
    }
  }

  /** The group key as a new string. */
  String key(int g) {
    return text.get(keyRef[g]);
  }

  /** The first row of an open group ({@link #next} leads to the others, then {@link #END}). */
  int head(int g) {
    return head[g];
  }

  int next(int r) {
    return next[r];
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

  /** The row's id as a new string. */
  String id(int r) {
    return text.get(idRef[r]);
  }

  /** {@link #SAME_AS_KEY}, or the reference of the row's own order number for {@link #text}. */
  long orderRef(int r) {
    return orderRef[r];
  }

  /** A stored string as a new string. */
  String text(long ref) {
    return text.get(ref);
  }

  /**
   * Sorts {@code g[0..n)} by key, as {@link String#compareTo} orders the keys. A merge sort that
   * skips merging halves already in order, so keys that arrive sorted (files sorted by order
   * number) cost one comparison per group.
   */
  void sortByKey(int[] g, int n) {
    int i = 1;
    while (i < n && compareKeys(g[i - 1], g[i]) <= 0) {
      i++;
    }
    if (i < n) {
      mergeSort(g, Arrays.copyOf(g, n), 0, n);
    }
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

  private int compareKeys(int x, int y) {
    return text.compare(keyRef[x], keyRef[y]);
  }

  /** A store holding only the open groups, in their order, and their rows: what {@code closeUntil} frees. */
  GroupStore compact() {
    int liveRows = 0;
    for (int g = 0; g < groups; g++) {
      for (int r = head[g] == CLOSED ? END : head[g]; r != END; r = next[r]) {
        liveRows++;
      }
    }
    GroupStore to = new GroupStore(open + open / 2, liveRows + liveRows / 2);
    for (int g = 0; g < groups; g++) {
      if (head[g] == CLOSED) {
        continue;
      }
      int ng = to.newGroup(keyHash[g], to.text.copy(text, keyRef[g]));
      for (int r = head[g]; r != END; r = next[r]) {
        int nr = to.newRow();
        to.kind[nr] = kind[r];
        to.idRef[nr] = to.text.copy(text, idRef[r]);
        to.orderRef[nr] = orderRef[r] == SAME_AS_KEY ? SAME_AS_KEY : to.text.copy(text, orderRef[r]);
        to.a[nr] = a[r];
        to.b[nr] = b[r];
        to.c[nr] = c[r];
        to.d[nr] = d[r];
        to.millis[nr] = millis[r];
        to.next[nr] = to.head[ng];
        to.head[ng] = nr;
      }
    }
    to.rehash(tableSize(to.groups));
    return to;
  }

  private int newGroup(int hash, long key) {
    if (groups == head.length) {
      int n = grow(groups);
      keyRef = Arrays.copyOf(keyRef, n);
      keyHash = Arrays.copyOf(keyHash, n);
      head = Arrays.copyOf(head, n);
    }
    int g = groups++;
    keyRef[g] = key;
    keyHash[g] = hash;
    head[g] = END;
    open++;
    return g;
  }

  private int newRow() {
    if (rows == next.length) {
      int n = grow(rows);
      kind = Arrays.copyOf(kind, n);
      next = Arrays.copyOf(next, n);
      idRef = Arrays.copyOf(idRef, n);
      orderRef = Arrays.copyOf(orderRef, n);
      a = Arrays.copyOf(a, n);
      b = Arrays.copyOf(b, n);
      c = Arrays.copyOf(c, n);
      d = Arrays.copyOf(d, n);
      millis = Arrays.copyOf(millis, n);
    }
    return rows++;
  }

  /** Rebuilds the table with the open groups only (closed ones are dropped from it). */
  private void rehash(int size) {
    int[] t = new int[size];
    int mask = size - 1;
    int entries = 0;
    for (int g = 0; g < groups; g++) {
      if (head[g] == CLOSED) {
        continue;
      }
      int slot = spread(keyHash[g]) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = g + 1;
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
