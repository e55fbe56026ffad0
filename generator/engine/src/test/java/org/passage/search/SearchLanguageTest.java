package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;

/** Each language's parts compose into Lucene's own analyzer, and its derived chains mean what they say. */
class SearchLanguageTest {
  private static final List<String> TEXTS = LanguageTexts.all(3);

  @Test
  void everyLanguageHasLucenesAnalyzerForItsCode() {
    assertThat(SearchLanguage.languages()).containsExactly("ar", "en", "es", "fr", "ja", "ko", "ru", "zh");
    assertThat(((SearchLanguage.Spaced) SearchLanguage.analysis("fr").orElseThrow().analyzer().get()).lucene().getClass()
        .getSimpleName()).isEqualTo("FrenchAnalyzer");
    assertThat(((SearchLanguage.Spaced) SearchLanguage.analysis("zh").orElseThrow().analyzer().get()).lucene().getClass()
        .getSimpleName()).isEqualTo("CJKAnalyzer");
    assertThat(SearchLanguage.analysis("de")).isEmpty();
  }

  @Test
  void eachLanguagesIndexUsesItsOwnAnalyzerAndShipsItsBrowserPort() {
    Map<String, List<String>> want = Map.of("en", List.of("porter", "en"), "fr", List.of("french-light", "fr"),
        "es", List.of("spanish-light", "es"), "ar", List.of("arabic", "ar"), "ru", List.of("russian", "ru"),
        "zh", List.of("none", "cjk"), "ja", List.of("none", "cjk"), "ko", List.of("none", "cjk"));
    want.forEach((lang, parts) -> {
      SearchLanguage l = SearchLanguage.of(lang);
      assertThat(l).as(lang).isEqualTo(SearchLanguage.analysis(lang).orElseThrow());
      assertThat(List.of(l.stemmer(), l.browser())).as(lang).isEqualTo(parts);
      if (!l.browser().equals("en")) { // English is built into the client; the others ship with their index
        assertThat(AnalysisFile.class.getResource("client/analysis-" + l.browser() + ".js")).as(lang).isNotNull();
      }
    });
    // a language without an analyzer of its own is analysed as English, under its own code
    SearchLanguage de = SearchLanguage.of("de");
    assertThat(List.of(de.lang(), de.stemmer(), de.browser())).containsExactly("de", "porter", "en");
    assertThat(de.stopWords()).isEqualTo(SearchLanguage.of("en").stopWords());
  }

  @Test
  void noBreakSpacesAreSpacesInEveryChain() {
    // StandardTokenizer alone joins a word and U+202F (ExtendNumLet) into one token; the chains read through the char filter
    String text = "Les migrants\u202F: l\u2019intégration\u00a0; quoi\u202F?";
    for (String lang : SearchLanguage.languages()) {
      SearchLanguage l = SearchLanguage.analysis(lang).orElseThrow();
      String spaced = text.replace('\u202f', ' ').replace('\u00a0', ' ');
      for (var chain : List.of(l.analyzer(), l.composed(), l.words(), l.prefixes())) {
        try (Analyzer a = chain.get(); Analyzer plain = chain.get()) {
          assertThat(LuceneTokens.analyze(a, text)).as(lang).isEqualTo(LuceneTokens.analyze(plain, spaced));
        }
      }
    }
    try (Analyzer fr = SearchLanguage.of("fr").analyzer().get()) {
      assertThat(LuceneTokens.analyze(fr, text).brief()).isEqualTo("1:migrant:4:12 2:integ:15:28 3:quoi:31:35");
      // without the char filter, Lucene's tokenizer would keep the narrow space in the word
      assertThat(LuceneTokens.analyze(((SearchLanguage.Spaced) fr).lucene(), text).brief())
          .isEqualTo("1:migrants\u202f:4:13 2:integ:15:28 3:quoi\u202f:31:36");
    }
  }

  @Test
  void theSpacesReaderIsLucenesMappingCharFilterWithTheTwoMappings() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u00a0", " ");
    map.add("\u202f", " ");
    NormalizeCharMap spaces = map.build();
    Random random = new Random(7);
    String alphabet = "ab cé\u00a0\u202f'’-.,;:!?1 2\nxyzMIGRATION\u0627\u0644\u4e2d\u6587\u3000";
    for (String lang : SearchLanguage.languages()) {
      Analyzer lucene = ((SearchLanguage.Spaced) SearchLanguage.analysis(lang).orElseThrow().analyzer().get()).lucene();
      Analyzer mapped = new AnalyzerWrapper(lucene.getReuseStrategy()) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return lucene;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
          return new MappingCharFilter(spaces, reader);
        }
      };
      try (Analyzer ours = SearchLanguage.analysis(lang).orElseThrow().analyzer().get()) {
        for (int round = 0; round < 300; round++) {
          StringBuilder b = new StringBuilder();
          for (int i = random.nextInt(120); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          String text = b.toString();
          assertThat(LuceneTokens.analyze(ours, text)).as(lang + ": " + text).isEqualTo(LuceneTokens.analyze(mapped, text));
        }
      }
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
