package io.orderhub.reconcile;

/** The three sides of a reconciliation. */
public enum Source {
  /** Payment flows (Alipay, WeChat Pay, ...): the reference side. */
  PAYMENT,
  /** Platform settlement statements. */
  SETTLEMENT,
  /** Warehouse outbound records. */
  SHIPMENT
}
