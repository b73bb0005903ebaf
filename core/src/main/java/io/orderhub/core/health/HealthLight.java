package io.orderhub.core.health;

/** How an order stands against its SLA. */
public enum HealthLight {
  /** On time: under the warning share of its limit, or no limit applies. */
  GREEN,
  /** Over the warning share (80 % by default) of its limit: act soon. */
  YELLOW,
  /** Over its limit: overdue, nobody acted. */
  RED
}
