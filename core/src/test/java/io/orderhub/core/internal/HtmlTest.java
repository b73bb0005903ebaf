package io.orderhub.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotesAndKeepsTheRest() {
    assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a> 龙井"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; 龙井");
    assertThat(Html.escape("")).isEmpty();
  }
}
