package io.orderhub.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The demo's allocation section shows a single-warehouse allocation, a split and a backorder, each explained. */
class AllocationSectionTest {
  @Test
  void showsASingleASplitAndABackorderEachWithItsExplanation() {
    StringWriter console = new StringWriter();
    HtmlReport report = new HtmlReport("test");
    new AllocationSection().run(new DemoContext(new PrintWriter(console, true), report,
        Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZoneOffset.UTC), 1L));
    String out = console.toString();

    assertThat(out).contains("SINGLE    WH-HZ via ZTO", "SPLIT     WH-HZ via ZTO [TEA-FILTER×5]; WH-GZ via SF",
        "BACKORDER missing LIGHTER-GAS×22, promised 2026-11-18");
    // each of the three is followed by its explanation: steps, every warehouse's score or filter, verdicts
    assertThat(out).contains("chose WH-HZ with the best score", "chosen: best score among the warehouses",
        "scored 0.500 lower than WH-HZ");
    assertThat(out).contains("the fewest warehouses that cover the order: 2 (WH-HZ, WH-GZ)",
        "chosen: ships TEA-FILTER×5 (part 1 of 2)", "chosen: ships CUP-GLASS-2×10 (part 2 of 2)");
    assertThat(out).contains("short of LIGHTER-GAS×22", "promised ship date 2026-11-18 from expected restocks",
        "filtered: may not ship hazardous goods");
    assertThat(out).contains("stockDepth", "waybills", "timeliness", "onTimeRate", "filtered: no waybills left");
    assertThat(report.render()).contains("SINGLE: ", "SPLIT: ", "BACKORDER: ");
  }
}
