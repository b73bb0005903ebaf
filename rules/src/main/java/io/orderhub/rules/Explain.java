package io.orderhub.rules;

/** Which rules a {@link Decision} explains. */
public enum Explain {
  /** Only the rules that fired (the default; no cost for the others). */
  FIRED,
  /** Also the evaluated rules that did not fire, with the parts that failed. */
  FIRED_AND_NOT_FIRED
}
