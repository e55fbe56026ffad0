package org.passage.guide;

import org.passage.Passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.config.BuildConfig;
import org.passage.testing.LinkCheck;

/** Builds the guide shipped in this repository and checks every link of every page. */
class GuideIntegrityTest {
  private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void everyHrefAndSrcOfTheBuiltGuideResolvesToAFile() throws Exception {
    BuildConfig config = BuildConfig.of(REPO, REPO.resolve("content"), dir.resolve("site")).withThemesDir(REPO.resolve("themes"));
    Passage.Result result = new Passage(config, Optional.empty()).build();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.pages()).isGreaterThan(300);
    assertThat(LinkCheck.broken(dir.resolve("site"))).isEmpty();
    assertThat(LinkCheck.count(dir.resolve("site"))).isGreaterThan(10_000);
    assertThat(Files.readString(dir.resolve("site/en/sdgs/goal-10.html"))).contains("href=\"../../en/targets/10.7.html\"");
  }
}
