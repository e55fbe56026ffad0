package org.passage.search;

import java.util.List;

/**
 * A page's search documents: the page itself first, then its h2 sections. The page's body is
 * {@code bodyParts} joined by newlines, and section {@code k}'s body (document {@code k + 1}) is
 * part {@code sectionParts.get(k)}, so an indexer can analyse each piece of text once.
 */
public record SearchPage(List<SearchDocument> documents, List<String> bodyParts, List<Integer> sectionParts) {
  public static final SearchPage NONE = new SearchPage(List.of(), List.of(), List.of());

  /** One document on its own (a page without sections, or a unit of a test fixture). */
  public static SearchPage of(SearchDocument doc) {
    return new SearchPage(List.of(doc), List.of(doc.body()), List.of());
  }

  public SearchPage {
    documents = List.copyOf(documents);
    bodyParts = List.copyOf(bodyParts);
    sectionParts = List.copyOf(sectionParts);
    if (!documents.isEmpty() && sectionParts.size() != documents.size() - 1) {
      throw new IllegalArgumentException("one body part per section expected");
    }
  }
}
