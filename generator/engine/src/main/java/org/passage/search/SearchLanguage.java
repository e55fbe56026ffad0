package org.passage.search;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analysis of one language, as the parts of Lucene's analyzer for it: a tokenizer, the
 * filters that make a token into a surface word ({@code normalizer}), stop words, the filters
 * that run on the words the stop list kept ({@code wordFilter}), and the stemmer.
 *
 * <p>{@code analyzer} is Lucene's own analyzer, the reference that the Java search and the
 * browser port follow; the parts compose into the same chain, token for token (terms,
 * positions, offsets: {@code SearchLanguageTest}). They also compose into the two chains the
 * search needs besides the index's:
 *
 * <ul>
 *   <li>{@link #words}: everything but the stemmer. Its terms are the surface words that "did
 *       you mean" suggests, and the index's {@code word} field.
 *   <li>{@link #prefixes}: everything but the stop words and the stemmer. The last word of a
 *       query, analysed so, is the prefix compared with the index's terms; its token count is
 *       the number of positions a chunk of the query takes.
 * </ul>
 *
 * <p>The languages (Lucene 9.12's analyzers, with their default stop words and no stem
 * exclusions):
 *
 * <table>
 *   <caption>Parts per language</caption>
 *   <tr><th>lang</th><th>normalizer</th><th>stop words</th><th>word filter</th><th>stemmer</th></tr>
 *   <tr><td>en</td><td>possessive, lowercase</td><td>English</td><td>-</td><td>Porter</td></tr>
 *   <tr><td>fr</td><td>elision ({@code l'}, {@code qu'} …, any case), lowercase</td><td>French
 *       (Snowball)</td><td>-</td><td>French light</td></tr>
 *   <tr><td>es</td><td>lowercase</td><td>Spanish (Snowball)</td><td>-</td><td>Spanish light</td></tr>
 *   <tr><td>ar</td><td>lowercase, decimal digits to ASCII</td><td>Arabic</td><td>Arabic
 *       normalisation</td><td>Arabic light</td></tr>
 *   <tr><td>ru</td><td>lowercase</td><td>Russian (Snowball)</td><td>-</td><td>Snowball Russian</td></tr>
 *   <tr><td>zh, ja, ko</td><td>CJK width folding, lowercase, CJK bigrams</td><td>CJK</td><td>-</td><td>none</td></tr>
 * </table>
 *
 * <p>What the derived chains mean where it is not plain:
 *
 * <ul>
 *   <li>Arabic normalises after its stop words, as ArabicAnalyzer does (its stop list is not
 *       normalised), so the normalisation is a word filter: the surface words are normalised
 *       (no harakat or tatweel, one alef, yeh for alef maksura, heh for teh marbuta), and
 *       a suggestion is spelt so. A typed prefix is normalised the same way (lowercase,
 *       digits, normalisation: ArabicAnalyzer's own {@code normalize}).
 *   <li>CJK has no stemmer: the words are the final terms. Han, kana and Hangul runs become
 *       overlapping bigrams (a lone character stays a unigram), so a CJK word is a bigram:
 *       "did you mean" can only replace a query chunk that is one bigram (or a non-CJK word),
 *       and a prefix that ends in CJK text is its last bigram, which expands to nothing
 *       longer (bigrams are whole terms). Latin words inside CJK text expand as in English.
 *       The bigrams stay in {@code prefixes} because they decide how many positions a chunk
 *       takes, which phrase positions depend on.
 *   <li>French elision is part of the surface word: {@code l'immigration} suggests and
 *       expands as {@code immigration}.
 * </ul>
 *
 * <p>Every chain reads its text through {@link #spaces}, which makes the no-break spaces
 * (U+00A0, and U+202F, which French puts before {@code : ; ? !}) plain spaces. StandardTokenizer
 * takes U+202F for a connector (Unicode's ExtendNumLet, as {@code _}), so {@code migrants\u202F:}
 * would be one token there and another in the browser, whose tokenizer ends a word at it: with the
 * same char filter on both sides ({@code charClass} in passage-search.js), a no-break space is a
 * space. It maps one character to one, so offsets are unchanged.
 *
 * <p>{@link #of} gives the analysis a site's index is built with: the language's own, or
 * English's for a language without one. {@link #browser} names its browser port: English is built
 * into the client, every other is {@code org/passage/search/client/analysis-<browser>.js}, which
 * the exporter ships beside the index.
 */
record SearchLanguage(
    String lang,
    Supplier<Analyzer> analyzer,
    Supplier<Tokenizer> tokenizer,
    UnaryOperator<TokenStream> normalizer,
    CharArraySet stopSet,
    UnaryOperator<TokenStream> wordFilter,
    UnaryOperator<TokenStream> stemFilter,
    String stemmer,
    String browser,
    List<String> stopWords) {

  private static final Map<String, SearchLanguage> ANALYSES = analyses();

  /** The analysis the index of {@code lang} is built with: its own, or English's for a language without one. */
  public static SearchLanguage of(String lang) {
    SearchLanguage l = ANALYSES.get(lang);
    return l != null ? l : ANALYSES.get("en").as(lang);
  }

  /**
   * What every chain reads: the text with U+00A0 and U+202F (no-break spaces) as U+0020, one char
   * for one, so offsets are unchanged. A {@code MappingCharFilter} with those two mappings gives
   * the same text, with two map lookups per char (3 % of a build of tldr-pages).
   */
  public static Reader spaces(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = in.read();
        return c == '\u00a0' || c == '\u202f' ? ' ' : c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
          char c = buffer[i];
          if (c == '\u00a0' || c == '\u202f') {
            buffer[i] = ' ';
          }
        }
        return n;
      }
    };
  }

  /** Lucene's analysis of {@code lang}; empty for a language without one. */
  public static Optional<SearchLanguage> analysis(String lang) {
    return Optional.ofNullable(ANALYSES.get(lang));
  }

  /** The languages that have an analysis of their own, sorted. */
  public static List<String> languages() {
    return List.copyOf(ANALYSES.keySet());
  }

  /** Tokenizer, normaliser, stop words and word filter: the index terms before stemming. */
  public Supplier<Analyzer> words() {
    return () -> analyzer(false, true);
  }

  /** Tokenizer, normaliser and word filter: what a typed prefix is compared with. */
  public Supplier<Analyzer> prefixes() {
    return () -> analyzer(false, false);
  }

  /** The whole chain composed from the parts: the same tokens as {@link #analyzer}. */
  public Supplier<Analyzer> composed() {
    return () -> analyzer(true, true);
  }

  /** The whole chain, with {@code tap} between the word filter and the stemmer (it sees each surface word). */
  TokenStream indexChain(Tokenizer source, UnaryOperator<TokenStream> tap) {
    return stemFilter.apply(tap.apply(wordFilter.apply(new StopFilter(normalizer.apply(source), stopSet))));
  }

  private SearchLanguage as(String code) {
    return new SearchLanguage(code, analyzer, tokenizer, normalizer, stopSet, wordFilter, stemFilter, stemmer, browser, stopWords);
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
        result = wordFilter.apply(result);
        if (stem) {
          result = stemFilter.apply(result);
        }
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return spaces(reader);
      }
    };
  }

  /** Lucene's own analyzer, reading through {@link #spaces}. */
  private static Supplier<Analyzer> withSpaces(Supplier<Analyzer> lucene) {
    return () -> new Spaced(lucene.get());
  }

  /** A Lucene analyzer that reads its text through {@link #spaces}. */
  static final class Spaced extends AnalyzerWrapper {
    private final Analyzer lucene;

    Spaced(Analyzer lucene) {
      super(lucene.getReuseStrategy());
      this.lucene = lucene;
    }

    /** The analyzer wrapped (FrenchAnalyzer …). */
    Analyzer lucene() {
      return lucene;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return lucene;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
      return spaces(reader);
    }

    @Override
    public void close() {
      super.close();
      lucene.close();
    }
  }

  private static Map<String, SearchLanguage> analyses() {
    Map<String, SearchLanguage> all = new TreeMap<>();
    // EnglishAnalyzer's chain
    all.put("en", language("en", EnglishAnalyzer::new, in -> new LowerCaseFilter(new EnglishPossessiveFilter(in)),
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, UnaryOperator.identity(), PorterStemFilter::new, "porter", "en"));
    // FrenchAnalyzer: elision is case-insensitive (its article set ignores case), before lowercasing
    all.put("fr", language("fr", FrenchAnalyzer::new,
        in -> new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)),
        FrenchAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), FrenchLightStemFilter::new, "french-light", "fr"));
    all.put("es", language("es", SpanishAnalyzer::new, LowerCaseFilter::new,
        SpanishAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), SpanishLightStemFilter::new, "spanish-light", "es"));
    // ArabicAnalyzer: "the stopword list is not normalized", so normalisation follows the stop words
    all.put("ar", language("ar", ArabicAnalyzer::new, in -> new DecimalDigitFilter(new LowerCaseFilter(in)),
        ArabicAnalyzer.getDefaultStopSet(), ArabicNormalizationFilter::new, ArabicStemFilter::new, "arabic", "ar"));
    all.put("ru", language("ru", RussianAnalyzer::new, LowerCaseFilter::new,
        RussianAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), in -> new SnowballFilter(in, new RussianStemmer()),
        "russian", "ru"));
    // CJKAnalyzer: width folding first (it can join a kana and its voicing mark), bigrams before the stop words
    for (String cjk : List.of("zh", "ja", "ko")) {
      all.put(cjk, language(cjk, CJKAnalyzer::new, in -> new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(in))),
          CJKAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), UnaryOperator.identity(), "none", "cjk"));
    }
    return Collections.unmodifiableMap(all); // sorted: languages() lists them in order
  }

  private static SearchLanguage language(String lang, Supplier<Analyzer> analyzer, UnaryOperator<TokenStream> normalizer,
      CharArraySet stop, UnaryOperator<TokenStream> wordFilter, UnaryOperator<TokenStream> stemFilter, String stemmer,
      String browser) {
    List<String> stopWords = new ArrayList<>();
    for (Object o : stop) {
      stopWords.add(new String((char[]) o));
    }
    stopWords.sort(null);
    return new SearchLanguage(lang, withSpaces(analyzer), StandardTokenizer::new, normalizer, stop, wordFilter, stemFilter,
        stemmer, browser, List.copyOf(stopWords));
  }
}
