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

  /** The grouped form: {@code r} from {@link SearchReference#searchPages}, as harness.js's __canonPages renders it. */
  static String pages(SearchResult r) {
    List<String> lines = new ArrayList<>();
    List<SearchResult.Page> pages = r.pages();
    lines.add("total=" + pages.size());
    lines.add("suggestion=" + r.suggestion());
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      for (Map.Entry<String, Integer> v : f.getValue().entrySet()) {
        lines.add("facet " + f.getKey() + " " + v.getKey() + "=" + v.getValue());
      }
    }
    for (SearchResult.Page p : pages) {
      lines.add("page " + p.path() + " " + hex(p.best().score()));
      for (SearchResult.Hit h : p.sections()) {
        lines.add("  section " + h.url() + " " + hex(h.score()));
      }
    }
    return String.join("\n", lines);
  }

  private static String hex(float score) {
    return String.format(java.util.Locale.ROOT, "%08x", Float.floatToIntBits(score));
  }
}
