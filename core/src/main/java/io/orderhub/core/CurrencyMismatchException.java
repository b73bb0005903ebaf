package io.orderhub.core;

import java.util.Currency;

/** Two amounts in different currencies were combined or compared. */
public final class CurrencyMismatchException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final Currency left;
  private final Currency right;

  public CurrencyMismatchException(Currency left, Currency right, String operation) {
    super("cannot " + operation + " " + left.getCurrencyCode() + " and " + right.getCurrencyCode());
    this.left = left;
    this.right = right;
  }

  public Currency left() {
    return left;
  }

  public Currency right() {
    return right;
  }
}
