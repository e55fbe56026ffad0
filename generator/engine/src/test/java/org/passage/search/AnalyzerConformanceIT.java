package org.passage.search;

import org.passage.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser's analysis chain produces Lucene's terms and positions for every token we index: the
 * client's built-in English over the English vocabulary, and each other analysis as it ships (the
 * client's frame running {@code client/analysis-*.js}) over the guide in French and Spanish and
 * the Arabic, Russian and Chinese fixtures, with offsets.
 */
class AnalyzerConformanceIT {

  private static TreeSet<String> vocabulary() throws IOException {
    TreeSet<String> chunks = new TreeSet<>();
    for (SearchDocument d : new SearchFixture(7).documents(240)) {
      for (String text : List.of(d.pageTitle(), d.section(), d.headings(), d.body())) {
        chunks.addAll(List.of(text.split("\\s+")));
      }
    }
    Path content = JsClient.locate("content/en");
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        chunks.addAll(List.of(Files.readString(f).split("\\s+")));
      }
    }
    chunks.remove("");
    chunks.addAll(List.of("U.S.A", "don't", "l'avion", "foo_bar", "3.14", "1,000,000", "v1.2.3", "example.com",
        "node.js", "İstanbul", "ΟΔΟΣ", "Straße", "naïve", "São", "Philippines’s", "O’Neill’s", "x\u0301y", "ab:cd",
        "10.7", "8.8.2", "10.c", "__", "_a", "a_", "12_34", "co-operation", "e-mail", "'quoted'", "\"dq\"", "(paren)",
        // Emoji sequences, which StandardTokenizer keeps as tokens of their own
        "☐", "☐☐", "☑️", "✅done", "a☐b", "❤️", "👍🏽", "👍🏽👍", "👨\u200d👩\u200d👧", "🇫🇷", "🇫🇷🇩🇪", "1️⃣", "#️⃣", "*⃣", "©", "®️",
        "ℹabc", "™x", "🏴\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f", "x\u200d☐", "☐\u200d"));
    return chunks;
  }

  @Test
  void browserAnalysisEqualsLuceneOverTheWholeVocabulary(@TempDir Path tmp) throws IOException {
    List<String> words = new ArrayList<>(vocabulary());
    SearchLanguage en = SearchLanguage.of("en");
    StringBuilder want = new StringBuilder();
    for (String w : words) {
      for (QueryPlan.Token t : QueryPlan.analyze(en.analyzer().get(), w)) {
        want.append(t.position()).append(':').append(t.text()).append(' ');
      }
      want.append('\n');
    }
    String got;
    try (JsClient js = new JsClient(tmp)) {
      StringBuilder stop = new StringBuilder("[");
      for (String s : en.stopWords()) {
        stop.append(stop.length() > 1 ? "," : "").append(Json.quote(s));
      }
      js.eval("var __entry = {stemmer:'porter', stopWords:" + stop + "]};"
          + "function __analyzeAll(words) { var out = ''; for (var i = 0; i < words.length; i++) {"
          + " Passage.searchInternals.analyze(words[i], __entry).forEach(function (t) { if (!t.stop) out += t.position + ':' + t.term + ' '; });"
          + " out += '\\n'; } return out; }");
      Value fn = js.eval("__analyzeAll");
      Value arr = js.eval("[]");
      for (String w : words) {
        arr.invokeMember("push", w);
      }
      got = fn.execute(arr).asString();
    }
    String[] w = want.toString().split("\n", -1);
    String[] g = got.split("\n", -1);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!w[i].equals(g[i])) {
        diffs.add(words.get(i) + " -> lucene [" + w[i] + "] browser [" + g[i] + "]");
      }
    }
    System.out.printf("analyzer conformance: %d distinct tokens, %d differences%n", words.size(), diffs.size());
    assertThat(words.size()).isGreaterThan(3000);
    assertThat(diffs).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "ar", "ru", "zh"})
  void everyShippedAnalysisEqualsLuceneOverItsLanguagesText(String code, @TempDir Path tmp) {
    SearchLanguage lang = SearchLanguage.of(code);
    List<String> texts = new ArrayList<>(LanguageTexts.EDGES);
    List<String> own = List.of("fr", "es").contains(code) ? LanguageTexts.guide(code) : LanguageTexts.fixture(code);
    for (int i = 0; i < own.size(); i += code.equals("fr") || code.equals("es") ? 4 : 1) { // LanguageAnalysisIT reads all
      texts.add(own.get(i));
    }
    StringBuilder json = new StringBuilder("[");
    List<String> want = new ArrayList<>();
    int tokens = 0;
    try (var lucene = lang.analyzer().get()) {
      for (String text : texts) {
        json.append(json.length() > 1 ? "," : "").append(Json.quote(text));
        LuceneTokens.Analysis a = LuceneTokens.analyze(lucene, text);
        want.add(a.brief());
        tokens += a.tokens().size();
      }
    }
    String[] got;
    try (JsClient js = new JsClient(tmp)) {
      js.eval(LanguageAnalysisIT.CLIENT.resolve("analysis-" + lang.browser() + ".js"));
      js.eval(JsClient.RESOURCES.resolve("lang-harness.js"));
      got = js.eval("__analyzeTexts").execute(js.eval("PASSAGE_ANALYSIS_" + lang.browser().toUpperCase(Locale.ROOT)),
          lang.stemmer(), LanguageAnalysisIT.stopWordsJson(lang), json.append(']').toString()).asString().split("\n", -1);
    }
    assertThat(got).hasSameSizeAs(want.toArray());
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got[i]) && diffs.size() < 5) {
        diffs.add(texts.get(i) + "\n  lucene  " + want.get(i) + "\n  browser " + got[i]);
      }
    }
    System.out.printf("analyzer conformance %s: %d texts, %d tokens, %d differences%n", code, texts.size(), tokens, diffs.size());
    assertThat(tokens).isGreaterThan(2_000);
    assertThat(diffs).isEmpty();
  }
}
