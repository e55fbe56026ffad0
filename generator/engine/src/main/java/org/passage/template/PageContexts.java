package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passage.markdown.Heading;
import org.passage.paths.Pagination;
import org.passage.paths.Urls;
import org.passage.print.PrintBook;
import org.passage.site.LanguageSite;
import org.passage.site.NavNode;
import org.passage.site.Page;
import org.passage.site.SiteValidator;

/**
 * The per-page part of a template context: content, table of contents, breadcrumbs, prev/next
 * within the section, children of a section, and backlinks.
 */
final class PageContexts {
  private final SiteViews views;
  private final NavViews nav;
  private final SiteValidator.AnchorFixes fixes;
  private final NavNode root;
  /** The language's code: pages of another language in its navigation stand in for missing translations. */
  private final String language;
  private final Map<Page, Page[]> neighbours = new HashMap<>();
  /** For each page, the open sections that lead to it (from the root's child down; its own section last). */
  private final Map<Page, List<NavNode>> chains = new HashMap<>();
  /** The node whose page a section page is. */
  private final Map<Page, NavNode> sectionNodes = new HashMap<>();

  /** Where each page is in a print view, for its "Print" link. */
  private final Map<Page, PrintBook.Link> prints;

  PageContexts(SiteViews views, LanguageSite lang, SiteValidator.AnchorFixes fixes, Map<Page, PrintBook.Link> prints) {
    this.views = views;
    this.fixes = fixes;
    this.prints = prints;
    this.nav = views.navViews(lang);
    this.root = lang.nav();
    this.language = lang.language().code();
    if (root.page() != null) {
      chains.put(root.page(), List.of());
      sectionNodes.put(root.page(), root);
    }
    index(root, List.of());
    if (lang.linear()) {
      linearNeighbours();
    }
  }

  /** Walks the tree: each page's chain of open sections, and prev/next within each section. */
  private void index(NavNode node, List<NavNode> chain) {
    List<Page> seq = new ArrayList<>();
    if (own(node.page())) {
      seq.add(node.page());
    }
    for (NavNode c : node.children()) {
      if (!own(c.page())) {
        continue; // prev/next, breadcrumbs and children stay within the language; only the navigation offers stand-ins
      }
      seq.add(c.page());
      if (!c.section()) {
        chains.put(c.page(), chain);
      }
    }
    Set<Page> sectionChildren = new HashSet<>();
    for (NavNode c : node.children()) {
      if (c.section() && c.page() != null) {
        sectionChildren.add(c.page());
      }
    }
    for (int i = 0; i < seq.size(); i++) {
      Page p = seq.get(i);
      boolean ownSection = i == 0 && node.page() == p && own(p);
      boolean member = i > 0 && !sectionChildren.contains(p);
      if (ownSection || member) {
        neighbours.put(p, new Page[] {i > 0 ? seq.get(i - 1) : null, i + 1 < seq.size() ? seq.get(i + 1) : null});
      }
    }
    for (NavNode c : node.children()) {
      if (c.section()) {
        List<NavNode> deeper = new ArrayList<>(chain);
        deeper.add(c);
        if (c.page() != null) {
          chains.put(c.page(), List.copyOf(deeper));
          sectionNodes.put(c.page(), c);
        }
        index(c, List.copyOf(deeper));
      }
    }
  }


  /** A book (an outline such as mdBook's SUMMARY.md) reads front to back: prev/next follow the whole tree. */
  private void linearNeighbours() {
    List<Page> order = new ArrayList<>();
    collect(root, order);
    neighbours.clear();
    for (int i = 0; i < order.size(); i++) {
      neighbours.put(order.get(i), new Page[] {i > 0 ? order.get(i - 1) : null, i + 1 < order.size() ? order.get(i + 1) : null});
    }
  }

  private static void collect(NavNode node, List<Page> order) {
    if (node.page() != null) {
      order.add(node.page());
    }
    for (NavNode c : node.children()) {
      collect(c, order);
    }
  }

  /** Whether {@code p} is a page of this language (not null, not a stand-in for a missing translation). */
  private boolean own(Page p) {
    return p != null && p.meta().source().language().code().equals(language);
  }

  PageContext context(Page page, List<Page> backlinks) {
    List<PageContext.TocEntry> toc = new ArrayList<>();
    if (page.meta().toc()) {
      for (Heading h : page.content().headings()) {
        if ((h.level() == 2 || h.level() == 3) && h.id() != null && !h.id().isEmpty()) {
          toc.add(new PageContext.TocEntry(h.level(), h.text(), h.id()));
        }
      }
    }
    Page[] n = neighbours.getOrDefault(page, new Page[2]);
    NavNode node = sectionNodes.get(page);
    List<PageView> children = new ArrayList<>();
    if (node != null) {
      for (NavNode c : node.children()) {
        if (own(c.page())) {
          children.add(views.page(c.page()));
        }
      }
    }
    PrintBook.Link print = prints.get(page);
    return new PageContext(
        views.page(page),
        fixes.apply(page.contentPath(), page.content().html().unpack()),
        kind(page),
        Collections.unmodifiableList(toc),
        n[0] == null ? null : views.page(n[0]),
        n[1] == null ? null : views.page(n[1]),
        breadcrumbs(page),
        ancestors(page),
        Collections.unmodifiableList(children),
        views.views(backlinks),
        PaginationView.of(page.outputPath(), 1, 1),
        print == null ? null : new PageContext.PrintLink(Urls.encodePath(print.sitePath()) + "#" + print.anchor(), print.title(), print.wholeSite()),
        false);
  }

  /**
   * The contexts of a section's listing pages: the first holds the page's text and the first
   * {@value Pagination#PAGE_SIZE} entries, each further page the next ones. One context for any
   * other page.
   */
  List<PageContext> listingPages(PageContext context, String sitePath) {
    List<PageView> children = context.children();
    int count = Pagination.pages(children.size());
    if (count == 1) {
      return List.of(context);
    }
    List<PageContext> out = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      out.add(context.listing(k, children.subList((k - 1) * Pagination.PAGE_SIZE, Math.min(children.size(), k * Pagination.PAGE_SIZE)),
          PaginationView.of(sitePath, k, count), Urls.encodePath(Pagination.path(sitePath, k))));
    }
    return out;
  }

  /** The navigation as this page shows it: the sections that lead to it open, the page in view. */
  NavEntry nav(Page page) {
    return nav.open(chains.getOrDefault(page, List.of()), page);
  }

  private String kind(Page page) {
    if (page == root.page()) {
      return "home";
    }
    return page.sectionIndex() ? "section" : "page";
  }

  /** Pages of the sections above the page, from the root down (the page itself left out). */
  private List<PageContext.Crumb> breadcrumbs(Page page) {
    List<PageContext.Crumb> out = new ArrayList<>();
    if (root.page() != null && page != root.page()) {
      out.add(crumb(root.page()));
    }
    for (NavNode n : chains.getOrDefault(page, List.of())) {
      if (own(n.page()) && n.page() != page) {
        out.add(crumb(n.page()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static PageContext.Crumb crumb(Page p) {
    return new PageContext.Crumb(p.title(), Urls.encodePath(p.outputPath()));
  }

  /** Keys ({@code folder}) of the open sections that contain the page, innermost first, the root last. */
  private List<String> ancestors(Page page) {
    List<String> out = new ArrayList<>();
    List<NavNode> chain = chains.getOrDefault(page, List.of());
    for (int i = chain.size() - 1; i >= 0; i--) {
      out.add(chain.get(i).folder());
    }
    out.add(root.folder());
    return Collections.unmodifiableList(out);
  }
}
