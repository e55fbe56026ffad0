package org.passage.search;

import java.util.List;
import java.util.Map;

/**
 * One searchable unit: a whole page ({@code anchor} empty) or one of its h2 sections.
 *
 * @param path site path of the page ("en/sdgs/goal-10.html")
 * @param anchor heading id of the section, or "" for the page itself
 * @param pageTitle the page's title
 * @param section the section's heading text, or "" for the page itself
 * @param headings text of the sub-headings inside the unit
 * @param body the unit's plain text
 * @param facets facet name to values (collection, and every taxonomy the page uses)
 * @param identifiers identifier terms ({@code <taxonomy>/<key>}) naming this unit: a term's own page has its term's
 */
public record SearchDocument(String path, String anchor, String pageTitle, String section, String headings, String body,
    Map<String, List<String>> facets, List<String> identifiers) {

  public SearchDocument {
    identifiers = List.copyOf(identifiers);
  }

  /** A unit no identifier names. */
  public SearchDocument(String path, String anchor, String pageTitle, String section, String headings, String body,
      Map<String, List<String>> facets) {
    this(path, anchor, pageTitle, section, headings, body, facets, List.of());
  }
}
