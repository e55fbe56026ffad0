package org.passage.search;

import org.passage.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's analysis chain produces Lucene's EnglishAnalyzer terms and positions for every token we index. */
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
}
