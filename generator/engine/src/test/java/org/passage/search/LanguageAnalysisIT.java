package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.text.Json;

/**
 * Each language's browser analysis ({@code client/analysis-*.js}, run in GraalJS by the shipped
 * client, as a search runs it) gives Lucene's terms, positions and offsets: on the language's
 * real text, on the vocabularies Lucene and Snowball test their stemmers with, on every ending
 * the stemmers know, on random strings, and on every character a filter treats specially.
 *
 * <p>The whole chain is the client's ({@code Analysis} in passage-search.js: its tokenizer,
 * lowercasing, the port's filters, the stop words the index entry carries, the stemmer; {@code
 * lang-harness.js} calls it); what comes out must equal Lucene's analyzer token for token. The
 * filters are also compared one by one with Lucene's, on single words.
 */
class LanguageAnalysisIT {
  static final Path CLIENT = JsClient.locate("generator/engine/src/main/resources/org/passage/search/client");
  private static JsClient js;

  @BeforeAll
  static void load(@TempDir Path tmp) {
    js = new JsClient(tmp); // the shipped client
    for (String lang : List.of("fr", "es", "ar", "ru", "cjk")) {
      js.eval(CLIENT.resolve("analysis-" + lang + ".js"));
    }
    js.eval(JsClient.RESOURCES.resolve("lang-harness.js"));
  }

  @AfterAll
  static void close() {
    js.close();
  }

  @Test
  void everyFileIsAnEcmaScript5ClassicScript() throws IOException {
    // the exporter ships each beside its index as a classic script; \p{..} escapes are built at run time
    try (Context es5 = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false")
        .option("js.ecmascript-version", "5").build()) {
      for (String lang : List.of("fr", "es", "ar", "ru", "cjk")) {
        Path file = CLIENT.resolve("analysis-" + lang + ".js");
        es5.parse(Source.newBuilder("js", file.toFile()).build());
        assertThat(Files.readString(file)).startsWith("/*").contains("var PASSAGE_ANALYSIS_" + lang.toUpperCase(Locale.ROOT) + " = (function () {");
      }
    }
  }

  @Test
  void french() {
    SearchLanguage fr = SearchLanguage.analysis("fr").orElseThrow();
    List<String> texts = new ArrayList<>(LanguageTexts.guide("fr"));
    texts.addAll(LanguageTexts.EDGES);
    // every article, in every case, with both apostrophes (elision ignores case, İ and K included)
    for (String article : List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
        "L", "QU", "Qu", "qU", "JUSQU", "QUOİQU", "PUİSQU", "\u212a", "x", "lo", "")) {
      texts.add(article + "'avion " + article + "\u2019Europe " + article + "'" + " " + article + "'a'b");
    }
    texts.addAll(randomTexts(new Random(1), "abcdeéèêàâçîôûùxsrtlnmqz'’-_ .ABCÉÀ0129", 3000));
    assertChainConforms(fr, "PASSAGE_ANALYSIS_FR", texts, 60_000);

    TreeSet<String> words = surfaceWords(texts);
    words.addAll(LUCENE_FRENCH_LIGHT);
    words.addAll(combinations(List.of("migr", "particip", "justif", "commun", "administr", "invest", "educ", "prat",
        "person", "colon", "ritu", "son", "nomin", "dispos", "achet", "plant", "por", "caiss", "bijout", "abras", "fai",
        "pat", "compl", "aromat", "sonor", "chev", "ann", "n", "ab", "abcd", "22h", "1234"), List.of("", "x", "s",
        "aux", "eaux", "eux", "ieux", "issement", "issant", "ement", "ivement", "ficatrice", "ficateur", "catrice",
        "cateur", "atrice", "ateur", "trice", "ième", "teuse", "teur", "euse", "ère", "ive", "folle", "molle",
        "nnelle", "nnel", "ète", "ique", "esse", "inage", "isation", "ualisation", "isateur", "ation", "ition", "ie",
        "er", "ee", "e", "ées", "ll", "lle", "rr", "aa", "00", "ées", "ons", "ait", "èrent"), List.of("", "s", "x")));
    words.addAll(randomWords(new Random(2), "abcdeéèêëàâçîïôûùüxsrtlnmqfiv'’-_09", 20_000, 16));
    List<String> doubled = new ArrayList<>(); // the doubled-letter rule, on every character a token can hold
    for (char c = 0; c < 0xd800; c++) {
      doubled.add("abcde" + c + c + "f " + c + c + "abcd");
    }
    words.addAll(surfaceWords(doubled));
    assertFilterConforms("French light stemmer", fr.stemFilter(), "PASSAGE_ANALYSIS_FR.stem", words, 90_000, 30_000);
    assertFilterConforms("elision", in -> new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES),
        "PASSAGE_ANALYSIS_FR.elision", words, 90_000, 500);
  }

  @Test
  void spanish() {
    SearchLanguage es = SearchLanguage.analysis("es").orElseThrow();
    List<String> texts = new ArrayList<>(LanguageTexts.guide("es"));
    texts.addAll(LanguageTexts.EDGES);
    texts.addAll(randomTexts(new Random(3), "abcdeéíóúüñáàèìòùâêîôûäëïöxsz .ÁÉÑ019", 3000));
    assertChainConforms(es, "PASSAGE_ANALYSIS_ES", texts, 55_000);

    TreeSet<String> words = surfaceWords(texts);
    words.addAll(combinations(List.of("migr", "desarroll", "ni", "pa", "acci", "v", "lu", "mes", "ciudad", "trabaj",
        "a", "ab", "abc", "ñu"), List.of("", "o", "a", "e", "os", "as", "es", "eses", "ces", "ción", "ciones", "iones",
        "ón", "á", "é", "í", "ó", "ú", "ü", "ís", "ías", "ísimo", "ésimas", "ïes", "ëos"), List.of("", "s")));
    words.addAll(randomWords(new Random(4), "abcdeéíóúüñáàèìòùâêîôûäëïöxszc09", 20_000, 14));
    assertFilterConforms("Spanish light stemmer", es.stemFilter(), "PASSAGE_ANALYSIS_ES.stem", words, 25_000, 10_000);
  }

  @Test
  void arabic() {
    SearchLanguage ar = SearchLanguage.analysis("ar").orElseThrow();
    List<String> texts = new ArrayList<>(LanguageTexts.fixture("ar"));
    texts.addAll(LanguageTexts.EDGES);
    texts.addAll(LUCENE_ARABIC);
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) { // every decimal digit, alone and inside words
      if (Character.isDigit(cp)) {
        String d = Character.toString(cp);
        texts.add(d + " x" + d + "y " + d + d + " ٣" + d + " والـ" + d);
      }
    }
    String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۰۱۲";
    texts.addAll(randomTexts(new Random(5), letters + "  ", 3000));
    assertChainConforms(ar, "PASSAGE_ANALYSIS_AR", texts, 5_000);

    TreeSet<String> words = surfaceWords(texts);
    words.addAll(combinations(List.of("", "ال", "وال", "بال", "كال", "فال", "لل", "و", "ب", "ف", "ك", "ل", "وب"),
        List.of("حسن", "ساهد", "مهاجر", "تنمي", "هجر", "علم", "كتب", "درس", "عمل", "بلد", "سكن", "مدين", "قري", "ا", "اخر",
            "مُهَاجِر", "هجـــر", "أمن", "إدار", "آفاق", "مستوى"),
        List.of("", "ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "هات", "ى", "تها", "يها", "اتها", "ًا", "ٌ")));
    words.addAll(randomWords(new Random(6), letters, 20_000, 10));
    assertFilterConforms("decimal digits", DecimalDigitFilter::new, "PASSAGE_ANALYSIS_AR.tokenFilters[0]", words, 25_000, 5_000);
    assertFilterConforms("Arabic normalisation", ArabicNormalizationFilter::new, "PASSAGE_ANALYSIS_AR.wordFilters[0]",
        words, 25_000, 5_000);
    assertFilterConforms("Arabic stemmer", ar.stemFilter(), "PASSAGE_ANALYSIS_AR.stem", words, 25_000, 5_000);
  }

  @Test
  void russian() throws IOException {
    SearchLanguage ru = SearchLanguage.analysis("ru").orElseThrow();
    List<String> texts = new ArrayList<>(LanguageTexts.fixture("ru"));
    texts.addAll(LanguageTexts.EDGES);
    texts.addAll(randomTexts(new Random(7), "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЁЯ -", 3000));
    assertChainConforms(ru, "PASSAGE_ANALYSIS_RU", texts, 5_000);

    TreeSet<String> words = surfaceWords(texts);
    words.addAll(Files.readAllLines(JsClient.RESOURCES.resolve("lang/ru-snowball-voc.txt")));
    // every ending of every step, after stems that put it inside RV, R2 or neither, with what may come before it
    List<String> endings = List.of("в", "вши", "вшись", "ив", "ивши", "ившись", "ыв", "ывши", "ывшись", "ее", "ие", "ые",
        "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую",
        "юю", "ая", "яя", "ою", "ею", "ла", "на", "ете", "йте", "ли", "й", "л", "н", "ло", "но", "ет", "ют", "ны", "ть",
        "ешь", "нно", "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "уй", "ил", "ыл", "ен", "ило", "ыло",
        "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ю", "а", "ев", "ов", "ье", "е", "иями", "ями",
        "ами", "еи", "ии", "и", "ией", "иям", "ям", "ием", "ам", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ия",
        "ья", "я", "ост", "ость", "ейш", "ейше", "нн", "ё", "");
    List<String> middles = List.of("", "ивш", "ывш", "ующ", "ем", "нн", "вш", "ющ", "щ", "ост", "ейш", "а", "я", "и", "н");
    words.addAll(combinations(List.of("мигр", "развит", "бег", "прекрасн", "сдел", "чит", "м", "бесконечн", "благодар",
        "раб", "учит", "стран", "город", "у", "о", "бн", "ёлк", "стоя", "дли"), middles, endings));
    words.addAll(combinations(List.of("мигр", "сдела", "бег", "а"), endings, List.of("ся", "сь")));
    words.addAll(randomWords(new Random(8), "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", 20_000, 14));
    assertFilterConforms("Snowball Russian stemmer", ru.stemFilter(), "PASSAGE_ANALYSIS_RU.stem", words, 50_000, 30_000);
  }

  @Test
  void chineseJapaneseKorean() {
    SearchLanguage zh = SearchLanguage.analysis("zh").orElseThrow();
    List<String> texts = new ArrayList<>(LanguageTexts.fixture("zh"));
    texts.addAll(LanguageTexts.EDGES);
    for (char c = 0xff00; c <= 0xffef; c++) { // every width form, alone, after kana that may take a voicing mark, in runs
      texts.add(c + " ｶ" + c + " ウ" + c + " ハ" + c + "ﾟ a" + c + " " + c + "ｶ " + c + c + " 中" + c + "文");
    }
    texts.addAll(randomTexts(new Random(9), "中文移民数据人々あいうカタナｶﾀﾅｳﾞﾊﾟﾞﾟ한국어ＡＢＣａ１２abc12 ,.、。　𠀀𪜀the", 5000));
    assertChainConforms(zh, "PASSAGE_ANALYSIS_CJK", texts, 10_000);

    TreeSet<String> words = new TreeSet<>();
    for (String text : texts) {
      for (LuceneTokens.Token t : LuceneTokens.analyze(tokenizer(UnaryOperator.identity()), text).tokens()) {
        words.add(t.term());
      }
    }
    words.addAll(randomWords(new Random(10), "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ･ウカハヽヾＡｚ！～", 20_000, 8));
    assertFilterConforms("CJK width folding", CJKWidthFilter::new, "PASSAGE_ANALYSIS_CJK.tokenFilters[0]", words, 20_000, 10_000);
    assertTokenTypes(texts);
  }

  /** The type tokenType gives each token's text is StandardTokenizer's, wherever the bigrams depend on it. */
  private static void assertTokenTypes(List<String> texts) {
    List<String> tokens = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (Analyzer tokenizer = tokenizer(UnaryOperator.identity())) {
      for (String text : texts) {
        for (LuceneTokens.Token t : LuceneTokens.analyze(tokenizer, text).tokens()) {
          tokens.add(t.term());
          types.add(t.type());
        }
      }
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) { // every character StandardTokenizer makes a token of
        if (cp == 0xd800) {
          cp = 0xe000;
        }
        String c = Character.toString(cp);
        List<LuceneTokens.Token> ts = LuceneTokens.analyze(tokenizer, c).tokens();
        if (ts.size() == 1 && ts.get(0).term().equals(c)) {
          tokens.add(c);
          types.add(ts.get(0).type());
        }
      }
    }
    String[] got = map("PASSAGE_ANALYSIS_CJK.tokenType", tokens);
    List<String> diffs = new ArrayList<>();
    List<String> cjk = List.of("<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>");
    for (int i = 0; i < tokens.size(); i++) {
      boolean matters = cjk.contains(types.get(i)) || cjk.contains(got[i]);
      if (matters && !types.get(i).equals(got[i]) && diffs.size() < 20) {
        diffs.add(tokens.get(i) + " " + tokens.get(i).codePoints().mapToObj(Integer::toHexString).toList() + " lucene "
            + types.get(i) + " browser " + got[i]);
      }
    }
    System.out.printf("CJK token types: %d tokens, %d differences%n", tokens.size(), diffs.size());
    assertThat(tokens.size()).isGreaterThan(100_000);
    assertThat(diffs).isEmpty();
  }

  /** The shipped client, running the analysis, gives the analyzer's tokens for every text. */
  private static void assertChainConforms(SearchLanguage lang, String analysis, List<String> texts, int minTokens) {
    StringBuilder json = new StringBuilder("[");
    List<String> want = new ArrayList<>();
    long tokens = 0;
    try (Analyzer lucene = lang.analyzer().get()) {
      for (String text : texts) {
        json.append(json.length() > 1 ? "," : "").append(Json.quote(text));
        LuceneTokens.Analysis out = LuceneTokens.analyze(lucene, text);
        want.add(out.brief());
        tokens += out.tokens().size();
      }
    }
    String[] got = js.eval("__analyzeTexts").execute(js.eval(analysis), lang.stemmer(), stopWordsJson(lang),
        json.append(']').toString()).asString().split("\n", -1);
    assertThat(got).hasSameSizeAs(want);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got[i]) && diffs.size() < 10) {
        diffs.add(texts.get(i) + "\n  lucene  " + want.get(i) + "\n  browser " + got[i]);
      }
    }
    System.out.printf("%s analysis: %d texts, %d tokens, %d differences%n", lang.lang(), texts.size(), tokens, diffs.size());
    assertThat(tokens).isGreaterThan(minTokens);
    assertThat(diffs).isEmpty();
  }

  /** The stop words as the index entry carries them: the one list, Lucene's. */
  static String stopWordsJson(SearchLanguage lang) {
    StringBuilder stop = new StringBuilder("[");
    for (String w : lang.stopWords()) {
      stop.append(stop.length() > 1 ? "," : "").append(Json.quote(w));
    }
    return stop.append(']').toString();
  }

  /** The JS function {@code fn} makes of each word what Lucene's {@code filter} makes of it. */
  private static void assertFilterConforms(String what, UnaryOperator<TokenStream> filter, String fn, Collection<String> words,
      int minWords, int minChanged) {
    List<String> list = new ArrayList<>(words);
    String[] got = map(fn, list);
    List<String> diffs = new ArrayList<>();
    int changed = 0;
    for (int i = 0; i < list.size(); i++) {
      String want = LuceneTokens.filter(filter, list.get(i));
      changed += want.equals(list.get(i)) ? 0 : 1;
      if (!want.equals(got[i]) && diffs.size() < 20) {
        diffs.add(list.get(i) + " -> lucene " + want + " browser " + got[i]);
      }
    }
    System.out.printf("%s: %d words (%d changed), %d differences%n", what, list.size(), changed, diffs.size());
    assertThat(list.size()).isGreaterThan(minWords);
    assertThat(changed).isGreaterThan(minChanged);
    assertThat(diffs).isEmpty();
  }

  private static String[] map(String fn, List<String> words) {
    StringBuilder json = new StringBuilder("[");
    for (String w : words) {
      json.append(json.length() > 1 ? "," : "").append(Json.quote(w));
    }
    Value f = js.eval(fn);
    String[] got = js.eval("__mapWords").execute(f, json.append(']').toString()).asString().split("\n", -1);
    assertThat(got).hasSameSizeAs(words.toArray());
    return got;
  }

  /** StandardTokenizer and {@code then}: what the frame hands the language's filters. */
  private static Analyzer tokenizer(UnaryOperator<TokenStream> then) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, then.apply(source));
      }
    };
  }

  /** The distinct lowercased tokens of the texts, as the filters see them. */
  private static TreeSet<String> surfaceWords(Collection<String> texts) {
    TreeSet<String> out = new TreeSet<>();
    try (Analyzer lowercased = tokenizer(LowerCaseFilter::new)) {
      for (String text : texts) {
        for (LuceneTokens.Token t : LuceneTokens.analyze(lowercased, text).tokens()) {
          out.add(t.term());
        }
      }
    }
    return out;
  }

  private static List<String> combinations(List<String> a, List<String> b, List<String> c) {
    List<String> out = new ArrayList<>();
    for (String x : a) {
      for (String y : b) {
        for (String z : c) {
          out.add(x + y + z);
        }
      }
    }
    return out;
  }

  private static List<String> randomWords(Random random, String alphabet, int count, int maxLength) {
    int[] cps = alphabet.codePoints().toArray();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = 1 + random.nextInt(maxLength); n > 0; n--) {
        w.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      out.add(w.toString());
    }
    return out;
  }

  private static List<String> randomTexts(Random random, String alphabet, int count) {
    return randomWords(random, alphabet, count, 40);
  }

  /** Words from Lucene's TestFrenchLightStemFilter (apache/lucene, lucene/analysis/common/src/test; Apache 2.0). */
  private static final List<String> LUCENE_FRENCH_LIGHT = List.of("chevaux", "cheval", "hiboux", "hibou", "chantés",
      "chanter", "chante", "chant", "baronnes", "barons", "baron", "peaux", "peau", "anneaux", "anneau", "neveux", "neveu",
      "affreux", "affreuse", "investissement", "investir", "assourdissant", "assourdir", "pratiquement", "pratique",
      "administrativement", "administratif", "justificatrice", "justificateur", "justifier", "educatrice", "eduquer",
      "communicateur", "communiquer", "accompagnatrice", "accompagnateur", "administrateur", "administrer",
      "productrice", "producteur", "acheteuse", "acheteur", "planteur", "plante", "poreuse", "poreux", "plieuse",
      "bijoutière", "bijoutier", "caissière", "caissier", "abrasive", "abrasif", "folle", "fou", "personnelle",
      "personne", "personnel", "complète", "complet", "aromatique", "faiblesse", "faible", "patinage", "patin",
      "sonorisation", "ritualisation", "rituel", "colonisateur", "nomination", "disposition", "dispose", "1234555",
      "12333345", "1234", "abcdeff", "abcccddeef", "créées", "22hh00");

  /**
   * Words and sentences from Lucene's TestArabicStemFilter, TestArabicNormalizationFilter and
   * TestCJKAnalyzer's non-CJK case (apache/lucene, lucene/analysis/common/src/test; Apache 2.0).
   */
  private static final List<String> LUCENE_ARABIC = List.of("الحسن", "والحسن", "بالحسن", "كالحسن", "فالحسن", "للاخر",
      "وحسن", "زوجها", "ساهدان", "ساهدات", "ساهدون", "ساهدين", "ساهديه", "ساهدية", "ساهده", "ساهدة", "ساهدي", "وساهدون",
      "ساهدهات", "الو", "English", "آجن", "أحمد", "إعاذ", "بنى", "فاطمة", "روبرـــــت", "مَبنا", "علِي", "بُوات", "ولداً",
      "ولدٍ", "ولدٌ", "نلْسون", "هتميّ", "一 روبرت موير", "一 رُوبرت موير");
}
