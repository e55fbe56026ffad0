package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;

/**
 * Search over the guide in this repository, as a practitioner uses it (issue 15): generated
 * pages are found, identifiers reach their term's page, abbreviations meet their expansions,
 * and the browser client returns exactly what the Java reference returns for each query.
 */
class GuideSearchIT {
  @TempDir static Path dir;
  static Path site;
  static SearchReference reference;

  @BeforeAll
  static void build() throws Exception {
    Path root = JsClient.locate("content").getParent();
    BuildConfig config = BuildConfig.of(root, root.resolve("content"), dir.resolve("out")).withThemesDir(root.resolve("themes"));
    new Passage(config, Optional.of(new LuceneSearchIndexer())).build();
    site = dir.resolve("out");
    reference = SearchReference.open(config.workDir().resolve("lucene/en"), "en");
  }

  @AfterAll
  static void close() throws IOException {
    reference.close();
  }

  static List<String> top(String query, int n) throws IOException {
    return reference.search(query).hits().stream().limit(n).map(SearchResult.Hit::url).toList();
  }

  /** Identifier, synonym and practitioner queries over the guide; the parity suite runs them too. */
  static final List<String> QUERIES = List.of("10.7", "target 10.7", "SDG 10", "goal 10", "objective 20", "GCM objective 20",
      "obj. 20", "10.c", "17.18", "SDG 10.7", "gcm", "GCM objective", "global compact for safe orderly and regular migration",
      "M&E", "monitoring and evaluation", "M&E framework", "VNR", "voluntary national review", "LRA", "NSO",
      "national statistical office", "orderly safe regular and responsible migration", "remittances objective", "remittance costs",
      "migration data", "+vnr -local", "\"voluntary local review\"", "recruitment fee", "IOM");

  @Test
  void generatedPagesAreFound() throws IOException {
    // the wording of target 10.7 puts its page first: its title names four of the five words,
    // which outweighs pages quoting the phrase in their text (title coordination)
    assertThat(top("orderly safe regular and responsible migration", 1)).containsExactly("en/targets/10.7.html");
    assertThat(top("remittances objective", 1)).containsExactly("en/objectives/20.html");
  }

  @Test
  void identifiersPutTheirTermsPageFirst() throws IOException {
    for (String q : List.of("10.7", "target 10.7", "SDG 10.7")) {
      assertThat(top(q, 1)).as(q).containsExactly("en/targets/10.7.html");
    }
    for (String q : List.of("SDG 10", "goal 10")) {
      assertThat(top(q, 1)).as(q).containsExactly("en/goals/10.html");
    }
    for (String q : List.of("objective 20", "GCM objective 20", "obj. 20")) {
      assertThat(top(q, 1)).as(q).containsExactly("en/objectives/20.html");
    }
    assertThat(top("10.c", 1)).containsExactly("en/targets/10.c.html");
    assertThat(top("17.18", 1)).containsExactly("en/targets/17.18.html");
  }

  @Test
  void abbreviationsMeetTheirExpansions() throws IOException {
    // pages that only spell it out are found by the abbreviation, and the other way round
    List<String> byAbbreviation = reference.search("VNR").hits().stream().map(SearchResult.Hit::url).toList();
    List<String> byExpansion = reference.search("voluntary national review").hits().stream().map(SearchResult.Hit::url).toList();
    assertThat(byAbbreviation).containsAll(byExpansion.stream().filter(u -> !u.contains("#")).limit(5).toList());
    assertThat(byExpansion).containsAll(byAbbreviation.stream().filter(u -> !u.contains("#")).limit(5).toList());
  }

  @Test
  void theBrowserReturnsWhatTheReferenceReturns() throws IOException {
    List<String> failures = new java.util.ArrayList<>();
    try (JsClient js = new JsClient(site)) {
      for (String q : QUERIES) {
        String want = SearchCanon.of(reference.search(q));
        String got = js.search(q, "{}");
        if (!want.equals(got)) {
          failures.add("[" + q + "]\n--- java\n" + SearchParityIT.brief(want) + "\n--- js\n" + SearchParityIT.brief(got));
        }
        String wantPages = SearchCanon.pages(reference.searchPages(q, java.util.Map.of()));
        String gotPages = js.searchPages(q, "{}");
        if (!wantPages.equals(gotPages)) {
          failures.add("[" + q + "] grouped\n--- java\n" + SearchParityIT.brief(wantPages) + "\n--- js\n" + SearchParityIT.brief(gotPages));
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
