package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.output.BuildFolders;
import org.passage.testing.TestSite;

/**
 * The search export runs on its own thread while the content pages render: when rendering then
 * fails, the build fails as before, waits for the export, and leaves the published site and no
 * staging folder behind.
 */
class SearchExportBesideRenderTest {
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

      Remittances and migration.
      -- content/guide/alpha.md --
      ---
      goals: ["1"]
      ---
      # Alpha

      Alpha's text.
      """;

  @TempDir Path dir;

  @Test
  void aFailedRenderLeavesThePublishedSite() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    BuildConfig config = site.config();
    new Passage(config, Optional.of(DefaultSearch.indexer())).build();
    String published = Files.readString(site.output().resolve("guide/alpha.html"));
    assertTrue(Files.isDirectory(site.output().resolve("search/en")));

    // A page layout that fails on every content page, after the taxonomy pages started the export.
    Files.createDirectories(dir.resolve("content/_theme/layouts"));
    Files.writeString(dir.resolve("content/_theme/layouts/page.peb"), "{{ no_such_variable.title }}\n");
    BuildFailedException failed = assertThrows(BuildFailedException.class,
        () -> new Passage(config, Optional.of(DefaultSearch.indexer())).build());
    assertTrue(failed.problems().stream().anyMatch(p -> p.format().contains("page.peb")), failed.problems().toString());

    assertEquals(published, Files.readString(site.output().resolve("guide/alpha.html")));
    assertFalse(Files.exists(BuildFolders.of(config).staging()), "staging folder left behind");
  }
}
