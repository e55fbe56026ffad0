package org.passage.search;

import org.passage.text.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code search} goal's work: run the reference and render the ranked hits as text or JSON. */
public final class SearchCommand {
  private SearchCommand() {}

  public static String run(Path luceneDir, String lang, String query, boolean json, int limit) throws IOException {
    try (SearchReference ref = SearchReference.open(luceneDir, lang)) {
      SearchResult r = ref.search(query);
      StringBuilder out = new StringBuilder();
      int n = Math.min(limit, r.hits().size());
      if (json) {
        out.append("{\"query\":").append(Json.quote(query)).append(",\"total\":").append(r.total())
            .append(",\"suggestion\":").append(r.suggestion() == null ? "null" : Json.quote(r.suggestion()))
            .append(",\"hits\":[");
        for (int i = 0; i < n; i++) {
          SearchResult.Hit h = r.hits().get(i);
          out.append(i > 0 ? "," : "").append("\n{\"url\":").append(Json.quote(h.url()))
              .append(",\"title\":").append(Json.quote(h.title()))
              .append(",\"section\":").append(Json.quote(h.section()))
              .append(",\"score\":").append(h.score()).append('}');
        }
        return out.append("]}\n").toString();
      }
      out.append(String.format(Locale.ROOT, "%d hits for \"%s\"%n", r.total(), query));
      if (r.suggestion() != null) {
        out.append("did you mean: ").append(r.suggestion()).append('\n');
      }
      for (int i = 0; i < n; i++) {
        SearchResult.Hit h = r.hits().get(i);
        out.append(String.format(Locale.ROOT, "%2d. %-10s %s%s%n", i + 1, Float.toString(h.score()), h.url(),
            h.section().isEmpty() ? "  (" + h.title() + ")" : "  (" + h.title() + " › " + h.section() + ")"));
      }
      return out.toString();
    }
  }
}
