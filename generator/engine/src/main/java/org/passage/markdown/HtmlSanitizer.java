package org.passage.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps a safe subset of HTML when a site allows raw HTML in Markdown: no scripts, no event
 * handlers, no {@code javascript:} URLs, relative links preserved.
 */
final class HtmlSanitizer {
  private static final String BASE = "https://passage.invalid/";
  /** The relaxed list, plus the {@code data-*} attributes pages may set with {@code {data-x=…}}. */
  private static final Safelist SAFE =
      new Safelist(Safelist.relaxed()) {
        @Override
        public boolean isSafeAttribute(String tagName, org.jsoup.nodes.Element el, org.jsoup.nodes.Attribute attr) {
          return attr.getKey().startsWith("data-") && attr.getKey().length() > 5 || super.isSafeAttribute(tagName, el, attr);
        }
      }
          .addTags("abbr", "details", "summary", "figure", "figcaption", "mark", "kbd", "section", "aside", "input", "hr", "sup", "sub", "del", "ins")
          .addAttributes(":all", "id", "class", "title", "lang", "dir", "aria-hidden", "aria-label", "role")
          .addAttributes("input", "type", "checked", "disabled")
          .addAttributes("td", "align")
          .addAttributes("th", "align")
          .addProtocols("a", "href", "http", "https", "mailto", "tel")
          .preserveRelativeLinks(true);

  private HtmlSanitizer() {}

  static String clean(String html) {
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
    String cleaned = Jsoup.clean(html, BASE, SAFE, settings);
    return cleaned.replace(BASE, "");
  }
}
