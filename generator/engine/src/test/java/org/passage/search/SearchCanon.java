package org.passage.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The canonical text of a search result; harness.js renders the browser's result the same way. */
final class SearchCanon {
  private SearchCanon() {}

  static String of(SearchResult r) {
    List<String> lines = new ArrayList<>();
    lines.add("total=" + r.total());
    lines.add("suggestion=" + r.suggestion());
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      for (Map.Entry<String, Integer> v : f.getValue().entrySet()) {
        lines.add("facet " + f.getKey() + " " + v.getKey() + "=" + v.getValue());
      }
    }
    for (SearchResult.Hit h : r.hits()) {
      lines.add("hit " + h.url() + " " + String.format(java.util.Locale.ROOT, "%08x", Float.floatToIntBits(h.score())));
    }
    return String.join("\n", lines);
  }
}
