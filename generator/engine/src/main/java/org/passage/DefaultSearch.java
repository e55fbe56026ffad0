package org.passage;

import org.passage.search.SearchIndexer;

/** The search indexer every build uses. */
public final class DefaultSearch {
  private DefaultSearch() {}

  public static SearchIndexer indexer() {
    return new org.passage.search.LuceneSearchIndexer();
  }
}
