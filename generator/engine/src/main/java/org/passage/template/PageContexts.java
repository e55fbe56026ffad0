package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.markdown.Heading;
import org.passage.output.Urls;
import org.passage.site.LanguageSite;
import org.passage.site.NavNode;
import org.passage.site.Page;

/**
 * The per-page part of a template context: content, table of contents, breadcrumbs, prev/next
 * within the section, children of a section, and backlinks.
 */
final class PageContexts {
  private final SiteViews views;
  private final Map<Page, Page[]> neighbours = new HashMap<>();
  private final Map<Page, NavNode> sectionNodes = new HashMap<>();
  private final Map<String, NavNode> byFolder = new HashMap<>();
  private final Map<String, String> parentFolder = new HashMap<>();

  PageContexts(SiteViews views, LanguageSite lang) {
    this.views = views;
    index(lang.nav(), null);
  }

  private void index(NavNode node, String parent) {
    byFolder.put(node.folder(), node);
    if (parent != null) {
      parentFolder.put(node.folder(), parent);
    }
    List<Page> seq = new ArrayList<>();
    if (node.page() != null) {
      seq.add(node.page());
      sectionNodes.put(node.page(), node);
    }
    for (NavNode c : node.children()) {
      if (c.page() != null) {
        seq.add(c.page());
      }
    }
    for (int i = 0; i < seq.size(); i++) {
      Page p = seq.get(i);
      boolean ownSection = p.sectionIndex() && p.section().equals(node.folder());
      boolean member = !p.sectionIndex();
      if (ownSection || member) {
        neighbours.put(p, new Page[] {i > 0 ? seq.get(i - 1) : null, i + 1 < seq.size() ? seq.get(i + 1) : null});
      }
    }
    for (NavNode c : node.children()) {
      if (c.section()) {
        index(c, node.folder());
      }
    }
  }

  Map<String, Object> context(Page page, List<Page> backlinks) {
    Map<String, Object> v = new HashMap<>(views.page(page));
    v.put("content", page.content().html().unpack());
    v.put("kind", kind(page));
    List<Object> toc = new ArrayList<>();
    if (page.meta().toc()) {
      for (Heading h : page.content().headings()) {
        if ((h.level() == 2 || h.level() == 3) && h.id() != null && !h.id().isEmpty()) {
          toc.add(Map.of("level", h.level(), "text", h.text(), "id", h.id()));
        }
      }
    }
    v.put("toc", Collections.unmodifiableList(toc));
    Page[] n = neighbours.getOrDefault(page, new Page[2]);
    v.put("prev", n[0] == null ? null : views.page(n[0]));
    v.put("next", n[1] == null ? null : views.page(n[1]));
    v.put("breadcrumbs", breadcrumbs(page));
    v.put("ancestors", ancestors(page));
    NavNode node = sectionNodes.get(page);
    List<Object> children = new ArrayList<>();
    if (node != null) {
      for (NavNode c : node.children()) {
        if (c.page() != null) {
          children.add(views.page(c.page()));
        }
      }
    }
    v.put("children", Collections.unmodifiableList(children));
    v.put("backlinks", views.views(backlinks));
    return v;
  }

  private String kind(Page page) {
    if (page.sectionIndex() && !parentFolder.containsKey(page.section())) {
      return "home";
    }
    return page.sectionIndex() ? "section" : "page";
  }

  /** Section index pages from the root down to the page's parent (the page itself excluded). */
  private List<Object> breadcrumbs(Page page) {
    List<Object> out = new ArrayList<>();
    String folder = page.sectionIndex() ? parentFolder.get(page.section()) : page.section();
    while (folder != null) {
      NavNode n = byFolder.get(folder);
      if (n != null && n.page() != null) {
        out.add(0, Map.of("title", n.page().title(), "path", Urls.encodePath(n.page().outputPath())));
      }
      folder = parentFolder.get(folder);
    }
    return Collections.unmodifiableList(out);
  }

  /** Folders of the sections that contain the page, for the navigation to open. */
  private List<Object> ancestors(Page page) {
    List<Object> out = new ArrayList<>();
    String folder = page.section();
    while (folder != null) {
      out.add(folder);
      folder = parentFolder.get(folder);
    }
    return Collections.unmodifiableList(out);
  }
}
