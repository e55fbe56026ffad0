package org.passage;

import java.io.IOException;
import java.nio.file.Path;
import org.passage.search.SearchCommand;
import org.passage.search.SearchIndexer;

/**
 * Search as the engine's callers outside it see it (the Maven plugin): the indexer every build
 * uses, and a query against a built index. Only the pipeline and the server reach into
 * {@code org.passage.search} themselves.
 */
public final class DefaultSearch {
  private DefaultSearch() {}

  public static SearchIndexer indexer() {
    return new org.passage.search.LuceneSearchIndexer();
  }

  /**
   * Runs {@code query} with the Java reference over the Lucene index of {@code lang} in
   * {@code luceneDir}; returns the first {@code limit} ranked hits as text or JSON.
   */
  public static String query(Path luceneDir, String lang, String query, boolean json, int limit) throws IOException {
    return SearchCommand.run(luceneDir, lang, query, json, limit);
  }
}
