package org.passage.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * YAML that would expand without end or nest past the stack is an error at its line, found in
 * milliseconds. (Issue 11, items 6 and 7: a 386-byte alias bomb took 53 s and 6.4 GB before
 * running out of memory; 2,000 levels of nesting killed the JVM with a StackOverflowError.)
 */
class YamlLimitsTest {
  @TempDir Path dir;

  /** a0 is a list of 4 values, each a_n a list of 4 a_(n-1): 48 aliases, 4^13 values once expanded. */
  static String aliasBomb() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x]\n");
    for (int i = 1; i <= 12; i++) {
      String prev = "*a" + (i - 1);
      sb.append("a").append(i).append(": &a").append(i).append(" [").append(prev).append(", ").append(prev).append(", ").append(prev).append(", ").append(prev).append("]\n");
    }
    return sb.toString();
  }

  @Test
  void anAliasBombIsAnErrorAtItsLineInFrontMatterAndInData() throws Exception {
    var site = TestSite.write(dir, "-- content/ok.md --\nFine.\n");
    Files.writeString(dir.resolve("content/bomb.md"), "---\n" + aliasBomb() + "---\nText\n");
    Files.createDirectories(dir.resolve("content/data"));
    Files.writeString(dir.resolve("content/data/bomb.yml"), aliasBomb());
    assertThat(aliasBomb().length()).isLessThan(400);
    long start = System.nanoTime();
    var out = site.build();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(out.problems()).containsExactly(
        "content/bomb.md:9:20: error: this YAML holds more than 50000 values once its aliases (*name) are expanded (write the values out, or use fewer nested aliases)",
        "content/data/bomb.yml:10:20: error: this YAML holds more than 1000000 values once its aliases (*name) are expanded (write the values out, or use fewer nested aliases)");
  }

  @Test
  void nestingThousandsOfLevelsDeepIsAnErrorNotAStackOverflow() throws Exception {
    var site = TestSite.write(dir, "-- content/ok.md --\nFine.\n");
    String deep = "x: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
    String deepBlock = "y:\n" + "  - ".repeat(1) + "a\n" + "z:" + "\n - ".repeat(0) + " " + "{a: ".repeat(150) + "1" + "}".repeat(150) + "\n";
    Files.writeString(dir.resolve("content/deep.md"), "---\n" + deep + "---\nText\n");
    Files.createDirectories(dir.resolve("content/data"));
    Files.writeString(dir.resolve("content/data/deep.yml"), deepBlock);
    var out = site.build();
    assertThat(out.problems()).containsExactly(
        "content/data/deep.yml:3:400: error: this YAML nests lists and maps more than 100 levels deep (flatten the structure)",
        "content/deep.md:2:103: error: this YAML nests lists and maps more than 100 levels deep (flatten the structure)");
  }
}
