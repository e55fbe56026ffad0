package org.passage.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.paths.Urls;
import org.passage.site.LanguageSite;
import org.passage.site.NavNode;
import org.passage.site.Page;

/**
 * The chapters of a print view in reading order: the view's root page, then every page below it
 * as the navigation orders it, each with its depth (0 for the root) and an anchor unique in the
 * view, made from its path so that it stays the same from build to build. Pages that say
 * {@code print: false} are left out, with everything below them. A part title of a book outline
 * is a chapter without a page.
 */
public record PrintBook(PrintViews.View view, String title, List<Chapter> chapters) {

  /**
   * A chapter: a page (null for a part title), its title, depth below the view's root and anchor.
   */
  public record Chapter(Page page, String title, int depth, String anchor) {
    /** The chapter's title as a heading level: 1 for the view's root, one more per level below, at most 6. */
    public int level() {
      return Math.min(6, depth + 1);
    }
  }

  /** The book of {@code view} in {@code lang}; empty if its section is not in the navigation. */
  public static Optional<PrintBook> of(PrintViews.View view, LanguageSite lang, String siteTitle) {
    Optional<NavNode> root = find(lang.nav(), view.rootContentPath());
    if (root.isEmpty()) {
      return Optional.empty();
    }
    List<Chapter> chapters = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    Set<Page> seen = new HashSet<>();
    String title = view.wholeSite() ? siteTitle : root.get().shownTitle();
    walk(root.get(), 0, view, title, chapters, anchors, seen);
    return Optional.of(new PrintBook(view, title, List.copyOf(chapters)));
  }

  /** Where a page is in a print view: the view's site path, the page's anchor there, the view's title. */
  public record Link(String sitePath, String anchor, String title, boolean wholeSite) {}

  /**
   * For each page in any of {@code books}, where it is in the innermost view that holds it (a
   * step's view rather than the whole site's), the view a "Print" link leads to.
   */
  public static Map<Page, Link> links(List<PrintBook> books) {
    List<PrintBook> outerFirst = new ArrayList<>(books);
    outerFirst.sort(java.util.Comparator.comparingInt((PrintBook b) -> b.view().wholeSite() ? -1 : depth(b.view().sitePath())));
    Map<Page, Link> out = new HashMap<>();
    for (PrintBook b : outerFirst) {
      for (Chapter c : b.chapters()) {
        if (c.page() != null) {
          out.put(c.page(), new Link(b.view().sitePath(), c.anchor(), b.title(), b.view().wholeSite()));
        }
      }
    }
    return out;
  }

  private static int depth(String sitePath) {
    return (int) sitePath.chars().filter(ch -> ch == '/').count();
  }

  /** The chapter of each page in this book, by the page's site path. */
  /** Whether a chapter is one of the pages (content paths) {@code pages} accepts. */
  public boolean holdsAny(java.util.function.Predicate<String> pages) {
    return chapters.stream().anyMatch(c -> pages.test(c.page().contentPath()));
  }

  public Map<String, Chapter> byOutputPath() {
    Map<String, Chapter> out = new HashMap<>();
    for (Chapter c : chapters) {
      if (c.page() != null) {
        out.put(c.page().outputPath(), c);
      }
    }
    return out;
  }

  private static void walk(NavNode node, int depth, PrintViews.View view, String rootTitle, List<Chapter> out, Set<String> anchors, Set<Page> seen) {
    Page page = node.page();
    if (page != null && !page.meta().source().language().code().equals(view.language())) {
      page = null; // a stand-in for a page the language lacks: not printed, though its section's own pages are
    } else if (page != null && (Boolean.FALSE.equals(page.meta().params().get("print")) || !seen.add(page))) {
      return;
    }
    if (page != null) {
      out.add(new Chapter(page, depth == 0 ? rootTitle : node.shownTitle(), depth, unique(anchorOf(view, page, depth), anchors)));
    } else if (node.isLabel()) {
      out.add(new Chapter(null, node.shownTitle(), depth, unique("part-" + Urls.slug(node.shownTitle()), anchors)));
    }
    for (NavNode child : node.children()) {
      walk(child, depth + 1, view, rootTitle, out, anchors, seen);
    }
  }

  /** "process/step-1/tool-a.html" seen from "process/print.html" gives "step-1-tool-a"; a section is named by its folder. */
  private static String anchorOf(PrintViews.View view, Page page, int depth) {
    if (depth == 0) {
      return "top";
    }
    String rel = Urls.relative(view.sitePath(), page.outputPath());
    rel = rel.endsWith(".html") ? rel.substring(0, rel.length() - ".html".length()) : rel;
    rel = rel.equals("index") ? "" : rel.endsWith("/index") ? rel.substring(0, rel.length() - "/index".length()) : rel;
    rel = rel.replace("../", "up-");
    return rel.isEmpty() ? "top" : Urls.slug(rel);
  }

  private static String unique(String anchor, Set<String> taken) {
    String a = anchor;
    for (int k = 2; !taken.add(a); k++) {
      a = anchor + "-" + k;
    }
    return a;
  }

  private static Optional<NavNode> find(NavNode node, String contentPath) {
    if (node.page() != null && node.page().contentPath().equals(contentPath)) {
      return Optional.of(node);
    }
    for (NavNode c : node.children()) {
      Optional<NavNode> found = find(c, contentPath);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
