package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.diagnostics.BuildFailedException;
import org.passage.testing.TestSite;

/** The index stage inside a real build: documents fed during conversion, the index kept in the build folder. */
class SearchBuildTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: T
      -- content/index.md --
      # Home
      Welcome.
      -- content/b.md --
      # Beta
      Intro of beta.
      ## Rivers
      Water flows in rivers.
      ## Hills
      Green hills.
      -- content/a.md --
      # Alpha
      ## Roads
      Roads and rivers.
      """;

  private Passage.Result build(TestSite site) throws Exception {
    return new Passage(site.config(), Optional.of(new LuceneSearchIndexer())).build();
  }

  private static List<String> allUrls(SearchReference ref) throws Exception {
    // every document, in index order: one query matching all of them would depend on text, so walk the stored fields
    List<String> urls = new ArrayList<>();
    var stored = ref.reader().storedFields();
    for (int d = 0; d < ref.maxDoc(); d++) {
      var doc = stored.document(d);
      String anchor = doc.get(SearchFields.ANCHOR);
      urls.add(doc.get(SearchFields.PATH) + (anchor.isEmpty() ? "" : "#" + anchor));
    }
    return urls;
  }

  @Test
  void documentsAreInPageOrderWhateverThreadConvertedThem() throws Exception {
    var site = TestSite.write(dir, SITE);
    build(site);
    Path lucene = site.config().workDir().resolve("lucene/en");
    try (SearchReference ref = SearchReference.open(lucene, "en")) {
      assertThat(allUrls(ref)).containsExactly("a.html", "a.html#roads", "b.html", "b.html#rivers", "b.html#hills", "index.html");
      assertThat(ref.search("rivers").hits()).extracting(SearchResult.Hit::url)
          .containsExactlyInAnyOrder("b.html", "b.html#rivers", "a.html", "a.html#roads");
    }
    assertThat(site.output().resolve("search/en/index.js")).exists();
    assertThat(site.config().workDir().resolve("lucene/en.building")).doesNotExist();
  }

  @Test
  void aFailedBuildKeepsThePreviousIndex() throws Exception {
    var site = TestSite.write(dir, SITE);
    build(site);
    Files.writeString(site.root().resolve("content/b.md"), "# Beta\nLakes now.\n[broken](nowhere.md)\n");
    assertThatThrownBy(() -> build(site)).isInstanceOfSatisfying(BuildFailedException.class,
        e -> assertThat(e.problems().get(0).format()).startsWith("content/b.md:3:1: error: link to missing page"));
    Path lucene = site.config().workDir().resolve("lucene/en");
    try (SearchReference ref = SearchReference.open(lucene, "en")) {
      assertThat(ref.search("lakes").total()).isZero();
      assertThat(ref.search("hills").hits()).extracting(SearchResult.Hit::url).contains("b.html#hills");
    }
    assertThat(site.config().workDir().resolve("lucene/en.building")).doesNotExist();
  }
}
