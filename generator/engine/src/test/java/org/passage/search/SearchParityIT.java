package org.passage.search;

import org.passage.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser client (GraalJS, and node when present) returns exactly what the Java reference
 * returns, for every generated query: same hits, same order, bit-identical scores, same facet
 * counts and suggestion.
 */
class SearchParityIT {
  @TempDir
  static Path tmp;
  static List<SearchDocument> docs;
  static Path site;
  static SearchReference reference;
  static SearchExporter.Export export;
  static List<ParityQueries.Case> cases;

  @BeforeAll
  static void build() throws IOException {
    docs = new SearchFixture(7).documents(240);
    Path lucene = tmp.resolve("lucene/en");
    site = tmp.resolve("site");
    LuceneSearchIndexer.write(SearchLanguage.of("en"), docs, lucene);
    // small shards, so that queries (prefixes above all) cross shard boundaries
    export = SearchExporter.export(lucene, SearchLanguage.of("en"), site.resolve("search/en"), 8 * 1024, 4 * 1024, 3);
    reference = SearchReference.open(lucene, "en");
    cases = ParityQueries.generate(docs, 11);
  }

  @AfterAll
  static void close() throws IOException {
    reference.close();
  }

  private static String expected(ParityQueries.Case c) throws IOException {
    return SearchCanon.of(reference.search(c.query(), c.filters()));
  }

  @Test
  void fixtureIsRealistic() {
    assertThat(docs.size()).isGreaterThan(500);
    assertThat(cases.size()).isGreaterThanOrEqualTo(500);
    assertThat(export.files().keySet()).first().isEqualTo("index.js");
    // three shards per folder here, so the queries below read shards from many folders
    for (String kind : List.of("terms", "docs")) {
      List<String> shards = export.files().keySet().stream().filter(f -> f.startsWith(kind + "-")).toList();
      assertThat(shards).hasSizeGreaterThan(6).allMatch(f -> f.matches(kind + "-[0-9a-f]{12}/\\d+/\\d+\\.js"));
      assertThat(shards).allMatch(f -> {
        String[] parts = f.split("[/.]");
        return Integer.parseInt(parts[1]) == Integer.parseInt(parts[2]) / 3;
      });
    }
    System.out.printf("search fixture: %d units, %d queries, export %d files, %d bytes%n",
        docs.size(), cases.size(), export.files().size(), export.totalBytes());
  }

  @Test
  void graalJsMatchesTheJavaReference() throws IOException {
    Map<String, Integer> hitsByKind = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int queriesWithHits = 0;
    int hits = 0;
    try (JsClient js = new JsClient(site)) {
      for (ParityQueries.Case c : cases) {
        String want = expected(c);
        String got = js.search(c.query(), c.filtersJson());
        if (!want.equals(got)) {
          failures.add(c.kind() + " [" + c.query() + "] " + c.filtersJson() + "\n--- java\n" + want + "\n--- js\n" + got);
        }
        int n = reference.search(c.query(), c.filters()).total();
        hits += n;
        queriesWithHits += n > 0 ? 1 : 0;
        hitsByKind.merge(c.kind(), n, Integer::sum);
      }
    }
    System.out.printf("GraalJS parity: %d queries (%d with hits), %d hits compared, %d mismatches; hits by kind %s%n",
        cases.size(), queriesWithHits, hits, failures.size(), hitsByKind);
    if (!failures.isEmpty()) {
      Files.writeString(Path.of("target/search-parity-failures.txt"), String.join("\n\n", failures));
    }
    assertThat(failures.size()).as(failures.isEmpty() ? "" : "first of " + failures.size()
        + " mismatches (all in target/search-parity-failures.txt):\n" + brief(failures.get(0))).isZero();
    assertThat(queriesWithHits).isGreaterThan(cases.size() * 3 / 4);
  }

  @Test
  void nodeMatchesTheJavaReference() throws Exception {
    assertThat(onPath("node")).as("the node parity run needs node on PATH: apt-get install nodejs (.ci/run does this)").isTrue();
    Path queries = tmp.resolve("queries.tsv");
    StringBuilder tsv = new StringBuilder();
    for (ParityQueries.Case c : cases) {
      tsv.append(Json.quote(c.query())).append('\t').append(c.filtersJson()).append('\n');
    }
    Files.writeString(queries, tsv.toString(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", JsClient.RESOURCES.resolve("node-harness.js").toString(),
        JsClient.CLIENT.toString(), site.toString(), queries.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    String[] results = out.split("\n\u0000end\n", -1);
    assertThat(results.length - 1).as(brief(out)).isEqualTo(cases.size());
    int mismatches = 0;
    String first = null;
    for (int i = 0; i < cases.size(); i++) {
      String want = expected(cases.get(i));
      if (!want.equals(results[i])) {
        mismatches++;
        if (first == null) {
          first = cases.get(i).query() + "\n--- java\n" + want + "\n--- node\n" + results[i];
        }
      }
    }
    System.out.printf("node parity: %d queries, %d mismatches%n", cases.size(), mismatches);
    assertThat(mismatches).as(first == null ? "" : brief(first)).isZero();
  }

  static String brief(String s) {
    return s.length() > 3000 ? s.substring(0, 3000) + "\n…" : s;
  }

  static boolean onPath(String exe) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, exe))) {
        return true;
      }
    }
    return false;
  }
}
