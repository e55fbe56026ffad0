package org.passage.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of one language: the analyzer that makes index terms, the analyzer that makes the
 * surface words offered as "did you mean" suggestions, and the facts the browser port needs.
 *
 * <p>The browser reproduces {@code analyzer} exactly (tokenizer, filters, stop set, stemmer
 * named by {@code stemmer}); {@code words} is the same chain without the stemmer and
 * {@code prefixes} the same chain without stop words and stemmer.
 */
public record SearchLanguage(
    String lang,
    Supplier<Analyzer> analyzer,
    Supplier<Analyzer> words,
    Supplier<Analyzer> prefixes,
    String stemmer,
    List<String> stopWords) {

  private static final Map<String, SearchLanguage> LANGUAGES = Map.of("en", english());

  /** The analysis for {@code lang}; English for languages that have none yet. */
  public static SearchLanguage of(String lang) {
    SearchLanguage l = LANGUAGES.get(lang);
    return l != null ? l : new SearchLanguage(lang, LANGUAGES.get("en").analyzer, LANGUAGES.get("en").words,
        LANGUAGES.get("en").prefixes, "porter", LANGUAGES.get("en").stopWords);
  }

  private static SearchLanguage english() {
    CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    List<String> stopWords = new ArrayList<>();
    for (Object o : stop) {
      stopWords.add(new String((char[]) o));
    }
    stopWords.sort(null);
    return new SearchLanguage("en", EnglishAnalyzer::new, () -> chain(stop), () -> chain(null), "porter", List.copyOf(stopWords));
  }

  /** StandardTokenizer, possessive, lowercase and (when given) stop words: English minus stemming. */
  private static Analyzer chain(CharArraySet stop) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        if (stop != null) {
          result = new StopFilter(result, stop);
        }
        return new TokenStreamComponents(source, result);
      }
    };
  }
}
