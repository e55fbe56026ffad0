package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java writer and the JS reader agree on every byte; old or damaged shards fail loudly. */
class SearchFormatIT {
  @TempDir
  Path tmp;
  Path lucene;
  Path site;
  Path out;

  @BeforeEach
  void build() throws IOException {
    List<SearchDocument> docs = new SearchFixture(3).documents(40);
    lucene = tmp.resolve("lucene/en");
    site = tmp.resolve("site");
    out = site.resolve("search/en");
    new LuceneSearchIndexer().index("en", docs, lucene, site);
  }

  /** Every term, field, document, frequency and position, as Lucene holds them. */
  private String luceneDump() throws IOException {
    StringBuilder b = new StringBuilder();
    try (FSDirectory dir = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      java.util.TreeMap<String, StringBuilder> byTerm = new java.util.TreeMap<>();
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        Terms terms = leaf.terms(SearchFields.TEXT.get(f));
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          StringBuilder s = byTerm.computeIfAbsent(t.utf8ToString(), k -> new StringBuilder());
          s.append(' ').append(f).append(':').append(te.docFreq());
          PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
          for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            s.append(' ').append(d).append('/').append(pe.freq());
            for (int i = 0; i < pe.freq(); i++) {
              s.append(i == 0 ? '@' : ',').append(pe.nextPosition());
            }
          }
        }
      }
      byTerm.forEach((t, s) -> b.append(t).append(s).append('\n'));
    }
    return b.toString();
  }

  private static final String JS_DUMP = """
      function __dump(done) {
        Passage.searchInternals.openIndex('ROOT/', 'en').then(function (idx) {
          var n = idx.meta.termShards.length, parts = [];
          var all = [];
          for (var i = 0; i < n; i++) all.push(idx.termShard(i));
          return Promise.all(all).then(function (shards) {
            shards.forEach(function (s) {
              s.terms.forEach(function (t, k) {
                var line = t;
                s.info[k].forEach(function (fi, f) {
                  if (!fi) return;
                  line += ' ' + f + ':' + fi.df;
                  var p = Passage.searchInternals.postings(fi);
                  p.docs.forEach(function (d, j) { line += ' ' + d + '/' + p.freqs[j] + '@' + Array.prototype.join.call(Passage.searchInternals.positionsOf(p, j), ','); });
                });
                parts.push(line + '\\n');
              });
            });
            done(parts.join(''));
          });
        }).catch(function (e) { done('error=' + e.message); });
      }
      """;

  private String jsDump() {
    try (JsClient js = new JsClient(site)) {
      js.eval(JS_DUMP);
      java.util.concurrent.atomic.AtomicReference<String> res = new java.util.concurrent.atomic.AtomicReference<>();
      js.eval("__dump").execute((org.graalvm.polyglot.proxy.ProxyExecutable) a -> {
        res.set(a[0].asString());
        return null;
      });
      for (int i = 0; res.get() == null && i < 1000; i++) {
        js.eval("0");
      }
      return res.get();
    }
  }

  @Test
  void browserReadsBackEveryPosting() throws IOException {
    String want = luceneDump();
    assertThat(want.lines().count()).isGreaterThan(150);
    assertThat(jsDump()).isEqualTo(want);
  }

  @Test
  void exportIsDeterministic() throws IOException {
    List<String> first = files();
    assertThat(first).anyMatch(f -> f.startsWith("index.js ")).anyMatch(f -> f.matches("terms-[0-9a-f]{12}/0/0\\.js [0-9a-f]+"));
    new LuceneSearchIndexer().index("en", new SearchFixture(3).documents(40), lucene, site);
    assertThat(files()).isEqualTo(first);
  }

  /** Every file under the language's folder (relative path, size and hash), sorted. */
  private List<String> files() throws IOException {
    try (var s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).map(p -> {
        try {
          return out.relativize(p).toString().replace('\\', '/') + " " + ExportFolder.hash(Files.readAllBytes(p));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private Path shard(String kind) throws IOException {
    try (var st = Files.list(out)) {
      return st.filter(p -> p.getFileName().toString().startsWith(kind + "-")).sorted().findFirst().orElseThrow();
    }
  }

  /** Rewrites a shard's stored payload (header, compressed body, CRC) with {@code edit} applied, keeping the name. */
  private void rewrite(Path file, java.util.function.Consumer<byte[]> edit) throws IOException {
    replace(file, b -> {
      edit.accept(b);
      return b;
    });
  }

  /** Replaces a shard's stored payload by {@code edit} of it, keeping the name. */
  private void replace(Path file, java.util.function.UnaryOperator<byte[]> edit) throws IOException {
    String js = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(",\"([^\"]*)\"\\]\\);\n$").matcher(js);
    assertThat(m.find()).isTrue();
    byte[] bytes = edit.apply(FormatWriter.decodeText(m.group(1)));
    Files.writeString(file, js.substring(0, m.start(1)) + FormatWriter.encodeText(bytes) + js.substring(m.end(1)));
  }

  private String search(String q) {
    try (JsClient js = new JsClient(site)) {
      return js.search(q, "{}");
    }
  }

  /** The first terms of the term shards, from the meta file, as the client reads them. */
  private List<String> termShardFirstTerms() {
    try (JsClient js = new JsClient(site)) {
      return List.of(js.await("Passage.searchInternals.openIndex('ROOT/', 'en').then(function (idx) {"
          + " return idx.meta.termShards.join('\\u0000'); })").split("\u0000", -1));
    }
  }

  /** A query that loads term shard {@code i}: its first term, closed by a space (no prefix expansion). */
  private String queryLoadingTermShard(int i) {
    String first = termShardFirstTerms().get(i);
    return (first.isEmpty() ? "a" : first) + " ";
  }

  private Path termShardFile(int i) throws IOException {
    String entry = Files.readString(out.resolve("index.js"));
    Matcher m = Pattern.compile("\"termFiles\":\"([^\"]+)\"").matcher(entry);
    assertThat(m.find()).isTrue();
    return out.resolve(m.group(1) + (i / SearchExporter.SHARDS_PER_FOLDER) + "/" + i + ".js");
  }

  @Test
  void aShardOfAnotherFormatVersionIsAClearError() throws IOException {
    assertThat(search("migration")).startsWith("total=");
    // a version-1 shard (uncompressed body): the version is read before anything else
    rewrite(shard("meta"), b -> b[4] = 1);
    assertThat(search("migration")).startsWith("error=Passage search: shard en/meta-")
        .contains("has format version 1 but this client reads version " + FormatWriter.VERSION + "; rebuild the site");
  }

  @Test
  void aShardOfAnotherKindIsAClearError() throws IOException {
    rewrite(shard("meta"), b -> b[5] = 'T');
    assertThat(search("migration")).startsWith("error=Passage search: shard en/meta-").contains("is of kind T, expected M");
  }

  @Test
  void aCorruptShardIsAClearError() throws IOException {
    Path terms = termShardFile(0);
    String q = queryLoadingTermShard(0);
    assertThat(search(q)).startsWith("total=");
    // a damaged checksum
    rewrite(terms, b -> b[b.length - 2] ^= 0x55);
    assertThat(search(q)).startsWith("error=Passage search: shard en/" + out.relativize(terms))
        .contains("is corrupt (checksum mismatch)");
    rewrite(terms, b -> b[b.length - 2] ^= 0x55);
    assertThat(search(q)).startsWith("total=");
    // damaged compressed data: the inflater rejects it or the checksum does, never a silent result
    for (int at : new int[] {12, 40, 100}) {
      rewrite(terms, b -> b[Math.min(at, b.length - 6)] ^= 0x55);
      assertThat(search(q)).as("byte " + at).startsWith("error=Passage search: shard en/" + out.relativize(terms))
          .contains("is corrupt (");
      rewrite(terms, b -> b[Math.min(at, b.length - 6)] ^= 0x55);
    }
    // a truncated shard
    replace(terms, b -> java.util.Arrays.copyOf(b, b.length - 6));
    assertThat(search(q)).startsWith("error=Passage search: shard en/" + out.relativize(terms)).contains("is corrupt (");
  }

  @Test
  void aMissingShardOrOldEntryIsAClearError() throws IOException {
    Files.delete(shard("meta"));
    assertThat(search("migration")).startsWith("error=Passage search: could not load search file ROOT/search/en/meta-");
    Files.writeString(out.resolve("index.js"), Files.readString(out.resolve("index.js")).replace("{\"format\":" + FormatWriter.VERSION + ",", "{\"format\":1,"));
    assertThat(search("migration")).contains("index en/index.js has format version 1 but this client reads version " + FormatWriter.VERSION);
  }

  @Test
  void anEmptyIndexFindsNothing() throws IOException {
    Path emptySite = tmp.resolve("empty-site");
    new LuceneSearchIndexer().index("en", List.of(), tmp.resolve("lucene-empty/en"), emptySite);
    try (JsClient js = new JsClient(emptySite)) {
      assertThat(js.search("migration", "{}")).isEqualTo("total=0\nsuggestion=null");
      assertThat(js.search("mig", "{}")).isEqualTo("total=0\nsuggestion=null");
    }
  }

  @Test
  void withoutFacetsASearchNeedsNoFacetsFile() throws IOException {
    String options = "{lang: 'en', limit: -1, snippets: false}";
    String noFacets = "{lang: 'en', limit: -1, snippets: false, facets: false}";
    String hits = "function (r) { return r.total + ' ' + r.hits.map(function (h) { return h.url + ' ' + h.score; }).join(' ')"
        + " + ' facets=' + Object.keys(r.facets).length; }";
    String full;
    String lean;
    try (JsClient js = new JsClient(site)) {
      full = js.await("Passage.search('migration policy', " + options + ").then(" + hits + ")");
    }
    Files.delete(shard("facets"));
    try (JsClient js = new JsClient(site)) {
      lean = js.await("Passage.search('migration policy', " + noFacets + ").then(" + hits + ")");
      assertThat(js.await("Passage.search('migration policy', " + options + ")"))
          .startsWith("error=Passage search: could not load search file ROOT/search/en/facets-");
      assertThat(js.await("Passage.search('migration', {lang: 'en', facets: false, filters: {levels: ['national']}})"))
          .as("filters need the facets file").startsWith("error=Passage search: could not load search file ROOT/search/en/facets-");
    }
    assertThat(full).matches("[1-9]\\d* .* facets=[1-9]\\d*");
    assertThat(lean).isEqualTo(full.replaceAll("facets=\\d+$", "facets=0"));
  }

  private static final String JS_DOCS = """
      function __docs(done) {
        Passage.searchInternals.openIndex('ROOT/', 'en').then(function (idx) {
          var ids = [];
          for (var d = 0; d < idx.meta.n; d++) ids.push(d);
          return idx.loadDocs(ids).then(function (docs) {
            var parts = [];
            ids.forEach(function (d) {
              var x = docs[d];
              parts.push([d, x.path, x.anchor, x.title, x.section, x.body].join('\\u0001') + '\\u0002');
            });
            done(parts.join(''));
          });
        }).catch(function (e) { done('error=' + e.message); });
      }
      """;

  @Test
  void browserReadsBackEveryStoredDocument() throws IOException {
    StringBuilder want = new StringBuilder();
    try (FSDirectory dir = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields sf = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        Document doc = sf.document(d);
        want.append(String.join("\u0001", Integer.toString(d), doc.get(SearchFields.PATH), doc.get(SearchFields.ANCHOR),
            doc.get(SearchFields.PAGE_TITLE), doc.get(SearchFields.SECTION), doc.get(SearchFields.BODY))).append('\u0002');
      }
    }
    String got;
    try (JsClient js = new JsClient(site)) {
      js.eval(JS_DOCS);
      java.util.concurrent.atomic.AtomicReference<String> res = new java.util.concurrent.atomic.AtomicReference<>();
      js.eval("__docs").execute((org.graalvm.polyglot.proxy.ProxyExecutable) a -> {
        res.set(a[0].asString());
        return null;
      });
      for (int i = 0; res.get() == null && i < 1000; i++) {
        js.eval("0");
      }
      got = res.get();
    }
    assertThat(got).isEqualTo(want.toString());
  }

  @Test
  void eachPieceOfTextIsStoredOnce() throws IOException {
    // a page's body is its own text plus references to its sections' bodies: the stored text is
    // the sections' text and the pages' text before their first section, not twice the corpus
    List<SearchDocument> docs = new SearchFixture(3).documents(40);
    long all = 0;
    long once = 0; // each section's text, and each page's text less its sections'
    for (SearchDocument d : docs) {
      all += d.body().length();
      once += d.anchor().isEmpty() ? d.body().length() : 0;
    }
    long[] literal = new long[1];
    try (JsClient js = new JsClient(site)) {
      js.eval("""
          function __literal(done) {
            Passage.searchInternals.openIndex('ROOT/', 'en').then(function (idx) {
              var n = idx.meta.docShards.length, all = [];
              for (var i = 0; i < n; i++) {
                all.push(idx.loadShard(idx.entry.docFiles, 'docs', i, 'D', idx.meta.dictionary).then(function (r) {
                  var stats = { literal: 0 };
                  Passage.searchInternals.readDocs(r, stats);
                  return stats.literal;
                }));
              }
              return Promise.all(all).then(function (list) { done(list.reduce(function (a, b) { return a + b; }, 0)); });
            }).catch(function (e) { done(-1); });
          }
          """);
      js.eval("__literal").execute((org.graalvm.polyglot.proxy.ProxyExecutable) a -> {
        literal[0] = a[0].asLong();
        return null;
      });
      for (int i = 0; literal[0] == 0 && i < 1000; i++) {
        js.eval("0");
      }
    }
    assertThat(literal[0]).isEqualTo(once).isLessThan(all * 6 / 10);
  }
}
