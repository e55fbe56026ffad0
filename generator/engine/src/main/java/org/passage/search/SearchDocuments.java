package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.content.PageMeta;
import org.passage.markdown.TextSection;
import org.passage.paths.Urls;

/** Turns one page into search documents: the page, then each of its h2 sections. */
final class SearchDocuments {
  private SearchDocuments() {}

  /**
   * @param title the page's title (front matter, first heading or file name)
   * @param terms taxonomy to the page's term ids, implied terms included
   * @param sections the page's plain text, as conversion extracted it
   */
  public static SearchPage of(PageMeta meta, String title, Map<String, List<String>> terms, List<TextSection> sections) {
    if (!meta.searchable()) {
      return SearchPage.NONE;
    }
    Map<String, List<String>> facets = new LinkedHashMap<>();
    facets.put("collection", List.of(meta.collection().orElse("page")));
    facets.putAll(terms);
    return of(Urls.encodePath(meta.outputPath()), title, meta.description(), facets, List.of(), sections);
  }

  /**
   * The documents of the page at {@code path} (encoded site path): the page, then one per section
   * with an anchor. {@code identifiers} are the page's identifier terms (a term page's
   * {@code <taxonomy>/<key>}, see {@link SearchVocabulary}), on the page document only.
   */
  public static SearchPage of(String path, String title, String description, Map<String, List<String>> facets,
      List<String> identifiers, List<TextSection> sections) {
    StringBuilder all = new StringBuilder();
    StringBuilder heads = new StringBuilder();
    for (TextSection s : sections) {
      if (!s.heading().isEmpty()) {
        heads.append(s.heading()).append('\n');
      }
      if (!s.headings().isEmpty()) {
        heads.append(s.headings()).append('\n');
      }
      all.append(s.text()).append('\n');
    }
    String body = description.isEmpty() ? all.toString().strip() : description + "\n" + all.toString().strip();
    List<String> parts = new ArrayList<>();
    if (!description.isEmpty()) {
      parts.add(description);
    }
    List<SearchDocument> out = new ArrayList<>();
    List<Integer> sectionParts = new ArrayList<>();
    out.add(new SearchDocument(path, "", title, "", heads.toString().strip(), body, facets, identifiers));
    for (TextSection s : sections) {
      if (!s.anchor().isEmpty()) {
        sectionParts.add(parts.size());
        out.add(new SearchDocument(path, s.anchor(), title, s.heading(), s.headings(), s.text(), facets));
      }
      parts.add(s.text());
    }
    return new SearchPage(out, parts, sectionParts);
  }
}
