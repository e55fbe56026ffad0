package org.passage.template;

import java.util.Map;
import java.util.TreeMap;
import org.passage.config.SiteConfig;
import org.passage.site.LanguageSite;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;

/**
 * {@code search/<lang>/labels.js}: a classic script naming facet values for the search page
 * ({@code window.PassageFacetLabels = {facet: {value: label}}}), so filters show "10.7 Safe,
 * orderly migration" instead of "10.7". Loaded as a script because file:// forbids fetch.
 */
final class FacetLabels {
  private FacetLabels() {}

  static String script(SiteConfig config, LanguageSite lang) {
    StringBuilder sb = new StringBuilder("window.PassageFacetLabels = {\n");
    sb.append("  \"__facets\": {\"collection\": \"Content type\"");
    for (Taxonomy t : lang.taxonomies().values()) {
      sb.append(", ").append(json(t.name())).append(": ").append(json(t.config().title()));
    }
    sb.append("}");
    Map<String, String> collections = new TreeMap<>();
    collections.put("page", "Guide page");
    config.collections().forEach(c -> collections.put(c.name(), title(c.name())));
    sb.append(",\n  \"collection\": {");
    appendMap(sb, collections);
    sb.append("}");
    for (Taxonomy t : lang.taxonomies().values()) {
      Map<String, String> labels = new TreeMap<>();
      for (Term term : t.terms()) {
        labels.put(term.id(), term.label().equals(term.id()) ? term.label() : term.id() + " " + term.label());
      }
      sb.append(",\n  ").append(json(t.name())).append(": {");
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
      sb.append(json(e.getKey())).append(": ").append(json(e.getValue()));
    }
  }

  /** A JSON string literal, safe inside a script (no "</script", no U+2028). */
  static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<' -> sb.append("\\u003c");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
