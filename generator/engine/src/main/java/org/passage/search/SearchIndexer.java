package org.passage.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the search index of one language and exports it for the browser. Documents arrive
 * while pages are converted (from several threads), so a page's text is indexed once and then
 * dropped rather than kept until the end of the build; the export happens in stage 6, Index.
 */
public interface SearchIndexer {

  /**
   * Starts a fresh index of {@code lang} in {@code luceneDir} (build folder, never published),
   * replacing whatever was there.
   */
  Session open(String lang, Path luceneDir) throws IOException;

  /** One language's index being written. Closing it without {@link #export} discards it. */
  interface Session extends AutoCloseable {
    /**
     * Adds a page's documents. Pages are numbered from 0 without gaps (a page with no documents
     * is added too, as {@link SearchPage#NONE}); they may arrive in any order, from several
     * threads, and go into the index in number order.
     */
    void addPage(int page, SearchPage p) throws IOException;

    /** Adds each of {@code docs} as a page of its own, numbered from 0 in list order. */
    default void addEach(List<SearchDocument> docs) throws IOException {
      for (int i = 0; i < docs.size(); i++) {
        addPage(i, SearchPage.of(docs.get(i)));
      }
    }

    /** What the site's data teaches search (taxonomy names, synonyms), kept with the index; none unless given. */
    default void vocabulary(SearchVocabulary vocabulary) {}

    /** Finishes the index and writes the browser export under {@code siteDir/search/<lang>/}. */
    void export(Path siteDir) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Indexes {@code docs} in list order and exports them: the whole stage in one call. */
  default void index(String lang, List<SearchDocument> docs, Path luceneDir, Path siteDir) throws IOException {
    try (Session session = open(lang, luceneDir)) {
      session.addEach(docs);
      session.export(siteDir);
    }
  }
}
