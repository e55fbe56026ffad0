package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * <p>Each entry is a map: {@code title}, {@code path}, {@code folder}, {@code isSection},
 * {@code isMore} (the "N more" entry, with {@code count}), {@code fallback} (the language code of
 * the page an entry leads to when the navigation's language has no version of it: the default
 * language's, else empty), and {@code children} (empty unless the section is open).
 */
final class NavViews {
  static final int WINDOW = 50;

  private final NavNode root;
  /** The code of the navigation's language: an entry whose page is in another is a stand-in for a missing translation. */
  private final String language;
  /** Entries without children, shared by every page on which they show closed. */
  private final Map<NavNode, Map<String, Object>> closed = new ConcurrentHashMap<>();

  NavViews(NavNode root, String language) {
    this.root = root;
    this.language = language;
  }

  /** The navigation with the sections in {@code openPath} (from the root's child down) open and {@code current} in view. */
  Map<String, Object> open(List<NavNode> openPath, Page current) {
    return view(root, openPath, -1, current);
  }

  private Map<String, Object> view(NavNode node, List<NavNode> openPath, int depth, Page current) {
    Map<String, Object> v = base(node);
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
    List<Object> list = new ArrayList<>(end - start + 1);
    for (int i = start; i < end; i++) {
      NavNode c = children.get(i);
      list.add(c == next ? view(c, openPath, depth + 1, current) : closed(c));
    }
    if (children.size() > WINDOW) {
      list.add(more(node, children.size() - WINDOW));
    }
    v.put("children", Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(v);
  }

  private Map<String, Object> closed(NavNode node) {
    return closed.computeIfAbsent(node, n -> {
      Map<String, Object> v = base(n);
      v.put("children", List.of());
      return Collections.unmodifiableMap(v);
    });
  }

  private Map<String, Object> base(NavNode node) {
    Map<String, Object> v = new HashMap<>();
    v.put("title", node.shownTitle());
    String pageLanguage = node.page() == null ? language : node.page().meta().source().language().code();
    boolean standIn = !pageLanguage.equals(language);
    // A page the language lacks leads to the default language's, at the notice saying so in this language
    v.put("path", node.page() == null ? "" : Urls.encodePath(node.page().outputPath()) + (standIn ? "#" + LanguageLinks.noticeId(language) : ""));
    v.put("fallback", standIn ? pageLanguage : "");
    v.put("folder", node.folder());
    v.put("isSection", node.section());
    v.put("isMore", false);
    v.put("isLabel", node.isLabel());
    v.put("count", 0);
    return v;
  }

  /** The entry that stands for the {@code count} entries of a section not shown: a link to the section's page. */
  private Map<String, Object> more(NavNode section, int count) {
    Map<String, Object> v = base(section);
    v.put("isSection", false);
    v.put("isMore", true);
    v.put("count", count);
    v.put("children", List.of());
    return Collections.unmodifiableMap(v);
  }
}
