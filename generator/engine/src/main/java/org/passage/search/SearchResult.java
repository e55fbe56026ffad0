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
record SearchResult(int total, List<Hit> hits, Map<String, Map<String, Integer>> facets, String suggestion) {

  /** One ranked unit: a page (anchor "") or one of its sections. */
  public record Hit(int doc, String path, String anchor, String title, String section, float score) {
    /** Site-root-relative URL of the hit, with the section's anchor. */
    public String url() {
      return anchor.isEmpty() ? path : path + "#" + anchor;
    }
  }

  /** How many section hits a page shows under it. */
  public static final int MAX_SECTIONS = 3;

  /**
   * One result per page: the page ranked by its best hit, with up to {@link #MAX_SECTIONS} of its
   * section hits in rank order (the browser's {@code group: true}).
   *
   * @param best the page's best hit (the page itself or one of its sections)
   */
  public record Page(String path, String title, Hit best, List<Hit> sections) {}

  /** The hits grouped by page, pages in the order of their best hits. */
  public List<Page> pages() {
    java.util.Map<String, Hit> best = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<Hit>> sections = new java.util.HashMap<>();
    for (Hit h : hits) {
      best.putIfAbsent(h.path(), h);
      if (!h.anchor().isEmpty()) {
        List<Hit> list = sections.computeIfAbsent(h.path(), k -> new java.util.ArrayList<>());
        if (list.size() < MAX_SECTIONS) {
          list.add(h);
        }
      }
    }
    List<Page> out = new java.util.ArrayList<>();
    best.forEach((path, h) -> out.add(new Page(path, h.title(), h, List.copyOf(sections.getOrDefault(path, List.of())))));
    return List.copyOf(out);
  }
}
