package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.config.BuildConfig;
import org.passage.testing.TestSite;

/** A build with the libraries' warm-up beside its load stage writes what a build without it writes. */
class WarmupTest {
  private static final String SITE = """
      -- content/site.yml --
      title: Test
      taxonomies:
        goals:
          title: Goals
          terms: {data: goals, key: id, label: label}
      -- content/data/goals.yml --
      - id: "1"
        label: No poverty
      -- content/index.md --
      # Home

      Start at [the guide](guide/alpha.md), or write to someone@example.org.
      -- content/guide/alpha.md --
      ---
      goals: ["1"]
      ---
      # Alpha

      | a | b |
      |---|---|
      | https://example.org | 2 |
      """;

  @TempDir Path dir;

  private List<String> build(Path root, Warmup warmup) throws Exception {
    TestSite site = TestSite.write(root, SITE);
    BuildConfig config = site.config();
    Passage.Result result = new Passage(config, Optional.of(DefaultSearch.indexer())).with(warmup).build();
    assertTrue(result.pages() > 3);
    try (Stream<Path> files = Files.walk(site.output())) {
      return files.filter(Files::isRegularFile).sorted().map(f -> {
        try {
          return site.output().relativize(f) + "\n" + Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void theSameSite() throws Exception {
    List<String> cold = build(dir.resolve("cold"), Warmup.NONE);
    List<String> warm = build(dir.resolve("warm"), Warmup.start(true));
    assertEquals(cold, warm);
  }
}
