package io.orderhub.reconcile.internal;

import org.jspecify.annotations.Nullable;

/**
 * An LSD radix sort, a byte at a time, of rows held in parallel arrays: unsigned 32-bit keys (with a
 * 16-byte prefix and an int carried along) or 16-byte prefixes ({@code hi} then {@code lo}, as
 * unsigned numbers, with an int carried along). Bytes on which all rows agree are skipped, so keys
 * that share most of their bytes (order numbers of one day) cost few passes. Stable. Not API.
 */
final class RadixSort {
  private RadixSort() {}

  /** The sorted rows: the same arrays as given or their equally long replacements. */
  record Sorted(int @Nullable [] keys, long[] hi, long[] lo, int[] carried) {}

  /** Sorts rows {@code 0..n-1} by {@code keys} as unsigned ints. */
  static Sorted byInt(int[] keys, long[] hi, long[] lo, int[] carried, int n) {
    return sort(keys, hi, lo, carried, n);
  }

  /** Sorts rows {@code 0..n-1} by ({@code hi}, {@code lo}) as unsigned longs. */
  static Sorted byPrefix(long[] hi, long[] lo, int[] carried, int n) {
    return sort(null, hi, lo, carried, n);
  }

  private static Sorted sort(int @Nullable [] keys, long[] hi, long[] lo, int[] carried, int n) {
    int digits = keys != null ? 4 : 16;
    int[][] counts = new int[digits][256];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < digits; d++) {
        counts[d][digit(keys, hi, lo, i, d)]++;
      }
    }
    int @Nullable [] keys2 = keys != null ? new int[n] : null;
    long[] hi2 = new long[n];
    long[] lo2 = new long[n];
    int[] carried2 = new int[n];
    for (int d = 0; d < digits; d++) {
      int[] count = counts[d];
      if (isSingleBucket(count, n)) {
        continue;
      }
      int sum = 0;
      for (int v = 0; v < 256; v++) {
        int k = count[v];
        count[v] = sum;
        sum += k;
      }
      for (int i = 0; i < n; i++) {
        int to = count[digit(keys, hi, lo, i, d)]++;
        if (keys != null) {
          keys2[to] = keys[i];
        }
        hi2[to] = hi[i];
        lo2[to] = lo[i];
        carried2[to] = carried[i];
      }
      int @Nullable [] tk = keys;
      keys = keys2;
      keys2 = tk;
      long[] th = hi;
      hi = hi2;
      hi2 = th;
      long[] tl = lo;
      lo = lo2;
      lo2 = tl;
      int[] tc = carried;
      carried = carried2;
      carried2 = tc;
    }
    return new Sorted(keys, hi, lo, carried);
  }

  /** Byte {@code d} (0 = least significant) of row {@code i}'s key. */
  private static int digit(int @Nullable [] keys, long[] hi, long[] lo, int i, int d) {
    if (keys != null) {
      return (keys[i] >>> (8 * d)) & 0xFF;
    }
    return (int) ((d < 8 ? lo[i] : hi[i]) >>> (8 * (d & 7))) & 0xFF;
  }

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
}
