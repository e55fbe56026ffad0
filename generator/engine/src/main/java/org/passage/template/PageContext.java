package org.passage.template;

import java.util.List;

/**
 * The {@code page} variable of a render: the page's {@link PageView} (templates read its
 * components as the page's own, {@code page.title}; see {@link PassageExtension}) and what only
 * the page being rendered has: its HTML, kind, table of contents, neighbours, breadcrumbs,
 * children, backlinks, pagination and print link. Every page, generated or not, has each of
 * them, so a template that reads one works on every kind of page.
 */
record PageContext(
    PageView view,
    String content,
    /** home, section, page; or for generated pages taxonomy, term, search, 404, print, redirect. */
    String kind,
    List<TocEntry> toc,
    PageView prev,
    PageView next,
    List<Crumb> breadcrumbs,
    /** Folders of the open sections that contain the page, innermost first, the root last. */
    List<String> ancestors,
    List<PageView> children,
    List<PageView> backlinks,
    PaginationView pagination,
    /** Where the page is in a print view, or null. */
    PrintLink print,
    /** On a print view: whether it holds the whole site. */
    boolean wholeSite) {

  /** A heading of the table of contents (levels 2 and 3). */
  record TocEntry(int level, String text, String id) {}

  /** A section above the page. */
  record Crumb(String title, String path) {}

  /** The page's place in a print view: {@code path} with its anchor. */
  record PrintLink(String path, String title, boolean wholeSite) {}

  /** The context of a generated page: its view, and no content, neighbours or lists. */
  static PageContext generated(PageView view, String kind, boolean wholeSite) {
    return new PageContext(view, "", kind, List.of(), null, null, List.of(), List.of(), List.of(), List.of(),
        PaginationView.of(view.path(), 1, 1), null, wholeSite);
  }

  /** Listing page {@code number}: {@code children} are its entries; pages after the first show no text of their own. */
  PageContext listing(int number, List<PageView> entries, PaginationView pages, String sitePath) {
    boolean first = number == 1;
    return new PageContext(first ? view : view.withPath(sitePath), first ? content : "", kind, first ? toc : List.of(), prev, next,
        breadcrumbs, ancestors, entries, backlinks, pages, print, wholeSite);
  }
}
