package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.testing.TestSite;

/**
 * Issue 15 on a small site with data-backed taxonomies, a glossary of abbreviations, a synonyms
 * file and pages written in either form: generated pages are indexed, identifiers reach their
 * term's page, synonyms meet both ways, and the browser client returns exactly what the Java
 * reference returns (bit-identical scores) for every query here.
 */
class SearchVocabularyIT {
  @TempDir static Path dir;
  static SearchReference reference;
  static JsClient js;

  static final String SITE = """
      -- content/site.yml --
      title: T
      markdown:
        abbreviations: {data: glossary, key: abbr, title: term}
      taxonomies:
        targets:
          title: SDG targets
          singular: SDG target
          terms: {data: targets, key: id, label: label}
        objectives:
          title: GCM objectives
          singular: GCM objective
          terms: {data: objectives, key: number, label: short}
      -- content/data/targets.yml --
      - id: "10.7"
        label: Safe and orderly movement of people
      - id: "10.c"
        label: Cheaper transfers home
      - id: "17.18"
        label: Better statistics
      -- content/data/objectives.yml --
      - number: 20
        short: Faster and cheaper money transfers
      - number: 2
        short: Fewer adverse drivers
      -- content/data/glossary.yml --
      - term: Global Compact for Safe, Orderly and Regular Migration
        abbr: GCM
      - term: monitoring and evaluation
        abbr: "M&E"
      -- content/data/synonyms.yml --
      - [remittances, money sent home]
      -- content/compact.md --
      ---
      targets: ["10.7"]
      ---
      # The compact
      The GCM sets out 23 objectives; objective 20 covers 10.7 and 10.c in part.
      ## Reviews
      States review the GCM every four years.
      ## Costs
      Target 10.c asks for cheaper transfers, and 17.18 for better statistics, as the GCM does.
      ## Partners
      Partners help states with the GCM.
      ## Money
      Cheaper transfers help families, says the GCM.
      -- content/expansion.md --
      # In full
      The Global Compact for Safe, Orderly and Regular Migration was adopted in 2018.
      ## Our M&E plan
      We track M&E indicators each year.
      -- content/plans.md --
      # Plans
      Monitoring and evaluation of migration plans: remittances and money sent home.
      ## Money sent home
      Families count on money sent home.
      -- content/remit.md --
      # Family budgets
      Remittances pay for school fees.
      """;

  static final List<String> QUERIES = List.of("10.7", "target 10.7", "SDG 10.7", "10.c", "17.18", "objective 20", "GCM objective 20",
      "obj. 20", "20", "goal 10", "GCM", "gcm review", "global compact for safe orderly and regular migration",
      "M&E", "monitoring and evaluation", "m&e plan", "remittances", "money sent home", "cheaper transfers", "+GCM -partners",
      "\"GCM\" objective 20", "objectives", "targets", "compact");

  @BeforeAll
  static void build() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    new Passage(site.config(), Optional.of(new LuceneSearchIndexer())).build();
    reference = SearchReference.open(site.config().workDir().resolve("lucene/en"), "en");
    js = new JsClient(site.output());
  }

  @AfterAll
  static void close() throws IOException {
    js.close();
    reference.close();
  }

  static List<String> urls(String query) throws IOException {
    return reference.search(query).hits().stream().map(SearchResult.Hit::url).toList();
  }

  @Test
  void theBrowserReturnsWhatTheReferenceReturns() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String q : QUERIES) {
      String want = SearchCanon.of(reference.search(q));
      String got = js.search(q, "{}");
      if (!want.equals(got)) {
        failures.add("[" + q + "]\n--- java\n" + want + "\n--- js\n" + got);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void generatedPagesAreIndexedWithoutTheirListings() throws IOException {
    assertThat(urls("orderly movement")).first().isEqualTo("targets/10.7.html");
    assertThat(urls("statistics")).contains("targets/17.18.html");
    // the taxonomy's index lists every target: found by its own title, never by the titles it lists
    assertThat(urls("targets")).contains("targets/index.html");
    assertThat(urls("orderly movement")).doesNotContain("targets/index.html");
  }

  @Test
  void identifiersPutTheirTermsPageFirst() throws IOException {
    for (String q : List.of("10.7", "target 10.7", "SDG 10.7")) {
      assertThat(urls(q)).as(q).first().isEqualTo("targets/10.7.html");
    }
    assertThat(urls("10.c")).first().isEqualTo("targets/10.c.html");
    assertThat(urls("17.18")).first().isEqualTo("targets/17.18.html");
    for (String q : List.of("objective 20", "GCM objective 20", "obj. 20", "20")) {
      assertThat(urls(q)).as(q).first().isEqualTo("objectives/20.html");
    }
    // a word that names no taxonomy qualifies nothing; a key without a digit needs a qualifier
    assertThat(urls("goal 10")).doesNotContain("objectives/20.html");
  }

  @Test
  void abbreviationsAndExpansionsMeetBothWays() throws IOException {
    assertThat(urls("GCM")).contains("compact.html", "expansion.html");
    assertThat(urls("global compact for safe orderly and regular migration")).contains("compact.html", "expansion.html");
    assertThat(urls("M&E")).contains("expansion.html", "plans.html");
    assertThat(urls("monitoring and evaluation")).contains("expansion.html", "plans.html");
    assertThat(urls("remittances")).contains("remit.html", "plans.html#money-sent-home");
    assertThat(urls("money sent home")).contains("remit.html");
    // the words typed are not weaker than their synonym: a page with both forms ranks first
    assertThat(urls("monitoring and evaluation")).first().isEqualTo("plans.html");
  }

  @Test
  void oneResultPerPageWithItsBestSectionsUnderIt() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String q : QUERIES) {
      for (String filters : List.of("{}", "{\"collection\":[\"page\"]}")) {
        var filterMap = filters.equals("{}") ? java.util.Map.<String, List<String>>of() : java.util.Map.of("collection", List.of("page"));
        String want = SearchCanon.pages(reference.searchPages(q, filterMap));
        String got = js.searchPages(q, filters);
        if (!want.equals(got)) {
          failures.add("[" + q + "] " + filters + "\n--- java\n" + want + "\n--- js\n" + got);
        }
      }
    }
    assertThat(failures).isEmpty();
    // "GCM" hits the compact page and its four sections: the page once, its three best sections under it
    List<SearchResult.Page> pages = reference.searchPages("GCM", java.util.Map.of()).pages();
    assertThat(pages).extracting(SearchResult.Page::path).doesNotHaveDuplicates().contains("compact.html");
    SearchResult.Page compact = pages.stream().filter(p -> p.path().equals("compact.html")).findFirst().orElseThrow();
    List<String> sectionsInRank = reference.search("GCM").hits().stream().filter(h -> h.path().equals("compact.html") && !h.anchor().isEmpty())
        .map(SearchResult.Hit::url).toList();
    assertThat(sectionsInRank).hasSize(4);
    assertThat(compact.sections()).extracting(SearchResult.Hit::url).containsExactlyElementsOf(sectionsInRank.subList(0, 3));
    // a page's rank is its best hit's
    List<SearchResult.Hit> flat = reference.search("GCM").hits();
    assertThat(pages.get(0).best()).isEqualTo(flat.get(0));
  }
}
