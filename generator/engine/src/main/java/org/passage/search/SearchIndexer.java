package org.passage.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the search index of one language and exports it for the browser. Documents arrive
 * while pages are converted (from several threads), so a page's text is indexed once and then
 * dropped rather than kept until the end of the build; the export happens in stage 5, Index.
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
     * Adds one document. Safe to call from several threads; documents end up ordered by
     * {@code order}, which must be unique, whatever order they arrive in.
     */
    void add(long order, SearchDocument doc) throws IOException;

    /**
     * Adds a page's documents, ordered by {@code page} (unique; the documents of page {@code p}
     * follow those of every page before it, whatever order pages arrive in). Safe to call from
     * several threads.
     */
    default void addPage(int page, SearchPage p) throws IOException {
      for (int s = 0; s < p.documents().size(); s++) {
        add(((long) page << 32) | s, p.documents().get(s));
      }
    }

    /** Finishes the index and writes the browser export under {@code siteDir/search/<lang>/}. */
    void export(Path siteDir) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Indexes {@code docs} in list order and exports them: the whole stage in one call. */
  default void index(String lang, List<SearchDocument> docs, Path luceneDir, Path siteDir) throws IOException {
    try (Session session = open(lang, luceneDir)) {
      for (int i = 0; i < docs.size(); i++) {
        session.add(i, docs.get(i));
      }
      session.export(siteDir);
    }
  }
}
