package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forked JVM's settings follow the site's size. */
class ForkedBuildTest {
  @TempDir Path content;

  private void pages(int count, String folder) throws Exception {
    Path dir = Files.createDirectories(content.resolve(folder));
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve("p" + i + ".md"), "# Page " + i + "\n");
    }
  }

  @Test
  void aFewPagesGetTheQuickCompilerAndNoWarmUp() throws Exception {
    pages(3, "docs");
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), ForkedBuild.jvmOptions(content));
  }

  @Test
  void manySmallPagesAlsoWarmTheLibrariesUpWhileTheyLoad() throws Exception {
    pages((int) ForkedBuild.WARM_UP_FILES - 1, "docs");
    pages(5, "_drafts"); // skipped, as the build skips them
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), ForkedBuild.jvmOptions(content));
    pages(1, "more");
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dpassage.warmUp=true"), ForkedBuild.jvmOptions(content));
  }

  @Test
  void aLargeSiteGetsTheOptimisingCompiler() throws Exception {
    Path dir = Files.createDirectories(content.resolve("big"));
    String page = "word ".repeat(1 << 16);
    for (int i = 0; i < ForkedBuild.SMALL_SITE_BYTES / page.length() + 1; i++) {
      Files.writeString(dir.resolve("p" + i + ".md"), page);
    }
    assertEquals(List.of("-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=150"), ForkedBuild.jvmOptions(content));
  }
}
