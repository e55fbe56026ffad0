package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.markdown.TextSection;
import org.passage.site.LanguageSite;
import org.passage.site.Page;

/** Turns a language's pages into search documents: the page, then each of its h2 sections. */
public final class SearchDocuments {
  private SearchDocuments() {}

  public static List<SearchDocument> of(LanguageSite lang) {
    List<SearchDocument> out = new ArrayList<>();
    for (Page page : lang.pages()) {
      if (!page.meta().searchable()) {
        continue;
      }
      Map<String, List<String>> facets = new LinkedHashMap<>();
      facets.put("collection", List.of(page.meta().collection().orElse("page")));
      facets.putAll(page.terms());
      StringBuilder all = new StringBuilder();
      StringBuilder heads = new StringBuilder();
      for (TextSection s : page.content().sections()) {
        if (!s.heading().isEmpty()) {
          heads.append(s.heading()).append('\n');
        }
        if (!s.headings().isEmpty()) {
          heads.append(s.headings()).append('\n');
        }
        all.append(s.text()).append('\n');
      }
      String description = page.meta().description();
      String body = description.isEmpty() ? all.toString().strip() : description + "\n" + all.toString().strip();
      out.add(new SearchDocument(page.outputPath(), "", page.title(), "", heads.toString().strip(), body, facets));
      for (TextSection s : page.content().sections()) {
        if (s.anchor().isEmpty()) {
          continue;
        }
        out.add(new SearchDocument(page.outputPath(), s.anchor(), page.title(), s.heading(), s.headings(), s.text(), facets));
      }
    }
    return List.copyOf(out);
  }
}
