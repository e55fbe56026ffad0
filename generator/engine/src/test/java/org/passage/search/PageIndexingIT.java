package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.testing.TestSite;

/**
 * A page's text is analysed once and replayed into the page's and its sections' documents; the
 * index must be exactly the one Lucene makes when it analyses every field itself.
 */
class PageIndexingIT {
  @TempDir Path dir;

  /** Stop words at the edges of sections (their positions carry across), empty sections, a description, possessives. */
  private static final String SITE = """
      -- content/site.yml --
      title: T
      -- content/a.md --
      ---
      description: The world's migrants and the
      ---
      # The Alpha of it
      Of the people, by the people, for the
      ## The rivers of
      The rivers are long and the
      ## An empty one
      ## To be or not to be
      That is the question it is
      ### Sub-heading of the hills
      The hills' paths and Ana's house, 10.7 and 8.8.2 of the SDGs, e-mail co-operation.
      ## Last
      a
      -- content/b.md --
      # Only a title
      -- content/c.md --
      Text before any heading, then the end of it
      ## Afterwards
      and then
      """;

  @Test
  void replayedAnalysisGivesLucenesIndexOnTrickyText() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    assertSameIndex(pages(site.config()));
  }

  @Test
  void replayedAnalysisGivesLucenesIndexOnTheGuide() throws Exception {
    Path root = JsClient.locate("content").getParent();
    BuildConfig config = BuildConfig.of(root, root.resolve("content"), dir.resolve("guide-out")).withThemesDir(root.resolve("themes"));
    Map<Long, SearchPage> pages = pages(config);
    assertThat(pages.size()).isGreaterThan(80);
    assertSameIndex(pages);
  }

  /** The pages a build gives its search index, by page order. */
  private Map<Long, SearchPage> pages(BuildConfig config) throws Exception {
    Map<Long, SearchPage> pages = new ConcurrentSkipListMap<>();
    SearchIndexer recorder = (lang, luceneDir) -> new SearchIndexer.Session() {
      @Override
      public void addPage(int page, SearchPage p) {
        pages.put((long) page, p);
      }

      @Override
      public void export(Path siteDir) {}

      @Override
      public void close() {}
    };
    new Passage(config, Optional.of(recorder)).build();
    return pages;
  }

  private void assertSameIndex(Map<Long, SearchPage> pages) throws IOException {
    Path replayed = dir.resolve("replayed");
    Path analysed = dir.resolve("analysed");
    try (SearchIndexer.Session s = new LuceneSearchIndexer().open("en", replayed);
        SearchIndexer.Session t = LuceneSearchIndexer.openAnalysedByLucene("en", analysed)) {
      for (var e : pages.entrySet()) {
        s.addPage(e.getKey().intValue(), e.getValue());
        t.addPage(e.getKey().intValue(), e.getValue());
      }
      s.export(dir.resolve("site-replayed"));
      t.export(dir.resolve("site-analysed"));
    }
    String want = dump(analysed);
    assertThat(want).contains("field word ").contains("field body ").contains("norm body ");
    assertThat(dump(replayed)).isEqualTo(want);
  }

  /** Every field's terms with their postings and positions, the norms and the stored fields. */
  static String dump(Path luceneDir) throws IOException {
    StringBuilder b = new StringBuilder();
    try (FSDirectory d = FSDirectory.open(luceneDir); DirectoryReader reader = DirectoryReader.open(d)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (String field : List.of(SearchFields.TITLE, SearchFields.HEADINGS, SearchFields.BODY, SearchFields.WORD)) {
        Terms terms = leaf.terms(field);
        b.append("field ").append(field).append(' ').append(terms.getDocCount()).append(' ').append(terms.getSumTotalTermFreq()).append('\n');
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          b.append(t.utf8ToString()).append(' ').append(te.docFreq()).append(':');
          PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
          for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            b.append(' ').append(doc).append('/').append(pe.freq());
            if (!field.equals(SearchFields.WORD)) {
              for (int i = 0; i < pe.freq(); i++) {
                b.append(i == 0 ? '@' : ',').append(pe.nextPosition());
              }
            }
          }
          b.append('\n');
        }
        NumericDocValues norms = leaf.getNormValues(field);
        if (norms != null) {
          b.append("norm ").append(field);
          for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            b.append(' ').append(doc).append('=').append(norms.longValue());
          }
          b.append('\n');
        }
      }
      var stored = leaf.storedFields();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        b.append("doc ").append(doc).append(' ').append(stored.document(doc).getFields().stream()
            .map(f -> f.name() + "=" + f.stringValue()).toList()).append('\n');
      }
    }
    return b.toString();
  }
}
