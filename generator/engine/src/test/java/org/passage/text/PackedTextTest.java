package org.passage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTextTest {

  @Test
  void givesBackTheTextItWasGiven() {
    String html = "<h2 id=\"a\">Migration – “data” 移民 🌍</h2>\n<p>" + "Remittances and diaspora. ".repeat(400) + "</p>\n";
    assertThat(PackedText.of(html).unpack()).isEqualTo(html);
    assertThat(PackedText.of("").unpack()).isEmpty();
  }

  @Test
  void textThatDoesNotCompressSurvivesToo() {
    StringBuilder b = new StringBuilder();
    Random r = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      b.appendCodePoint(32 + r.nextInt(0x2FFF));
    }
    String noise = b.toString();
    assertThat(PackedText.of(noise).unpack()).isEqualTo(noise);
  }

  @Test
  void packsRepetitiveHtmlSmallerThanItsBytes() {
    String html = "<li><a href=\"../part-01/s0001/page-00001.html\">Page</a></li>\n".repeat(200);
    assertThat(PackedText.of(html).packedSize()).isLessThan(html.length() / 10);
  }
}
