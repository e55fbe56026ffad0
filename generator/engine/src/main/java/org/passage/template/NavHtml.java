package org.passage.template;

import java.util.List;
import java.util.function.Function;
import org.unbescape.html.HtmlEscape;

/**
 * The default theme's navigation ({@code partials/nav.peb} with {@code partials/nav-item.peb}),
 * written in Java: the same bytes as the templates, at a fraction of the cost. The navigation is
 * on every page and holds up to ~60 links, and through Pebble it took 40 % of the render stage
 * on tldr-pages (7,425 pages). Used only while no theme of the chain overrides
 * {@code nav-item.peb}; a theme that overrides {@code nav.peb} never calls it. The templates stay
 * the reference: {@code NavHtmlTest} renders both and compares them.
 */
final class NavHtml {
  /** The way to the site's root, escaped. */
  private final String root;
  private final String pagePath;
  private final List<String> ancestors;
  private final String lang;
  private final String more;
  private final String notTranslated;
  private final Function<Integer, String> number;
  private final StringBuilder out = new StringBuilder(4096);

  private NavHtml(String root, PageContext page, String lang, String more, String notTranslated, Function<Integer, String> number) {
    this.root = esc(root);
    this.pagePath = page.view().path();
    this.ancestors = page.ancestors();
    this.lang = lang;
    this.more = more;
    this.notTranslated = notTranslated;
    this.number = number;
  }

  /**
   * The navigation {@code nav} as seen from {@code page}; {@code more} and {@code notTranslated}
   * are the UI strings nav_more ("{count} more…") and not_translated, {@code number} formats a
   * count for the page's language.
   */
  static String render(NavEntry nav, PageContext page, String root, String lang, String more, String notTranslated, Function<Integer, String> number) {
    NavHtml h = new NavHtml(root, page, lang, more, notTranslated, number);
    h.tree(nav);
    return h.out.toString();
  }

  private void tree(NavEntry nav) {
    out.append("<ul class=\"nav\">\n");
    if (!empty(nav.path())) {
      out.append("<li class=\"nav-home\"><a href=\"").append(root).append(esc(nav.path())).append('"');
      current(nav.path());
      fallbackAttributes(nav.fallback());
      out.append('>').append(esc(nav.title())).append("</a></li>\n");
    }
    for (NavEntry item : nav.children()) {
      if (item.isMore()) {
        moreEntry(item);
      } else {
        item(item);
      }
    }
    out.append("</ul>\n");
  }

  private void item(NavEntry item) {
    boolean open = item.isSection() && ancestors.contains(item.folder());
    out.append("<li class=\"").append(item.isLabel() ? "nav-label" : item.isSection() ? "nav-section" : "nav-page").append(open ? " open" : "").append("\">\n");
    if (!empty(item.path())) {
      link(item);
    } else {
      out.append("<span>").append(esc(item.title())).append("</span>");
    }
    if (open && !item.children().isEmpty()) {
      out.append("<ul>\n");
      for (NavEntry child : item.children()) {
        if (child.isSection()) {
          item(child);
        } else if (child.isLabel()) {
          out.append("<li class=\"nav-label\"><span>").append(esc(child.title())).append("</span></li>\n");
        } else if (child.isMore()) {
          moreEntry(child);
        } else {
          out.append("<li class=\"nav-page\">\n");
          link(child);
          out.append("</li>\n");
        }
      }
      out.append("</ul>\n");
    }
    out.append("</li>\n");
  }

  private void link(NavEntry e) {
    out.append("<a href=\"").append(root).append(esc(e.path())).append('"');
    current(e.path());
    fallbackAttributes(e.fallback());
    out.append('>').append(esc(e.title()));
    if (!empty(e.fallback())) {
      out.append(" <span class=\"fallback-note\" lang=\"").append(esc(lang)).append("\">").append(esc(notTranslated)).append("</span>");
    }
    out.append("</a>");
  }

  private void moreEntry(NavEntry e) {
    out.append("<li class=\"nav-more\"><a href=\"").append(root).append(esc(e.path())).append("\">")
        .append(esc(more.replace("{count}", number.apply(e.count())))).append("</a></li>\n");
  }

  private void current(String path) {
    if (path != null && path.equals(pagePath)) {
      out.append(" aria-current=\"page\"");
    }
  }

  private void fallbackAttributes(String fallback) {
    if (!empty(fallback)) {
      out.append(" class=\"fallback\" lang=\"").append(esc(fallback)).append("\" hreflang=\"").append(esc(fallback)).append('"');
    }
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    // Most titles and paths hold nothing to escape: looking costs less than the escaper's own pass.
    for (int i = 0, n = s.length(); i < n; i++) {
      switch (s.charAt(i)) {
        case '&', '<', '>', '"', '\'' -> {
          return HtmlEscape.escapeHtml4Xml(s);
        }
        default -> { }
      }
    }
    return s;
  }
}
