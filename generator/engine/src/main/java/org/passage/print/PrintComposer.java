package org.passage.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.passage.paths.Urls;
import org.passage.print.PrintBook.Chapter;
import org.passage.site.Page;

/**
 * Turns the pages of a {@link PrintBook} into the chapters of one HTML page. Each page's HTML was
 * written for its own place, so it is adapted: headings move down by the chapter's depth (a page's
 * h2 under a chapter of depth 1 becomes an h3, at most h6), every id is prefixed with the
 * chapter's anchor so it stays unique on the print page, links to a page of the book become links
 * to its chapter (and a heading's id within it), and every other relative URL (images, pages
 * outside the book) is rewritten to start from the print page.
 */
public final class PrintComposer {
  /** Attributes whose value is a list of ids of the same page. */
  private static final List<String> ID_REFERENCES = List.of("for", "headers", "list", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details");

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final PrintBook book;
  private final Map<String, Chapter> chapters;
  /** For each page of the book, its ids to their ids on the print page. */
  private final Map<Page, Map<String, String>> ids = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  private PrintComposer(PrintBook book) {
    this.book = book;
    this.chapters = book.byOutputPath();
  }

  /**
   * The HTML of each chapter, in the book's order ("" for a part title): {@code html} gives the
   * HTML of a page's Markdown, as it appears on the page itself.
   */
  public static List<String> compose(PrintBook book, Function<Page, String> html) {
    PrintComposer composer = new PrintComposer(book);
    for (Chapter c : book.chapters()) {
      composer.taken.add(c.anchor());
    }
    // Every page's ids first, so that a link to a later chapter finds its heading.
    for (Chapter c : book.chapters()) {
      if (c.page() != null) {
        Map<String, String> own = new HashMap<>();
        for (String id : new TreeSet<>(c.page().content().anchors())) {
          own.put(id, composer.unique(c.anchor() + "--" + id));
        }
        composer.ids.put(c.page(), own);
      }
    }
    List<String> out = new ArrayList<>(book.chapters().size());
    for (Chapter c : book.chapters()) {
      out.add(c.page() == null ? "" : composer.chapter(c, html.apply(c.page())));
    }
    return out;
  }

  private String chapter(Chapter chapter, String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    Map<String, String> own = ids.get(chapter.page());
    List<Element> all = body.getAllElements().subList(1, body.getAllElements().size()); // not the body itself
    for (Element e : all) {
      String tag = e.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        int level = Math.max(2, tag.charAt(1) - '0') + chapter.depth();
        e.tagName("h" + Math.min(6, level));
      }
      if (e.hasAttr("id")) {
        String id = e.attr("id");
        e.attr("id", own.computeIfAbsent(id, k -> unique(chapter.anchor() + "--" + k)));
      }
    }
    for (Element e : all) {
      for (String attr : ID_REFERENCES) {
        if (e.hasAttr(attr)) {
          List<String> refs = new ArrayList<>();
          for (String ref : e.attr(attr).trim().split("\\s+")) {
            refs.add(own.getOrDefault(ref, ref));
          }
          e.attr(attr, String.join(" ", refs));
        }
      }
      for (String attr : List.of("href", "src")) {
        if (e.hasAttr(attr)) {
          e.attr(attr, rewrite(e.attr(attr), chapter));
        }
      }
    }
    return body.html();
  }

  /** {@code url}, written on the chapter's own page, as the print page must write it. */
  String rewrite(String url, Chapter chapter) {
    if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("/")) {
      return url; // external, or root-relative in raw HTML: the same from anywhere
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
    String rest = hash < 0 ? url : url.substring(0, hash);
    if (rest.isEmpty()) {
      return "#" + target(chapter, fragment);
    }
    int question = rest.indexOf('?');
    String query = question < 0 ? "" : rest.substring(question);
    String path = decode(question < 0 ? rest : rest.substring(0, question));
    String from = chapter.page().outputPath();
    Resolved to = resolve(Urls.parent(from), path);
    if (to.above() == 0) {
      String sitePath = to.path().isEmpty() || to.path().endsWith("/") ? to.path() + "index.html" : to.path();
      Chapter other = chapters.get(sitePath);
      if (other != null && query.isEmpty()) {
        return "#" + target(other, fragment);
      }
      return Urls.href(book.view().sitePath(), sitePath) + query + (hash < 0 ? "" : url.substring(hash));
    }
    // Beyond the site's root (a sibling book): as many folders up from the print page.
    return Urls.rootPrefix(book.view().sitePath()) + "../".repeat(to.above()) + Urls.encodePath(to.path()) + query + (hash < 0 ? "" : url.substring(hash));
  }

  /** The id on the print page of {@code fragment} in {@code chapter}'s page; the chapter itself if the page has no such id. */
  private String target(Chapter chapter, String fragment) {
    if (fragment == null || fragment.isEmpty() || chapter.page() == null) {
      return chapter.anchor();
    }
    return ids.getOrDefault(chapter.page(), Map.of()).getOrDefault(fragment, chapter.anchor());
  }

  private String unique(String id) {
    String a = id;
    for (int k = 2; !taken.add(a); k++) {
      a = id + "-" + k;
    }
    return a;
  }

  /** A path resolved from a folder: the site path, and how many folders it climbs above the site's root. */
  private record Resolved(String path, int above) {}

  private static Resolved resolve(String base, String relative) {
    List<String> parts = new ArrayList<>();
    if (!base.isEmpty()) {
      parts.addAll(List.of(base.split("/")));
    }
    int above = 0;
    String[] segments = relative.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String seg = segments[i];
      if (seg.equals("..")) {
        if (parts.isEmpty()) {
          above++;
        } else {
          parts.remove(parts.size() - 1);
        }
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        parts.add(seg);
      }
    }
    String joined = String.join("/", parts);
    boolean folder = relative.endsWith("/") || relative.endsWith("/.") || relative.endsWith("/..") || relative.equals(".") || relative.equals("..");
    return new Resolved(folder && !joined.isEmpty() ? joined + "/" : joined, above);
  }

  /** Percent-decoding of a URL path or fragment (UTF-8; '+' stays '+'); malformed escapes stay as written. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
