package org.passage.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of one language, as the parts of Lucene's analyzer for it: a tokenizer, the
 * filters that normalise a token into a surface word (possessive, lowercase), stop words, and
 * the stemmer. {@code analyzer} is Lucene's own analyzer (EnglishAnalyzer), which the Java
 * reference and the browser port follow; the parts compose into the same chain, and also into
 * the chain that makes the "did you mean" words ({@link #words}: no stemmer) and the one that
 * expands a prefix ({@link #prefixes}: no stop words, no stemmer).
 */
public record SearchLanguage(
    String lang,
    Supplier<Analyzer> analyzer,
    Supplier<Tokenizer> tokenizer,
    UnaryOperator<TokenStream> normalizer,
    CharArraySet stopSet,
    UnaryOperator<TokenStream> stemFilter,
    String stemmer,
    List<String> stopWords) {

  private static final Map<String, SearchLanguage> LANGUAGES = Map.of("en", english());

  /** The analysis for {@code lang}; English for languages that have none yet. */
  public static SearchLanguage of(String lang) {
    SearchLanguage l = LANGUAGES.get(lang);
    if (l != null) {
      return l;
    }
    SearchLanguage en = LANGUAGES.get("en");
    return new SearchLanguage(lang, en.analyzer, en.tokenizer, en.normalizer, en.stopSet, en.stemFilter, en.stemmer, en.stopWords);
  }

  /** Tokenizer, normaliser and stop words: the index terms before stemming. */
  public Supplier<Analyzer> words() {
    return () -> analyzer(false, true);
  }

  /** Tokenizer and normaliser only: what a typed prefix is compared with. */
  public Supplier<Analyzer> prefixes() {
    return () -> analyzer(false, false);
  }

  /** The whole chain, with {@code tap} between the stop words and the stemmer (it sees each surface word). */
  TokenStream indexChain(Tokenizer source, UnaryOperator<TokenStream> tap) {
    return stemFilter.apply(tap.apply(new StopFilter(normalizer.apply(source), stopSet)));
  }

  private Analyzer analyzer(boolean stem, boolean stop) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream result = normalizer.apply(source);
        if (stop) {
          result = new StopFilter(result, stopSet);
        }
        if (stem) {
          result = stemFilter.apply(result);
        }
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /** EnglishAnalyzer's chain, taken apart (Lucene 9.12; no stem exclusions). */
  private static SearchLanguage english() {
    CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    List<String> stopWords = new ArrayList<>();
    for (Object o : stop) {
      stopWords.add(new String((char[]) o));
    }
    stopWords.sort(null);
    return new SearchLanguage("en", EnglishAnalyzer::new, StandardTokenizer::new,
        in -> new LowerCaseFilter(new EnglishPossessiveFilter(in)), stop, PorterStemFilter::new, "porter", List.copyOf(stopWords));
  }
}
