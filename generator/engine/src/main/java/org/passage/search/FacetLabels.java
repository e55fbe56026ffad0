package org.passage.search;

import java.util.Map;
import java.util.TreeMap;
import org.passage.config.SiteConfig;
import org.passage.site.LanguageSite;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;
import org.passage.text.Json;

/**
 * {@code search/<lang>/labels.js}: a classic script naming facet values for the search page
 * ({@code window.PassageFacetLabels = {facet: {value: label}}}), so filters show "10.7 Safe,
 * orderly migration" instead of "10.7". Loaded as a script because file:// forbids fetch.
 */
final class FacetLabels {
  private FacetLabels() {}

  /** {@code ui} gives the language's UI strings: the facet of content types and plain pages are named there. */
  static String script(SiteConfig config, LanguageSite lang, java.util.function.UnaryOperator<String> ui) {
    StringBuilder sb = new StringBuilder("window.PassageFacetLabels = {\n");
    sb.append("  \"__facets\": {\"collection\": ").append(Json.quote(ui.apply("search_content_type")));
    for (Taxonomy t : lang.taxonomies().values()) {
      sb.append(", ").append(Json.quote(t.name())).append(": ").append(Json.quote(t.config().title()));
    }
    sb.append("}");
    Map<String, String> collections = new TreeMap<>();
    collections.put("page", ui.apply("search_plain_page"));
    // a term's page has its taxonomy as content type (search indexes it with that collection)
    lang.taxonomies().values().forEach(t -> collections.put(t.name(), t.config().title()));
    config.collections().forEach(c -> {
      // The theme can name a collection in each language (collection_case_studies: Études de cas)
      String key = "collection_" + c.name().replace('-', '_');
      String named = ui.apply(key);
      collections.put(c.name(), named.equals(key) ? title(c.name()) : named);
    });
    sb.append(",\n  \"collection\": {");
    appendMap(sb, collections);
    sb.append("}");
    for (Taxonomy t : lang.taxonomies().values()) {
      Map<String, String> labels = new TreeMap<>();
      for (Term term : t.terms()) {
        // "10.7 Safe migration", but "Local" and "Philippines": ids that are words or codes add nothing to a label
        boolean numbered = term.id().chars().anyMatch(Character::isDigit) && !term.label().equals(term.id());
        labels.put(term.id(), numbered ? term.id() + " " + term.label() : term.label());
      }
      sb.append(",\n  ").append(Json.quote(t.name())).append(": {");
      appendMap(sb, labels);
      sb.append("}");
    }
    return sb.append("\n};\n").toString();
  }

  private static String title(String name) {
    String s = name.replace('-', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void appendMap(StringBuilder sb, Map<String, String> map) {
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(Json.quote(e.getKey())).append(": ").append(Json.quote(e.getValue()));
    }
  }
}
