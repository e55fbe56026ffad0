package org.passage.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.passage.markdown.TextSection;
import org.passage.paths.Urls;

/**
 * The search documents of a page Passage generates from data rather than Markdown (a taxonomy
 * term's page, a taxonomy's index), read from its rendered HTML as a reader sees it: the text of
 * {@code <main>}, its {@code <h1>} as the title, a section per {@code <h2 id>}.
 *
 * <p>Listings of other pages (their titles and links) are left out, so that a page listing
 * others never outranks the pages it lists: elements marked {@code data-search-ignore} (as
 * Pagefind's {@code data-pagefind-ignore}), navigation, forms, and any list or table whose text
 * is mostly link text.
 */
final class RenderedPages {
  private RenderedPages() {}

  /** Elements whose text is never a page's own. */
  private static final Set<String> SKIPPED = Set.of("nav", "script", "style", "template", "noscript", "form", "button",
      "select", "textarea", "svg");
  /** Containers of items that may be a listing of other pages. */
  private static final Set<String> LISTS = Set.of("ul", "ol", "table", "dl");
  /** A list whose link text is at least this share of its text is a listing. */
  static final double LISTING_LINK_SHARE = 0.5;
  /** Elements after which words must not run together. */
  private static final Set<String> BREAKS = Set.of("br", "td", "th", "li", "dt", "dd", "tr", "caption", "figcaption");

  /**
   * @param sitePath the page's site path ("en/targets/10.7.html")
   * @param fallbackTitle the title when the page has no {@code <h1>}
   * @param facets facet name to values
   * @param identifiers the page's identifier terms
   */
  public static SearchPage of(String sitePath, String fallbackTitle, Map<String, List<String>> facets, List<String> identifiers,
      CharSequence html) {
    Document doc = Jsoup.parse(html.toString());
    Element root = doc.selectFirst("main");
    if (root == null) {
      root = doc.body();
      // without a <main>, the site's banner and footer are not the page's text
      root.select("body > header, body > footer").remove();
    }
    Collector c = new Collector();
    root.filter(c);
    c.close();
    String title = c.title.isBlank() ? fallbackTitle : c.title.strip();
    return SearchDocuments.of(Urls.encodePath(sitePath), title, "", facets, identifiers, c.sections);
  }

  /** Whether {@code e} is a list or table of mostly links: a listing. */
  static boolean isListing(Element e) {
    if (!LISTS.contains(e.normalName())) {
      return false;
    }
    int all = e.text().length();
    if (all == 0) {
      return false;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return links >= all * LISTING_LINK_SHARE;
  }

  private static final class Collector implements NodeFilter {
    final List<TextSection> sections = new ArrayList<>();
    String title = "";
    private String heading = "";
    private String anchor = "";
    private final StringBuilder headings = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private boolean seenH1;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text.append(t.text());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = e.normalName();
      if (SKIPPED.contains(name) || e.hasAttr("data-search-ignore") || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden")) || isListing(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (name.equals("h1") && !seenH1) {
        seenH1 = true;
        title = e.text();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (name.equals("h2") && !e.id().isEmpty()) {
        close();
        heading = e.text();
        anchor = e.id();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
        headings.append(e.text()).append('\n');
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.isBlock() || BREAKS.contains(name)) {
        text.append('\n');
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && (e.isBlock() || BREAKS.contains(e.normalName()))) {
        text.append('\n');
      }
      return FilterResult.CONTINUE;
    }

    /** Ends the unit being read: the part before the first section, or a section. */
    void close() {
      String body = lines(text);
      if (!anchor.isEmpty() || !body.isEmpty() || headings.length() > 0) {
        sections.add(new TextSection(heading, anchor, headings.toString().strip(), body));
      }
      text.setLength(0);
      headings.setLength(0);
    }

    /** The text's non-blank lines, each with its spaces collapsed. */
    private static String lines(CharSequence s) {
      StringBuilder out = new StringBuilder();
      for (String line : s.toString().split("\n")) {
        String l = line.replaceAll("\\s+", " ").strip();
        if (!l.isEmpty()) {
          out.append(out.length() > 0 ? "\n" : "").append(l);
        }
      }
      return out.toString();
    }
  }
}
