package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.paths.Urls;
import org.passage.site.NavNode;
import org.passage.site.Page;

/**
 * The navigation each page shows, bounded whatever the size of the site: the top-level entries,
 * the sections that lead to the page opened, and in each open list at most {@value #WINDOW}
 * entries around the one on the way to the page, with an entry for the rest that leads to the
 * section's page (which lists them all, page by page). Like the rest of the site it is plain
 * HTML, so it works without JavaScript and from {@code file://}.
 *
 * <p>Each entry is a {@link NavEntry}.
 */
final class NavViews {
  static final int WINDOW = 50;

  private final NavNode root;
  /** The code of the navigation's language: an entry whose page is in another is a stand-in for a missing translation. */
  private final String language;
  /** Entries without children, shared by every page on which they show closed. */
  private final Map<NavNode, NavEntry> closed = new ConcurrentHashMap<>();

  NavViews(NavNode root, String language) {
    this.root = root;
    this.language = language;
  }

  /** The navigation with the sections in {@code openPath} (from the root's child down) open and {@code current} in view. */
  NavEntry open(List<NavNode> openPath, Page current) {
    return view(root, openPath, -1, current);
  }

  private NavEntry view(NavNode node, List<NavNode> openPath, int depth, Page current) {
    NavNode next = depth + 1 < openPath.size() ? openPath.get(depth + 1) : null;
    List<NavNode> children = node.children();
    int focus = 0;
    for (int i = 0; i < children.size(); i++) {
      NavNode c = children.get(i);
      if (c == next || (next == null && c.page() == current)) {
        focus = i;
        break;
      }
    }
    int start = children.size() <= WINDOW ? 0 : Math.max(0, Math.min(focus - WINDOW / 2, children.size() - WINDOW));
    int end = Math.min(children.size(), start + WINDOW);
    List<NavEntry> list = new ArrayList<>(end - start + 1);
    for (int i = start; i < end; i++) {
      NavNode c = children.get(i);
      list.add(c == next ? view(c, openPath, depth + 1, current) : closed(c));
    }
    if (children.size() > WINDOW) {
      list.add(entry(node, false, true, children.size() - WINDOW, List.of()));
    }
    return entry(node, node.section(), false, 0, Collections.unmodifiableList(list));
  }

  private NavEntry closed(NavNode node) {
    return closed.computeIfAbsent(node, n -> entry(n, n.section(), false, 0, List.of()));
  }

  /**
   * The entry for {@code node}; with {@code isMore}, the one that stands for the {@code count}
   * entries of a section not shown: a link to the section's page.
   */
  private NavEntry entry(NavNode node, boolean isSection, boolean isMore, int count, List<NavEntry> children) {
    String pageLanguage = node.page() == null ? language : node.page().meta().source().language().code();
    boolean standIn = !pageLanguage.equals(language);
    // A page the language lacks leads to the default language's, at the notice saying so in this language
    String path = node.page() == null ? "" : Urls.encodePath(node.page().outputPath()) + (standIn ? "#" + LanguageLinks.noticeId(language) : "");
    return new NavEntry(node.shownTitle(), path, standIn ? pageLanguage : "", node.folder(), isSection, isMore, node.isLabel(), count, children);
  }
}
