package org.passage.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage 5, Index: builds the search index of one language and exports it for the browser.
 */
public interface SearchIndexer {

  /**
   * @param lang language code ("en"); picks the analyzer
   * @param docs the pages and sections, in a stable order
   * @param luceneDir where the raw index goes (build folder, never published)
   * @param siteDir the staging site folder; the export is written under {@code search/<lang>/}
   */
  void index(String lang, List<SearchDocument> docs, Path luceneDir, Path siteDir) throws IOException;
}
