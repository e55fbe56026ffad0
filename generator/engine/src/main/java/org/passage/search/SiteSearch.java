package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.passage.config.SiteConfig;
import org.passage.content.DataFile;
import org.passage.content.PageMeta;
import org.passage.diagnostics.Diagnostics;
import org.passage.files.IoErrors;
import org.passage.markdown.TextSection;
import org.passage.site.LanguageSite;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;
import org.passage.taxonomy.TermLoader;

/**
 * A build's search, the one entry point the pipeline and the preview call: it numbers each
 * language's pages, makes their search documents (pages as conversion finds them, generated pages
 * as rendering writes them), indexes them with the {@link SearchIndexer} and exports the browser
 * index in stage 6. It also makes the facet labels of the search page ({@link #labels}).
 * Without an indexer (no search, or a check) it takes everything and does nothing.
 */
public final class SiteSearch implements AutoCloseable {
  /** Where a language's Lucene index goes in the work folder, and how a user reads that path. */
  public interface LuceneFolders {
    Path of(String lang) throws IOException;

    String display(Path folder);
  }

  private final Map<String, SearchIndexer.Session> sessions = new ConcurrentHashMap<>();
  /** Every page's documents by language and number, when the preview keeps them to re-index after an edit; else null. */
  private final Map<String, SearchPage[]> kept;
  private final PageNumbers numbers;
  /** The generated pages' documents by language and site path, as rendering finds them. */
  private final Map<String, Map<String, SearchPage>> generated = new ConcurrentHashMap<>();

  private SiteSearch(PageNumbers numbers, boolean keep) {
    this.numbers = numbers;
    this.kept = keep ? new ConcurrentHashMap<>() : null;
  }

  /** Where a theme keeps its search UI module, relative to the theme's folder ({@link SearchClient}). */
  public static final String CLIENT_UI = SearchClient.UI_MODULE;

  /**
   * Writes the browser client every page loads into the site folder {@code siteDir}: the engine's
   * modules and the theme's UI module {@code ui} ({@link #CLIENT_UI}; none: the engine alone).
   */
  public static void writeClient(Optional<Path> ui, Path siteDir) throws IOException {
    SearchClient.write(ui, siteDir);
  }

  /**
   * Loads and initialises Lucene's analysis and indexing classes on a small text, in memory (a
   * JVM of its own runs this while the pages load). Not to run while another thread uses Lucene:
   * two threads initialising its classes from different ends deadlock (its TestSecrets).
   */
  public static void warmUp() throws IOException {
    SearchLanguage language = SearchLanguage.of("en");
    AnalysedText text = new AnalysedText.Analyser(language).analyse("Migration's links with the 2030 Agenda, indexed.", new CharArrayMap<>(16, false));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(language.analyzer().get()))) {
      Document doc = new Document();
      doc.add(new StoredField(SearchFields.PATH, "index.html"));
      doc.add(new Field(SearchFields.BODY, text.stream(), TextField.TYPE_NOT_STORED));
      writer.addDocument(doc);
      writer.commit();
    }
  }

  /** A search that indexes nothing (a check, or a build without search). */
  public static SiteSearch none() {
    return new SiteSearch(PageNumbers.of(List.of()), false);
  }

  /**
   * Opens an index per language of {@code site} in {@code folders}, with what the site's data
   * teaches search; {@code metas} are every page in source order. With {@code keep}, every page's
   * documents are kept for {@link #pages()} (the preview re-indexes a language from them).
   */
  public static SiteSearch open(SearchIndexer indexer, LuceneFolders folders, boolean keep, SiteConfig site,
      Map<String, DataFile> data, Map<String, Taxonomy> taxonomies, List<PageMeta> metas, Diagnostics diagnostics) throws IOException {
    SiteSearch search = new SiteSearch(PageNumbers.of(metas), keep);
    try {
      for (var lang : site.languages()) {
        if (!search.sessions.containsKey(lang.code())) {
          Path dir = folders.of(lang.code());
          try {
            search.sessions.put(lang.code(), indexer.open(lang.code(), dir));
          } catch (IOException e) {
            throw IoErrors.wrap("cannot create the search index in the work folder " + folders.display(dir), e);
          }
          search.sessions.get(lang.code()).vocabulary(SiteVocabulary.of(site, data, taxonomies, lang.code(), diagnostics));
        }
      }
    } catch (IOException | RuntimeException e) {
      search.close();
      throw e;
    }
    return search;
  }

  /** Whether {@code lang} has an index, so its pages' documents are wanted. */
  public boolean indexes(String lang) {
    return sessions.containsKey(lang);
  }

  /**
   * Adds the documents of {@code meta}, the {@code index}th page in source order. Thread-safe.
   *
   * @param title the page's title (front matter, first heading or file name)
   * @param terms taxonomy to the page's term ids, implied terms included
   * @param sections the page's plain text, as conversion extracted it
   */
  public void add(int index, PageMeta meta, String title, Map<String, List<String>> terms, List<TextSection> sections) {
    String lang = meta.source().language().code();
    if (!indexes(lang)) {
      return;
    }
    SearchPage docs = SearchDocuments.of(meta, title, terms, sections);
    int number = numbers.number(index);
    if (kept != null) {
      kept.computeIfAbsent(lang, l -> new SearchPage[numbers.count(lang)])[number] = docs;
    }
    try {
      sessions.get(lang).addPage(number, docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A taxonomy's index or a term's page, rendered: its documents, read from its HTML. Thread-safe. */
  public void generated(LanguageSite site, String sitePath, Taxonomy tax, Term term, String title, CharSequence html) {
    String lang = site.language().code();
    if (!indexes(lang)) {
      return;
    }
    Map<String, List<String>> facets = new LinkedHashMap<>();
    List<String> identifiers = List.of();
    if (term == null) {
      facets.put("collection", List.of("page"));
    } else {
      facets.put("collection", List.of(tax.name()));
      facets.put(tax.name(), List.of(term.id()));
      tax.config().implies().ifPresent(i -> TermLoader.implied(tax, term).ifPresent(id -> facets.put(i.taxonomy(), List.of(id))));
      if (!tax.freeForm()) {
        identifiers = List.of(SearchVocabulary.identifier(SearchLanguage.of(lang), tax.name(), term.id()));
      }
    }
    generated.computeIfAbsent(lang, k -> new ConcurrentSkipListMap<>()).put(sitePath, RenderedPages.of(sitePath, title, facets, identifiers, html));
  }

  /** Stage 6: adds the generated pages after the content pages, in site path order, and exports each language under {@code siteDir}. */
  public void export(Path siteDir) throws IOException {
    for (String lang : new TreeMap<>(sessions).keySet()) {
      List<SearchPage> more = new ArrayList<>(generated.getOrDefault(lang, Map.of()).values());
      int first = numbers.count(lang);
      if (kept != null) {
        SearchPage[] all = Arrays.copyOf(kept.computeIfAbsent(lang, l -> new SearchPage[first]), first + more.size());
        for (int i = 0; i < more.size(); i++) {
          all[first + i] = more.get(i);
        }
        kept.put(lang, all);
      }
      for (int i = 0; i < more.size(); i++) {
        sessions.get(lang).addPage(first + i, more.get(i));
      }
      sessions.get(lang).export(siteDir);
    }
  }

  /** Stage 6 for the site in {@code siteDir}, to run on a thread of its own ({@link PendingExport}). */
  public PendingExport pendingExport(Path siteDir) {
    return new PendingExport(siteDir);
  }

  /**
   * The export (stage 6) on a thread of its own, beside the rendering of the content pages: both
   * only read what conversion made, and write different files. The renderer starts it once the
   * last generated page, whose text the index takes, is rendered.
   */
  public final class PendingExport {
    private final Path siteDir;
    private CompletableFuture<Void> running;

    private PendingExport(Path siteDir) {
      this.siteDir = siteDir;
    }

    /** Begins the export. */
    public void start() {
      running = CompletableFuture.runAsync(() -> {
        try {
          export(siteDir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, task -> {
        Thread t = new Thread(task, "passage-search-export");
        t.setDaemon(true);
        t.start();
      });
    }

    /** Waits for the export's end (starting it if nothing did: a site without pages); throws what it threw. */
    public void finish() throws IOException {
      if (running == null) {
        start();
      }
      IoErrors.join(running);
    }

    /** Waits for the export, if it began, however it ends: the build failed already, and its folder is about to go. */
    public void abandon() {
      if (running != null) {
        running.handle((ok, failed) -> null).join();
      }
    }
  }

  /** Every page's documents by language and number, generated pages included (kept only when asked). */
  public Map<String, SearchPage[]> pages() {
    return kept == null ? Map.of() : Map.copyOf(kept);
  }

  /**
   * Rebuilds {@code lang}'s index from {@code pages} (as {@link #pages()} kept them, some replaced)
   * in {@code luceneDir} and exports it under {@code siteDir}: the preview's update after an edit.
   */
  public static void reindex(SearchIndexer indexer, String lang, SearchPage[] pages, SiteConfig site, Map<String, DataFile> data,
      Map<String, Taxonomy> taxonomies, Path luceneDir, Path siteDir) throws IOException {
    try (SearchIndexer.Session session = indexer.open(lang, luceneDir)) {
      session.vocabulary(SiteVocabulary.of(site, data, taxonomies, lang, new Diagnostics(false)));
      for (int i = 0; i < pages.length; i++) {
        session.addPage(i, pages[i] == null ? SearchPage.NONE : pages[i]);
      }
      session.export(siteDir);
    }
  }

  /** The documents of a page, as {@link #add} makes them (the preview replaces an edited page's with them). */
  public static SearchPage documents(PageMeta meta, String title, Map<String, List<String>> terms, List<TextSection> sections) {
    return SearchDocuments.of(meta, title, terms, sections);
  }

  /**
   * The script naming facet values for {@code lang}'s search page ({@code search/<lang>/labels.js});
   * {@code ui} gives the language's UI strings.
   */
  public static String labels(SiteConfig config, LanguageSite lang, UnaryOperator<String> ui) {
    return FacetLabels.script(config, lang, ui);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (SearchIndexer.Session s : sessions.values()) {
      try {
        s.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * The search index numbers each language's pages from 0, in source order; the generated pages
   * are numbered after them.
   */
  public static final class PageNumbers {
    private final int[] number;
    private final Map<String, Integer> counts;

    private PageNumbers(int[] number, Map<String, Integer> counts) {
      this.number = number;
      this.counts = counts;
    }

    public static PageNumbers of(List<PageMeta> metas) {
      int[] number = new int[metas.size()];
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < metas.size(); i++) {
        number[i] = counts.merge(metas.get(i).source().language().code(), 1, Integer::sum) - 1;
      }
      return new PageNumbers(number, Map.copyOf(counts));
    }

    /** The number of the {@code index}th page (source order) among its language's pages. */
    public int number(int index) {
      return number[index];
    }

    /** How many pages {@code lang} has. */
    int count(String lang) {
      return counts.getOrDefault(lang, 0);
    }
  }
}
