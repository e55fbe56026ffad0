package org.passage.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The browser port of the language's analysis, shipped beside the index as {@code
 * analysis-<hash>.js} registering it as {@code <lang>/analysis}: the client loads it when it opens
 * the index, so a page in another language loads none of it, and index and analysis always come
 * from the same build. English's analysis is built into the client: none is written. What was
 * written: its name.
 */
record AnalysisFile(String name) {
  /** Whether the language's analysis ships beside its index. */
  static boolean shipped(SearchLanguage language) {
    return !language.browser().equals("en");
  }

  static AnalysisFile write(ExportFolder out) throws IOException {
    SearchLanguage language = out.language;
    String resource = "client/analysis-" + language.browser() + ".js";
    String port;
    try (InputStream in = AnalysisFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no browser analysis " + resource);
      }
      port = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String js = port + out.register("analysis", "PASSAGE_ANALYSIS_" + language.browser().toUpperCase(Locale.ROOT));
    byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
    String name = "analysis-" + ExportFolder.hash(bytes) + ".js";
    out.saveScript(name, bytes);
    return new AnalysisFile(name);
  }
}
