package org.passage.template;

import java.util.List;
import java.util.Map;

/**
 * What templates read of a page wherever it shows: as {@code page} (through {@link PageContext}),
 * in lists ({@code children}, {@code backlinks}, {@code pagesOf}, {@code collection}), as
 * {@code prev}/{@code next} and {@code page(path)}. Built once per page by {@link SiteViews};
 * pages Passage generates (a folder's listing, a term, a taxonomy, search, 404, print) have one
 * too, from {@link #generated}. Paths are encoded site paths; templates make them relative with
 * {@code url()}. {@code params} is the front matter Passage does not read itself, open-ended as
 * Hugo's {@code .Params}; {@code terms} holds the page's terms by taxonomy.
 */
record PageView(
    String title,
    String description,
    String path,
    String contentPath,
    String section,
    boolean isSection,
    /** A folder's page that Passage made, or a page it generates (term, taxonomy, search …). */
    boolean generated,
    String collection,
    String layout,
    double weight,
    String date,
    Map<String, Object> params,
    int words,
    /** When the page's Markdown file was last committed (ISO), empty for generated pages. */
    String lastUpdated,
    String lastUpdatedText,
    String editUrl,
    Map<String, List<TermView>> terms) {

  /** A page Passage generates at {@code path} that no Markdown file stands for; its layout is named after its kind. */
  static PageView generated(String title, String description, String path, String kind) {
    return new PageView(title, description, path, "", "", false, true, "", kind, 0, "", Map.of(), 0, "", "", "", Map.of());
  }

  /** The same page shown at {@code otherPath} (a listing's further pages). */
  PageView withPath(String otherPath) {
    return new PageView(title, description, otherPath, contentPath, section, isSection, generated, collection, layout, weight, date, params, words,
        lastUpdated, lastUpdatedText, editUrl, terms);
  }
}
