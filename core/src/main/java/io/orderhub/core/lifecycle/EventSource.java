package io.orderhub.core.lifecycle;

/** Which system reported a lifecycle event. An event id is unique within its source. */
public enum EventSource {
  /** The sales platform (Taobao, JD, Shopify, ...): payment, cancellation, refunds, completion. */
  PLATFORM,
  /** The warehouse management system: stock locks, packing, labels. */
  WMS,
  /** The carrier: pick-up, delivery. */
  CARRIER,
  /** A person in the seller's team: holds, releases, manual corrections. */
  PERSON,
  /** An automatic rule (routing, risk, allocation): holds, backorders, warehouse assignment. */
  RULE
}
