package org.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;
import org.passage.testing.TestSite;

/**
 * The preview's partial builds: after each edit, the output must equal what a whole build of the
 * same files makes, byte for byte, search index included once it has caught up; and a partial
 * build must touch only the pages that show the edit.
 */
class IncrementalBuildTest {
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

      Start at [the guide](guide/index.md).
      -- content/guide/index.md --
      # Guide

      The guide's pages.
      -- content/guide/alpha.md --
      ---
      goals: ["1"]
      ---
      # Alpha

      See [beta](beta.md#details).

      ## Notes

      Alpha's notes.
      -- content/guide/beta.md --
      # Beta

      ## Details

      Beta's details.
      -- content/guide/gamma.md --
      # Gamma

      Gamma stands alone.
      """;

  @TempDir Path dir;
  private TestSite site;
  private IncrementalBuild builds;

  /** Search makes every build slower: one test checks that the index catches up, the others do without. */
  private boolean search;

  @BeforeEach
  void firstBuild(org.junit.jupiter.api.TestInfo test) throws Exception {
    search = test.getTestMethod().orElseThrow().getName().equals("aTextEditRendersThatPageAloneAndMatchesAWholeBuild");
    site = TestSite.write(dir.resolve("project"), SITE);
    builds = new IncrementalBuild(site.config(), search ? Optional.ofNullable(DefaultSearch.indexer()) : Optional.empty(), line -> {});
    IncrementalBuild.Update first = builds.build(Set.of());
    assertThat(first.whole()).isTrue();
  }

  @AfterEach
  void close() {
    builds.close();
  }

  private Path page(String path) {
    return site.root().resolve("content").resolve(path);
  }

  private IncrementalBuild.Update edit(String path, String text) throws Exception {
    Files.writeString(page(path), text);
    return builds.build(Set.of(page(path)));
  }

  @Test
  void aTextEditRendersThatPageAloneAndMatchesAWholeBuild() throws Exception {
    Map<String, Long> before = modified(site.output());
    IncrementalBuild.Update u = edit("guide/gamma.md", "# Gamma\n\nGamma stands alone, now with *emphasis*.\n");
    assertThat(u.whole()).isFalse();
    assertThat(u.rendered()).isEqualTo(1);
    assertThat(u.changed()).containsExactly("guide/gamma.html", "print.html"); // the page and the print view holding it
    Map<String, Long> after = modified(site.output());
    after.forEach((path, time) -> {
      if (!path.equals("guide/gamma.html") && !path.equals("print.html") && !path.startsWith("search/")) {
        assertThat(time).as(path + " untouched").isEqualTo(before.get(path));
      }
    });
    assertThat(Files.readString(site.output().resolve("guide/gamma.html"))).contains("<em>emphasis</em>");
    assertSameAsWholeBuild();
  }

  @Test
  void aNewLinkUpdatesTheBacklinksOfItsTarget() throws Exception {
    IncrementalBuild.Update u = edit("guide/gamma.md", "# Gamma\n\nGamma now cites [alpha](alpha.md).\n");
    assertThat(u.changed()).contains("guide/gamma.html", "guide/alpha.html").doesNotContain("guide/beta.html");
    assertSameAsWholeBuild();
    // And the link taken away again.
    u = edit("guide/gamma.md", "# Gamma\n\nGamma stands alone.\n");
    assertThat(u.changed()).contains("guide/gamma.html", "guide/alpha.html");
    assertSameAsWholeBuild();
  }

  @Test
  void aRemovedHeadingMendsTheLinksToItElsewhere() throws Exception {
    IncrementalBuild.Update u = edit("guide/beta.md", "# Beta\n\n## Particulars\n\nBeta's details, renamed.\n");
    assertThat(u.changed()).contains("guide/beta.html", "guide/alpha.html");
    assertThat(u.warnings()).extracting(Problem::format).anyMatch(w -> w.startsWith("content/guide/alpha.md:6:") && w.contains("details"));
    assertSameAsWholeBuild();
  }

  @Test
  void aNewTitleReachesEveryPageThatShowsItEditedPageFirst() throws Exception {
    List<IncrementalBuild.Update> early = new ArrayList<>();
    Files.writeString(page("guide/beta.md"), "# Beta, renamed\n\n## Details\n\nBeta's details.\n");
    IncrementalBuild.Update u = builds.build(Set.of(page("guide/beta.md")), early::add);
    assertThat(early).singleElement().satisfies(e -> assertThat(e.changed()).containsExactly("guide/beta.html", "print.html"));
    assertThat(u.changed()).contains("guide/beta.html", "guide/alpha.html", "guide/gamma.html", "guide/index.html");
    assertThat(Files.readString(site.output().resolve("guide/gamma.html"))).contains("Beta, renamed");
    assertSameAsWholeBuild();
  }

  @Test
  void frontMatterDataThemesAndNewPagesMakeAWholeBuild() throws Exception {
    IncrementalBuild.Update u = edit("guide/gamma.md", "---\ngoals: [\"1\"]\n---\n# Gamma\n\nNow about goal 1.\n");
    assertThat(u.whole()).isFalse();
    assertThat(u.changed()).contains("goals/1.html"); // its term page lists it now
    assertSameAsWholeBuild();

    Files.writeString(page("data/goals.yml"), "- id: \"1\"\n  label: End poverty\n");
    u = builds.build(Set.of(page("data/goals.yml")));
    assertThat(u.whole()).isTrue();
    assertThat(Files.readString(site.output().resolve("goals/1.html"))).contains("End poverty");

    Files.writeString(page("guide/delta.md"), "# Delta\n\nNew.\n");
    u = builds.build(Set.of(page("guide/delta.md")));
    assertThat(u.whole()).isTrue();
    assertThat(u.changed()).contains("guide/delta.html", "guide/index.html");

    Files.delete(page("guide/delta.md"));
    u = builds.build(Set.of(page("guide/delta.md")));
    assertThat(u.changed()).contains("guide/delta.html");
    assertThat(site.output().resolve("guide/delta.html")).doesNotExist();
    assertSameAsWholeBuild();
  }

  @Test
  void aBrokenEditKeepsThePreviousPageAndStaysBrokenUntilFixed() throws Exception {
    String good = Files.readString(site.output().resolve("guide/gamma.html"));
    assertThatThrownBy(() -> edit("guide/gamma.md", "# Gamma\n\nSee [nothing](missing.md).\n"))
        .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems()).extracting(Problem::format)
            .anyMatch(p -> p.startsWith("content/guide/gamma.md:3:5: error: link to missing page")));
    assertThat(Files.readString(site.output().resolve("guide/gamma.html"))).isEqualTo(good);
    // Another page's save does not hide the broken one.
    assertThatThrownBy(() -> edit("guide/beta.md", "# Beta\n\n## Details\n\nMore of beta.\n")).isInstanceOf(BuildFailedException.class);
    IncrementalBuild.Update u = edit("guide/gamma.md", "# Gamma\n\nFixed.\n");
    assertThat(u.changed()).contains("guide/gamma.html", "guide/beta.html");
    assertSameAsWholeBuild();
  }

  @Test
  void editorsScratchFilesBuildNothing() throws Exception {
    Path swap = page("guide/.gamma.md.swp");
    Files.writeString(swap, "x");
    IncrementalBuild.Update u = builds.build(Set.of(swap, page("guide/gamma.md~"), page("guide/4913")));
    assertThat(u.changed()).isEmpty();
    assertThat(u.rendered()).isZero();
  }

  /** The output equals a whole build's of the same content, file for file (the search index once caught up). */
  private void assertSameAsWholeBuild() throws Exception {
    builds.awaitIndex();
    Path fresh = dir.resolve("fresh-" + System.nanoTime());
    BuildConfig config = BuildConfig.of(site.root(), site.root().resolve("content"), fresh);
    new Passage(config, search ? Optional.ofNullable(DefaultSearch.indexer()) : Optional.empty()).build();
    Map<String, String> expected = files(fresh), actual = files(site.output());
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, text) -> assertThat(actual.get(path)).as(path).isEqualTo(text));
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static Map<String, Long> modified(Path root) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.getLastModifiedTime(f).toMillis() * 1000 + Files.size(f) % 1000);
      }
    }
    return out;
  }
}
