package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Each language's parts compose into Lucene's own analyzer, and its derived chains mean what they say. */
class SearchLanguageTest {
  private static final List<String> TEXTS = LanguageTexts.all(3);

  @Test
  void everyLanguageHasLucenesAnalyzerForItsCode() {
    assertThat(SearchLanguage.languages()).containsExactly("ar", "en", "es", "fr", "ja", "ko", "ru", "zh");
    assertThat(SearchLanguage.analysis("fr").orElseThrow().analyzer().get().getClass().getSimpleName())
        .isEqualTo("FrenchAnalyzer");
    assertThat(SearchLanguage.analysis("zh").orElseThrow().analyzer().get().getClass().getSimpleName())
        .isEqualTo("CJKAnalyzer");
    assertThat(SearchLanguage.analysis("de")).isEmpty();
  }

  @Test
  void theSitesIndexesUseOnlyAnalysesTheBrowserRuns() {
    // until the client has the ports of analysis-*.js, every index is analysed as English
    assertThat(SearchLanguage.of("en").stemmer()).isEqualTo("porter");
    for (String lang : List.of("fr", "es", "ar", "ru", "zh", "de")) {
      SearchLanguage l = SearchLanguage.of(lang);
      assertThat(l.lang()).isEqualTo(lang);
      assertThat(l.stemmer()).isEqualTo("porter");
      assertThat(l.stopWords()).isEqualTo(SearchLanguage.of("en").stopWords());
    }
  }

  @Test
  void thePartsComposeIntoLucenesAnalyzerTokenForToken() {
    long tokens = 0;
    for (String lang : SearchLanguage.languages()) {
      SearchLanguage l = SearchLanguage.analysis(lang).orElseThrow();
      List<String> diffs = new ArrayList<>();
      try (Analyzer lucene = l.analyzer().get(); Analyzer composed = l.composed().get()) {
        for (String text : TEXTS) {
          LuceneTokens.Analysis want = LuceneTokens.analyze(lucene, text);
          LuceneTokens.Analysis got = LuceneTokens.analyze(composed, text);
          tokens += want.tokens().size();
          if (!want.equals(got) && diffs.size() < 5) {
            diffs.add(lang + ": " + text + "\n  lucene   " + want + "\n  composed " + got);
          }
        }
      }
      assertThat(diffs).as(lang).isEmpty();
    }
    assertThat(tokens).isGreaterThan(300_000);
  }

  @Test
  void theWordsAreTheTermsBeforeStemming() {
    for (String lang : SearchLanguage.languages()) {
      SearchLanguage l = SearchLanguage.analysis(lang).orElseThrow();
      try (Analyzer lucene = l.analyzer().get(); Analyzer words = l.words().get()) {
        for (String text : TEXTS.subList(0, 250)) {
          List<LuceneTokens.Token> want = LuceneTokens.analyze(lucene, text).tokens();
          List<LuceneTokens.Token> got = LuceneTokens.analyze(words, text).tokens();
          assertThat(got).as(lang + ": " + text).hasSameSizeAs(want);
          for (int i = 0; i < want.size(); i++) {
            LuceneTokens.Token w = want.get(i);
            LuceneTokens.Token g = got.get(i);
            assertThat(List.of(g.position(), g.start(), g.end())).as(lang + ": " + text)
                .isEqualTo(List.of(w.position(), w.start(), w.end()));
            assertThat(LuceneTokens.filter(l.stemFilter(), g.term())).as(lang + ": " + g.term()).isEqualTo(w.term());
          }
        }
      }
    }
  }

  @Test
  void thePrefixesAreTheWordsWithTheirStopWords() {
    for (String lang : SearchLanguage.languages()) {
      SearchLanguage l = SearchLanguage.analysis(lang).orElseThrow();
      try (Analyzer words = l.words().get(); Analyzer prefixes = l.prefixes().get()) {
        for (String text : TEXTS.subList(0, 250)) {
          List<LuceneTokens.Token> all = LuceneTokens.analyze(prefixes, text).tokens();
          // one token a position, no gaps: a chunk of the query takes as many positions as this has tokens
          for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).position()).as(lang + ": " + text).isEqualTo(i);
          }
          List<LuceneTokens.Token> kept = LuceneTokens.analyze(words, text).tokens();
          assertThat(all).as(lang + ": " + text).containsAll(kept);
        }
      }
    }
  }

  @Test
  void stopWordsAreLucenesSetSorted() {
    for (String lang : SearchLanguage.languages()) {
      SearchLanguage l = SearchLanguage.analysis(lang).orElseThrow();
      assertThat(l.stopWords()).as(lang).isSorted().hasSize(l.stopSet().size());
      assertThat(new TreeSet<>(l.stopWords())).as(lang).hasSameSizeAs(l.stopWords());
      for (String w : l.stopWords()) {
        assertThat(l.stopSet().contains(w)).as(lang + ": " + w).isTrue();
      }
    }
    assertThat(SearchLanguage.analysis("fr").orElseThrow().stopWords()).hasSize(154).contains("au", "étée", "qu");
    assertThat(SearchLanguage.analysis("zh").orElseThrow().stopWords()).hasSize(35).contains("www");
  }
}
