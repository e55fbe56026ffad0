package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ranking promises (issue 3): a unit matching more of the words ranks higher, and one
 * where the words stand together as typed ranks above one where they are scattered. Checked on
 * the Java reference, and the browser client must agree with it on every query here.
 */
class SearchRankingIT {
  @TempDir
  static Path tmp;
  static SearchReference reference;
  static JsClient js;
  static List<SearchDocument> docs;
  static final List<String> QUERIES = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    docs = new ArrayList<>(new SearchFixture(5).documents(40));
    docs.add(new SearchDocument("rare-title.html", "", "Qorvath", "", "Qorvath", "An overview of the region and its history.",
        Map.of("collection", List.of("page"))));
    docs.add(page("sentence.html", "Annual review", "Every year the council meets. " + "The review follows. ".repeat(40)
        + "Local data on migrants shapes the policy of Qorvath. " + "The review follows. ".repeat(40)));
    docs.add(page("two-words-often.html", "Migrants data",
        "Migrants data. Migrants data. Migrants data. Migrants data. Migrants data. Migrants data. Migrants data."));
    docs.add(page("three-words-once.html", "Notes too",
        "Migrants send money home and data on remittances is collected by the bank every month of the year."));
    // the pairs below differ only in word order: same lengths, same frequencies
    docs.add(page("together.html", "Pathways one", "Cities open seasonal worker visa pathways for the harvest, and then review them."));
    docs.add(page("scattered.html", "Pathways two", "Seasonal jobs need a worker; cities review the visa and open pathways for them."));
    docs.add(page("typed-phrase.html", "Rights one", "Cities protect the rights of migrants in the harbour district today, always."));
    docs.add(page("no-stop-word.html", "Rights two", "Cities protect the rights migrants in the harbour district keep today."));
    docs.add(page("annual-worker.html", "Annual worker annual", "Annual annual worker annual."));
    Path lucene = tmp.resolve("lucene/en");
    LuceneSearchIndexer.write(SearchLanguage.of("en"), docs, lucene);
    SearchExporter.export(lucene, SearchLanguage.of("en"), tmp.resolve("site/search/en"));
    reference = SearchReference.open(lucene, "en");
    js = new JsClient(tmp.resolve("site"));
  }

  @AfterAll
  static void close() throws IOException {
    js.close();
    reference.close();
  }

  private static SearchDocument page(String path, String title, String body) {
    return new SearchDocument(path, "", title, "", "", body, Map.of("collection", List.of("page")));
  }

  /** The Java reference's hit URLs, best first, after checking that the browser client agrees. */
  private static List<String> ranked(String query) throws IOException {
    SearchResult r = reference.search(query);
    assertThat(js.search(query, "{}")).as("browser client vs reference for [%s]", query).isEqualTo(SearchCanon.of(r));
    return r.hits().stream().map(SearchResult.Hit::url).toList();
  }

  @Test
  void thePageHoldingTheWholeSentenceOutranksOneWithARareWordInItsTitle() throws IOException {
    List<String> hits = ranked("Local data on migrants shapes the policy of Qorvath");
    assertThat(hits.get(0)).isEqualTo("sentence.html");
    assertThat(hits.indexOf("rare-title.html")).isGreaterThan(0);
  }

  @Test
  void threeOfThreeWordsRankAboveTwoOfThreeWithHighFrequency() throws IOException {
    List<String> hits = ranked("migrants data remittances");
    assertThat(hits.indexOf("three-words-once.html")).isLessThan(hits.indexOf("two-words-often.html"));
  }

  @Test
  void everyUnitWithAllTheWordsRanksAboveEveryUnitWithFewer() throws IOException {
    String query = "migrants data remittances";
    SearchResult r = reference.search(query);
    assertThat(r.hits()).hasSizeGreaterThan(20);
    List<Integer> matched = new ArrayList<>();
    try (var lang = SearchLanguage.of("en").analyzer().get()) {
      for (SearchResult.Hit h : r.hits()) {
        SearchDocument d = docs.stream().filter(x -> x.path().equals(h.path()) && x.anchor().equals(h.anchor())).findFirst().orElseThrow();
        String text = (d.anchor().isEmpty() ? d.pageTitle() : d.section()) + "\n" + d.headings() + "\n" + d.body();
        int n = 0;
        for (String term : List.of("migrant", "data", "remitt")) {
          if (QueryPlan.analyze(lang, text).stream().anyMatch(t -> t.text().equals(term))) {
            n++;
          }
        }
        matched.add(n);
      }
    }
    assertThat(matched).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void wordsStandingTogetherRankAboveTheSameWordsScattered() throws IOException {
    List<String> hits = ranked("seasonal worker visa pathways");
    assertThat(hits.indexOf("together.html")).isLessThan(hits.indexOf("scattered.html"));
  }

  @Test
  void theTypedPhraseKeepsTheGapsOfItsStopWords() throws IOException {
    // "rights of migrants" is rights at 0 and migrants at 2: the page with the words exactly as
    // typed ranks above the one where they stand side by side without the "of"
    List<String> hits = ranked("rights of migrants");
    assertThat(hits.indexOf("typed-phrase.html")).isLessThan(hits.indexOf("no-stop-word.html"));
    assertThat(hits.indexOf("typed-phrase.html")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void theWordBeingTypedCountsThroughItsExpansions() throws IOException {
    List<String> hits = ranked("migrants remitt");
    assertThat(hits.indexOf("three-words-once.html")).isLessThan(hits.indexOf("two-words-often.html"));
  }

  @Test
  void aFinalStopWordDoesNotCountAsAWord() throws IOException {
    // "an" expands (to "annual" …) for search as you type, but a unit holding an expansion is
    // not ranked as matching one more word: "annual-worker" matches one word, however often
    assertThat(QueryPlan.parse("migrants data an", SearchLanguage.of("en")).prefixTerm()).isNull();
    List<String> hits = ranked("seasonal worker an");
    assertThat(hits.subList(0, 2)).containsExactlyInAnyOrder("together.html", "scattered.html");
    assertThat(hits).contains("annual-worker.html");
  }
}
