package io.orderhub.examples.demo;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * What a {@link DemoSection} gets: where to print, the report to add to, a fixed clock and seed.
 *
 * @param out the console
 * @param report the HTML report being built
 * @param clock the demo's clock (fixed, so runs are repeatable)
 * @param seed the demo's random seed
 */
public record DemoContext(PrintWriter out, HtmlReport report, Clock clock, long seed) {}
