package io.orderhub.reconcile.internal;

import org.jspecify.annotations.Nullable;

/**
 * The compact state of one open order (or group): its key and a singly linked list of its rows as
 * minor units and epoch milliseconds, so a day of millions of rows fits in a small heap. Not API.
 */
final class Group {
  final String key;
  @Nullable Entry head;

  Group(String key) {
    this.key = key;
  }

  /**
   * The key's own string instance when {@code orderNo} equals the key, so only one copy stays in
   * memory and the classifier can recognise it by identity.
   */
  String shared(String orderNo) {
    return orderNo.equals(key) ? key : orderNo;
  }

  void add(Entry e) {
    e.next = head;
    head = e;
  }

  /** One input row. For a payment a = amount, b = fee; a settlement a..d = gross, commission, freight, net; a shipment a = amount. */
  static final class Entry {
    static final byte PAYMENT = 0;
    static final byte SETTLEMENT = 1;
    static final byte SHIPMENT = 2;

    final byte kind;
    final String id;
    final String orderNo;
    final long a;
    final long b;
    final long c;
    final long d;
    final long millis;
    @Nullable Entry next;

    Entry(byte kind, String id, String orderNo, long a, long b, long c, long d, long millis) {
      this.kind = kind;
      this.id = id;
      this.orderNo = orderNo;
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
      this.millis = millis;
    }
  }
}
