package org.passage.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one query: every matching unit in rank order, facet counts and a suggestion.
 *
 * @param total number of matching units
 * @param hits all hits, best first (score descending, then document order)
 * @param facets facet name to value to count, over the hits with the other facets' filters
 * @param suggestion the query with unknown words replaced by the closest indexed word, or null
 */
public record SearchResult(int total, List<Hit> hits, Map<String, Map<String, Integer>> facets, String suggestion) {

  /** One ranked unit: a page (anchor "") or one of its sections. */
  public record Hit(int doc, String path, String anchor, String title, String section, float score) {
    /** Site-root-relative URL of the hit, with the section's anchor. */
    public String url() {
      return anchor.isEmpty() ? path : path + "#" + anchor;
    }
  }
}
