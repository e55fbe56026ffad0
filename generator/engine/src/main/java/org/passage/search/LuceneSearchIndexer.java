package org.passage.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passage.output.Publisher;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
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

/**
 * Builds one language's Lucene index in the build folder, force-merged into one segment with
 * documents in input order, then exports it for the browser with {@link SearchExporter}.
 */
public final class LuceneSearchIndexer implements SearchIndexer {

  private static final FieldType WORD_TYPE = new FieldType();

  static {
    WORD_TYPE.setIndexOptions(IndexOptions.DOCS);
    WORD_TYPE.setOmitNorms(true);
    WORD_TYPE.setTokenized(true);
    WORD_TYPE.freeze();
  }

  @Override
  public void index(String lang, List<SearchDocument> docs, Path luceneDir, Path siteDir) throws IOException {
    SearchLanguage language = SearchLanguage.of(lang);
    write(language, docs, luceneDir);
    SearchExporter.export(luceneDir, language, siteDir.resolve("search").resolve(lang));
  }

  /** Writes a fresh index of {@code docs} into {@code luceneDir}, replacing what was there. */
  public static void write(SearchLanguage language, List<SearchDocument> docs, Path luceneDir) throws IOException {
    Publisher.deleteTree(luceneDir);
    Files.createDirectories(luceneDir);
    Analyzer analyzer = new PerFieldAnalyzerWrapper(language.analyzer().get(), Map.of(SearchFields.WORD, language.words().get()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setIndexSort(new Sort(new SortField(SearchFields.ORD, SortField.Type.INT)))
        .setMergePolicy(new LogDocMergePolicy())
        .setRAMBufferSizeMB(64)
        .setUseCompoundFile(false);
    try (Directory dir = FSDirectory.open(luceneDir); IndexWriter writer = new IndexWriter(dir, config)) {
      int ord = 0;
      for (SearchDocument d : docs) {
        writer.addDocument(toLucene(d, ord++));
      }
      writer.forceMerge(1);
      writer.commit();
    }
  }

  private static Document toLucene(SearchDocument d, int ord) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(SearchFields.ORD, ord));
    doc.add(new StoredField(SearchFields.PATH, d.path()));
    doc.add(new StoredField(SearchFields.ANCHOR, d.anchor()));
    doc.add(new StoredField(SearchFields.PAGE_TITLE, d.pageTitle()));
    doc.add(new StoredField(SearchFields.SECTION, d.section()));
    String title = d.anchor().isEmpty() ? d.pageTitle() : d.section();
    doc.add(new TextField(SearchFields.TITLE, title, Field.Store.NO));
    doc.add(new TextField(SearchFields.HEADINGS, d.headings(), Field.Store.NO));
    doc.add(new TextField(SearchFields.BODY, d.body(), Field.Store.YES));
    doc.add(new Field(SearchFields.WORD, title + "\n" + d.headings() + "\n" + d.body(), WORD_TYPE));
    d.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (String v : e.getValue().stream().distinct().sorted().toList()) {
        doc.add(new StringField(SearchFields.FACET_PREFIX + e.getKey(), v, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(SearchFields.FACET_PREFIX + e.getKey(), new BytesRef(v)));
      }
    });
    return doc;
  }
}
