package org.passage.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.passage.paths.SitePaths;
import org.passage.files.Trees;
import org.passage.files.Confined;

/**
 * Builds one language's Lucene index in the build folder, force-merged into one segment with
 * documents in page order, then exports it for the browser with {@link SearchExporter}.
 */
public final class LuceneSearchIndexer implements SearchIndexer {

  /** Memory for buffered documents before a segment is flushed. */
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
    return new LuceneSession(SearchLanguage.of(lang), luceneDir, false);
  }

  /** Writes a fresh index of {@code docs}, in list order, into {@code luceneDir}. */
  public static void write(SearchLanguage language, List<SearchDocument> docs, Path luceneDir) throws IOException {
    write(language, docs, SearchVocabulary.NONE, luceneDir);
  }

  /** The same, with the site's vocabulary. */
  public static void write(SearchLanguage language, List<SearchDocument> docs, SearchVocabulary vocabulary, Path luceneDir)
      throws IOException {
    try (LuceneSession session = new LuceneSession(language, luceneDir, false)) {
      session.vocabulary(vocabulary);
      session.addEach(docs);
      session.finish();
    }
  }

  /**
   * A session whose documents Lucene analyses field by field, as {@link org.apache.lucene.document.TextField}s
   * with the language's analyzer, instead of replaying one analysis per piece of text: the index
   * the replay must equal (tests compare the two).
   */
  static Session openAnalysedByLucene(String lang, Path luceneDir) throws IOException {
    return new LuceneSession(SearchLanguage.of(lang), luceneDir, true);
  }

  private static final class LuceneSession implements Session {
    private final SearchLanguage language;
    private final Path luceneDir;
    private final Path building;
    private final Directory dir;
    private final IndexWriter writer;
    private final boolean analysedByLucene;
    /** Analysis chains not in use; a thread takes one per page (building a chain is not cheap). */
    private final Queue<AnalysedText.Analyser> analysers = new ConcurrentLinkedQueue<>();
    /** Pages ready to be indexed that arrived before a page with a lower number. */
    private final Map<Integer, List<Document>> waiting = new ConcurrentHashMap<>();
    /** Held by the one thread adding documents to the writer. */
    private final ReentrantLock adding = new ReentrantLock();
    /** The next page to add; pages go into the index in number order. */
    private volatile int nextPage;
    private boolean finished;
    private volatile SearchVocabulary vocabulary = SearchVocabulary.NONE;

    LuceneSession(SearchLanguage language, Path luceneDir, boolean analysedByLucene) throws IOException {
      this.language = language;
      this.luceneDir = luceneDir;
      this.analysedByLucene = analysedByLucene;
      // Written beside the previous index and moved in place when finished, so a failed build
      // keeps the index of the site that is still published.
      this.building = luceneDir.resolveSibling(luceneDir.getFileName() + ".building");
      Trees.deleteTree(building);
      Files.createDirectories(building);
      Analyzer analyzer = new PerFieldAnalyzerWrapper(language.analyzer().get(), Map.of(SearchFields.WORD, language.words().get()));
      // Documents are added by one thread at a time, in page order, so their ids are in page
      // order without an index sort (which costs a sort of every posting list at each flush
      // and merge) and segments merge by concatenation.
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
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

    /**
     * Analyses a page (on the calling thread: conversion runs on every core) and hands its
     * documents over to be added in page order. The thread that brings the next page in order
     * adds it, and every waiting page after it; the others return to their work at once.
     */
    @Override
    public void addPage(int page, SearchPage p) throws IOException {
      if (page < nextPage || waiting.putIfAbsent(page, documents(p)) != null) {
        throw new IllegalArgumentException("page " + page + " added twice");
      }
      while (waiting.containsKey(nextPage) && adding.tryLock()) {
        try {
          for (List<Document> docs = waiting.remove(nextPage); docs != null; docs = waiting.remove(nextPage)) {
            if (!docs.isEmpty()) {
              writer.addDocuments(docs);
            }
            nextPage++;
          }
        } finally {
          adding.unlock();
        }
        // a page may have arrived between the last look and the unlock: look again
      }
    }

    private List<Document> documents(SearchPage p) {
      List<SearchDocument> docs = p.documents();
      if (docs.isEmpty()) {
        return List.of();
      }
      if (analysedByLucene) {
        return docs.stream().map(d -> toLucene(d, null)).toList();
      }
      AnalysedText.Analyser analyser = analysers.poll();
      if (analyser == null) {
        analyser = new AnalysedText.Analyser(language);
      }
      try {
        return documents(p, analyser);
      } finally {
        analysers.offer(analyser);
      }
    }

    /**
     * The page's documents, each piece of text analysed once: a section's text is indexed in its
     * document and again in its page's, and the page's words come from the same analysis.
     */
    private static List<Document> documents(SearchPage p, AnalysedText.Analyser analyser) {
      List<SearchDocument> docs = p.documents();
      SearchDocument first = docs.get(0);
      CharArrayMap<Boolean> words = first.anchor().isEmpty() ? new CharArrayMap<>(256, false) : null;
      List<AnalysedText> parts = new ArrayList<>(p.bodyParts().size());
      for (String part : p.bodyParts()) {
        parts.add(analyser.analyse(part, words));
      }
      List<Document> out = new ArrayList<>(docs.size());
      out.add(toLucene(first, new Analysed(analyser.analyse(title(first), words), analyser.analyse(first.headings(), words),
          AnalysedText.joined(parts), words)));
      for (int s = 1; s < docs.size(); s++) {
        SearchDocument d = docs.get(s);
        out.add(toLucene(d, new Analysed(analyser.analyse(title(d), null), analyser.analyse(d.headings(), null),
            parts.get(p.sectionParts().get(s - 1)).stream(), null)));
      }
      return out;
    }

    @Override
    public void vocabulary(SearchVocabulary v) {
      this.vocabulary = v;
    }

    void finish() throws IOException {
      if (!waiting.isEmpty()) {
        throw new IllegalStateException("search index: page " + nextPage + " never arrived, so pages "
            + new TreeMap<>(waiting).keySet() + " could not be added");
      }
      // Flushes the one buffer left (pages are added by one thread at a time), then merges.
      writer.forceMerge(1);
      writer.setLiveCommitData(vocabulary.userData().entrySet());
      writer.commit();
      writer.close();
      dir.close();
      Trees.deleteTree(luceneDir);
      Files.move(building, luceneDir);
      finished = true;
    }

    @Override
    public void export(Path siteDir) throws IOException {
      finish();
      SearchExporter.export(luceneDir, language, Confined.resolve(siteDir, SitePaths.SEARCH_FOLDER + "/" + language.lang()));
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
        Trees.deleteTree(building);
      }
    }
  }

  /** A document's text, analysed already; {@code words} only for a page. */
  private record Analysed(AnalysedText title, AnalysedText headings, TokenStream body, CharArrayMap<Boolean> words) {}

  /** What a document's title field holds: the page's title, or the section's heading. */
  private static String title(SearchDocument d) {
    return d.anchor().isEmpty() ? d.pageTitle() : d.section();
  }

  /** The Lucene document; its text is analysed by the writer's analyzer unless {@code analysed} is given. */
  private static Document toLucene(SearchDocument d, Analysed analysed) {
    Document doc = new Document();
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
    for (String id : d.identifiers()) {
      doc.add(new StringField(SearchVocabulary.FIELD, id, Field.Store.NO));
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
