package io.orderhub.examples.demo;

/**
 * One part of {@code orderhub demo}: it runs a module on sample data, prints a short summary and
 * adds what it showed to the HTML report. Sections run in a fixed order and must be deterministic
 * (time from {@link DemoContext#clock()}, randomness from {@link DemoContext#seed()}).
 */
public interface DemoSection {
  /** A short title, e.g. {@code "Order model"}. */
  String title();

  /** Runs the section. Throwing fails the demo with exit status 1. */
  void run(DemoContext context);
}
