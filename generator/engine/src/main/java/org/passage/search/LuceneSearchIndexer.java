package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.passage.output.Publisher;

/**
 * Builds one language's Lucene index in the build folder, force-merged into one segment with
 * documents in input order, then exports it for the browser with {@link SearchExporter}.
 */
public final class LuceneSearchIndexer implements SearchIndexer {

  /** Memory for buffered documents before a segment is flushed, shared by all threads. */
  static final double RAM_BUFFER_MB = 64;

  private static final FieldType WORD_TYPE = new FieldType();

  static {
    WORD_TYPE.setIndexOptions(IndexOptions.DOCS);
    WORD_TYPE.setOmitNorms(true);
    WORD_TYPE.setTokenized(true);
    WORD_TYPE.freeze();
  }

  @Override
  public Session open(String lang, Path luceneDir) throws IOException {
    return new LuceneSession(SearchLanguage.of(lang), luceneDir);
  }

  /** Writes a fresh index of {@code docs}, in list order, into {@code luceneDir}. */
  public static void write(SearchLanguage language, List<SearchDocument> docs, Path luceneDir) throws IOException {
    try (LuceneSession session = new LuceneSession(language, luceneDir)) {
      for (int i = 0; i < docs.size(); i++) {
        session.add(i, docs.get(i));
      }
      session.finish();
    }
  }

  private static final class LuceneSession implements Session {
    private final SearchLanguage language;
    private final Path luceneDir;
    private final Path building;
    private final Directory dir;
    private final IndexWriter writer;
    /** Analysis chains not in use; a thread takes one per page (building a chain is not cheap). */
    private final Queue<AnalysedText.Analyser> analysers = new ConcurrentLinkedQueue<>();
    private boolean finished;

    LuceneSession(SearchLanguage language, Path luceneDir) throws IOException {
      this.language = language;
      this.luceneDir = luceneDir;
      // Written beside the previous index and moved in place when finished, so a failed build
      // keeps the index of the site that is still published.
      this.building = luceneDir.resolveSibling(luceneDir.getFileName() + ".building");
      Publisher.deleteTree(building);
      Files.createDirectories(building);
      Analyzer analyzer = new PerFieldAnalyzerWrapper(language.analyzer().get(), Map.of(SearchFields.WORD, language.words().get()));
      // Documents arrive from the conversion threads in any order; the index sort puts them in
      // page order, so the export does not depend on thread timing.
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setIndexSort(new Sort(new SortField(SearchFields.ORD, SortField.Type.LONG)))
          .setMergePolicy(new LogDocMergePolicy())
          .setRAMBufferSizeMB(RAM_BUFFER_MB)
          .setUseCompoundFile(false);
      this.dir = FSDirectory.open(building);
      try {
        this.writer = new IndexWriter(dir, config);
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
    }

    @Override
    public void add(long order, SearchDocument doc) throws IOException {
      writer.addDocument(toLucene(doc, order, null));
    }

    /**
     * Adds a page's documents, analysing each piece of text once: a section's text is indexed in
     * its document and again in its page's, and the page's words come from the same analysis.
     */
    @Override
    public void addPage(int page, SearchPage p) throws IOException {
      List<SearchDocument> docs = p.documents();
      if (docs.isEmpty()) {
        return;
      }
      AnalysedText.Analyser analyser = analysers.poll();
      if (analyser == null) {
        analyser = new AnalysedText.Analyser(language);
      }
      try {
        addPage(page, p, analyser);
      } finally {
        analysers.offer(analyser);
      }
    }

    private void addPage(int page, SearchPage p, AnalysedText.Analyser analyser) throws IOException {
      List<SearchDocument> docs = p.documents();
      CharArraySet words = new CharArraySet(256, false);
      List<AnalysedText> parts = new ArrayList<>(p.bodyParts().size());
      for (String part : p.bodyParts()) {
        parts.add(analyser.analyse(part, words));
      }
      SearchDocument first = docs.get(0);
      Analysed pageText = new Analysed(analyser.analyse(title(first), words), analyser.analyse(first.headings(), words), AnalysedText.joined(parts), words);
      writer.addDocument(toLucene(first, (long) page << 32, pageText));
      for (int s = 1; s < docs.size(); s++) {
        SearchDocument d = docs.get(s);
        Analysed text = new Analysed(analyser.analyse(title(d), null), analyser.analyse(d.headings(), null),
            parts.get(p.sectionParts().get(s - 1)).stream(), null);
        writer.addDocument(toLucene(d, ((long) page << 32) | s, text));
      }
    }

    void finish() throws IOException {
      // Each indexing thread left a buffer of documents in memory; writing them is a good part of
      // indexing. forceMerge would write them one after the other in this thread, so write them
      // on all cores first.
      try {
        IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(i -> {
          try {
            while (writer.flushNextBuffer()) {
              // until no thread's buffer is left
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      writer.forceMerge(1);
      writer.commit();
      writer.close();
      dir.close();
      Publisher.deleteTree(luceneDir);
      Files.move(building, luceneDir);
      finished = true;
    }

    @Override
    public void export(Path siteDir) throws IOException {
      finish();
      SearchExporter.export(luceneDir, language, siteDir.resolve("search").resolve(language.lang()));
    }

    @Override
    public void close() throws IOException {
      if (finished) {
        return;
      }
      try {
        writer.rollback();
      } finally {
        dir.close();
        Publisher.deleteTree(building);
      }
    }
  }

  /** A document's text, analysed already; {@code words} only for a page. */
  private record Analysed(AnalysedText title, AnalysedText headings, TokenStream body, CharArraySet words) {}

  /** What a document's title field holds: the page's title, or the section's heading. */
  private static String title(SearchDocument d) {
    return d.anchor().isEmpty() ? d.pageTitle() : d.section();
  }

  /** The Lucene document; its text is analysed by the writer's analyzer unless {@code analysed} is given. */
  private static Document toLucene(SearchDocument d, long ord, Analysed analysed) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(SearchFields.ORD, ord));
    doc.add(new StoredField(SearchFields.PATH, d.path()));
    doc.add(new StoredField(SearchFields.ANCHOR, d.anchor()));
    doc.add(new StoredField(SearchFields.PAGE_TITLE, d.pageTitle()));
    doc.add(new StoredField(SearchFields.SECTION, d.section()));
    String title = title(d);
    if (analysed == null) {
      doc.add(new TextField(SearchFields.TITLE, title, Field.Store.NO));
      doc.add(new TextField(SearchFields.HEADINGS, d.headings(), Field.Store.NO));
      doc.add(new TextField(SearchFields.BODY, d.body(), Field.Store.YES));
      if (d.anchor().isEmpty()) {
        // A page's text holds its sections' text: its words are every word, each counted once per page.
        doc.add(new Field(SearchFields.WORD, title + "\n" + d.headings() + "\n" + d.body(), WORD_TYPE));
      }
    } else {
      doc.add(new Field(SearchFields.TITLE, analysed.title().stream(), TextField.TYPE_NOT_STORED));
      doc.add(new Field(SearchFields.HEADINGS, analysed.headings().stream(), TextField.TYPE_NOT_STORED));
      doc.add(new Field(SearchFields.BODY, analysed.body(), TextField.TYPE_NOT_STORED));
      doc.add(new StoredField(SearchFields.BODY, d.body()));
      if (analysed.words() != null) {
        doc.add(new Field(SearchFields.WORD, AnalysedText.words(analysed.words()), WORD_TYPE));
      }
    }
    d.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (String v : e.getValue().stream().distinct().sorted().toList()) {
        doc.add(new StringField(SearchFields.FACET_PREFIX + e.getKey(), v, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(SearchFields.FACET_PREFIX + e.getKey(), new BytesRef(v)));
      }
    });
    return doc;
  }
}
