package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java writer and the JS reader agree on every byte; old or damaged shards fail loudly. */
class SearchFormatTest {
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
          var n = idx.entry.termShards.length, parts = [];
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
                  p.docs.forEach(function (d, j) { line += ' ' + d + '/' + p.freqs[j] + '@' + p.positions[j].join(','); });
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
    List<String> first;
    try (var s = Files.list(out)) {
      first = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    new LuceneSearchIndexer().index("en", new SearchFixture(3).documents(40), lucene, site);
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(first);
    }
  }

  private Path shard(String kind) throws IOException {
    try (var s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith(kind + "-")).sorted().findFirst().orElseThrow();
    }
  }

  /** Rewrites a shard's payload with {@code edit} applied, keeping the name and fixing the CRC when asked. */
  private void rewrite(Path file, java.util.function.Consumer<byte[]> edit, boolean fixCrc) throws IOException {
    String js = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(",\"([A-Za-z0-9+/=]+)\"\\]\\);").matcher(js);
    assertThat(m.find()).isTrue();
    byte[] bytes = Base64.getDecoder().decode(m.group(1));
    edit.accept(bytes);
    if (fixCrc) {
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      long c = crc.getValue();
      for (int i = 0; i < 4; i++) {
        bytes[bytes.length - 4 + i] = (byte) (c >>> (8 * i));
      }
    }
    Files.writeString(file, js.substring(0, m.start(1)) + Base64.getEncoder().encodeToString(bytes) + js.substring(m.end(1)));
  }

  private String search(String q) {
    try (JsClient js = new JsClient(site)) {
      return js.search(q, "{}");
    }
  }

  @Test
  void aShardOfAnotherFormatVersionIsAClearError() throws IOException {
    assertThat(search("migration")).startsWith("total=");
    rewrite(shard("meta"), b -> b[4] = 2, true);
    assertThat(search("migration")).startsWith("error=Passage search: shard en/meta-")
        .contains("has format version 2 but this client reads version 1; rebuild the site");
  }

  @Test
  void aCorruptShardIsAClearError() throws IOException {
    Path terms = shard("terms");
    rewrite(terms, b -> b[12] ^= 0x55, false);
    String firstTerm = Files.readString(out.resolve("index.js"));
    assertThat(firstTerm).contains(terms.getFileName().toString());
    try (JsClient js = new JsClient(site)) {
      // every term shard is needed by a prefix query that spans the dictionary: search for each shard's first term
      Matcher m = Pattern.compile("\\[\"([^\"]*)\",\"" + Pattern.quote(terms.getFileName().toString())).matcher(firstTerm);
      assertThat(m.find()).isTrue();
      String q = m.group(1).isEmpty() ? "a" : m.group(1);
      assertThat(js.search(q + " ", "{}")).contains("is corrupt (checksum mismatch)");
    }
  }

  @Test
  void aMissingShardOrOldEntryIsAClearError() throws IOException {
    Files.delete(shard("meta"));
    assertThat(search("migration")).startsWith("error=Passage search: could not load search file ROOT/search/en/meta-");
    Files.writeString(out.resolve("index.js"), Files.readString(out.resolve("index.js")).replace("{\"format\":1,", "{\"format\":0,"));
    assertThat(search("migration")).contains("index en/index.js has format version 0 but this client reads version 1");
  }
}
