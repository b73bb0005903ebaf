package io.orderhub.allocation;

/** Why a warehouse was not a candidate at all. Checked in this order; the first that applies is reported. */
public enum FilterReason {
  /** No carrier of the warehouse goes to the destination region. */
  DOES_NOT_SERVE_DESTINATION("does not serve the destination"),
  /** The order has hazardous lines and the warehouse may not ship them. */
  NO_HAZARDOUS_GOODS("may not ship hazardous goods"),
  /** The warehouse has taken its daily number of orders. */
  DAILY_CAP_REACHED("daily order cap reached"),
  /** The warehouse has no waybills left. */
  NO_WAYBILLS("no waybills left"),
  /** The warehouse cannot sell a single unit of any of the order's SKUs. */
  NO_STOCK("no sellable stock of the order's SKUs");

  private final String text;

  FilterReason(String text) {
    this.text = text;
  }

  /** A short human description, e.g. {@code no waybills left}. */
  public String text() {
    return text;
  }
}
