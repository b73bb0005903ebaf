package io.orderhub.reconcile.internal;

import io.orderhub.core.OrderHubException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids and keys of a session's open orders, packed into one growing byte array instead of one
 * {@link String} (two objects) each: a day of millions of rows then costs the garbage collector
 * nothing to keep. A string is stored as ISO-8859-1 when every char fits in a byte (order numbers
 * and ids almost always do), else as UTF-16, and is named by a {@code long} reference holding its
 * offset, encoding and length. Not thread-safe. Not API.
 */
final class TextPool {
  private static final int LENGTH_BITS = 16;
  private static final long UTF16 = 1L << LENGTH_BITS;
  private static final int OFFSET_SHIFT = LENGTH_BITS + 1;
  private static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

  private byte[] bytes;
  private int size;

  TextPool(int initialBytes) {
    bytes = new byte[Math.max(16, initialBytes)];
  }

  /** Bytes in use. */
  int size() {
    return size;
  }

  /** Copies {@code s} in; returns its reference. */
  long add(String s) {
    int n = s.length();
    if (n > MAX_LENGTH) {
      throw new OrderHubException("an id of " + n + " characters is longer than a reconciliation can hold");
    }
    ensure(n);
    byte[] b = bytes;
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return addUtf16(s);
      }
      b[at + i] = (byte) c;
    }
    size = at + n;
    return ((long) at << OFFSET_SHIFT) | n;
  }

  private long addUtf16(String s) {
    int n = s.length();
    ensure(2 * n);
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      bytes[at + 2 * i] = (byte) (c >>> 8);
      bytes[at + 2 * i + 1] = (byte) c;
    }
    size = at + 2 * n;
    return ((long) at << OFFSET_SHIFT) | UTF16 | n;
  }

  /** Copies the string stored as {@code ref} in {@code from} into this pool; returns its new reference. */
  long copy(TextPool from, long ref) {
    int n = bytes(ref);
    ensure(n);
    System.arraycopy(from.bytes, offset(ref), bytes, size, n);
    long copied = ((long) size << OFFSET_SHIFT) | (ref & (UTF16 | MAX_LENGTH));
    size += n;
    return copied;
  }

  /** A new string equal to the one stored as {@code ref}. */
  String get(long ref) {
    int n = length(ref);
    int at = offset(ref);
    if ((ref & UTF16) == 0) {
      return new String(bytes, at, n, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = utf16(at, i);
    }
    return new String(chars);
  }

  /** Whether the string stored as {@code ref} equals {@code s}. */
  boolean equalsAt(long ref, String s) {
    int n = length(ref);
    if (n != s.length()) {
      return false;
    }
    int at = offset(ref);
    if ((ref & UTF16) == 0) {
      byte[] b = bytes;
      for (int i = 0; i < n; i++) {
        if ((b[at + i] & 0xFF) != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (utf16(at, i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Compares two stored strings as {@link String#compareTo} compares them. */
  int compare(long x, long y) {
    int nx = length(x);
    int ny = length(y);
    int ax = offset(x);
    int ay = offset(y);
    int n = Math.min(nx, ny);
    if (((x | y) & UTF16) == 0) {
      byte[] b = bytes;
      for (int i = 0; i < n; i++) {
        int d = (b[ax + i] & 0xFF) - (b[ay + i] & 0xFF);
        if (d != 0) {
          return d;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        int d = charAt(x, ax, i) - charAt(y, ay, i);
        if (d != 0) {
          return d;
        }
      }
    }
    return nx - ny;
  }

  private char charAt(long ref, int at, int i) {
    return (ref & UTF16) == 0 ? (char) (bytes[at + i] & 0xFF) : utf16(at, i);
  }

  private char utf16(int at, int i) {
    return (char) (((bytes[at + 2 * i] & 0xFF) << 8) | (bytes[at + 2 * i + 1] & 0xFF));
  }

  /** The bytes the string stored as {@code ref} takes in its pool. */
  static int bytes(long ref) {
    return (ref & UTF16) == 0 ? length(ref) : 2 * length(ref);
  }

  private static int length(long ref) {
    return (int) (ref & MAX_LENGTH);
  }

  private static int offset(long ref) {
    return (int) (ref >>> OFFSET_SHIFT);
  }

  private void ensure(int more) {
    if (bytes.length - size >= more) {
      return;
    }
    long wanted = Math.max((long) bytes.length * 2, (long) size + more);
    if (wanted > Integer.MAX_VALUE - 8) {
      wanted = Integer.MAX_VALUE - 8;
      if (wanted - size < more) {
        throw new OrderHubException("too many ids for one reconciliation session (" + size
            + " bytes); split the day with ReconcilerConfig partitions");
      }
    }
    bytes = Arrays.copyOf(bytes, (int) wanted);
  }
}
