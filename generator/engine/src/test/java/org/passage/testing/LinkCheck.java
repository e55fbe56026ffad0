package org.passage.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks href and src attributes of every HTML page against the files of the site. */
public final class LinkCheck {
  private LinkCheck() {}

  public static List<String> broken(Path site) throws IOException {
    return check(site, false);
  }

  /**
   * As {@link #broken}, leaving out links that lead out of the site's folder: a site built from a
   * folder that links to sibling sites ({@code ../std/…}, kept as written with a warning).
   */
  public static List<String> brokenInside(Path site) throws IOException {
    return check(site, true);
  }

  private static List<String> check(Path site, boolean skipOutside) throws IOException {
    List<String> problems = new ArrayList<>();
    java.util.Map<Path, java.util.Set<String>> ids = new java.util.HashMap<>();
    for (Path page : pages(site)) {
      var doc = org.jsoup.Jsoup.parse(Files.readString(page));
      if (page.getFileName().toString().equals("404.html") && page.getParent().equals(site)) {
        continue; // served at any address, its links start from the server's root
      }
      for (var el : doc.select("[href], [src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        String where = site.relativize(page) + ": " + url;
        if (url.startsWith("/")) {
          problems.add(where + " is root-relative");
          continue;
        }
        if (url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          continue;
        }
        String path = url.replaceAll("[#?].*$", "");
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Path target = path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
        if (path.endsWith("/")) {
          problems.add(where + " does not name a file");
          continue;
        }
        if (!target.startsWith(site) && skipOutside) {
          continue;
        }
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
          problems.add(where + " does not exist");
          continue;
        }
        // A fragment with '=' is a page's state for its script (the guide's filters: #target=10.7), not an element.
        if (!fragment.isEmpty() && !fragment.contains("=") && target.toString().endsWith(".html") && !hasAnchor(target, decode(fragment), ids)) {
          problems.add(where + " names no element of " + site.relativize(target));
        }
      }
    }
    return problems;
  }

  /** Whether the page at {@code file} has an element with that id (or name); {@code ids} keeps each page's ids once read. */
  static boolean hasAnchor(Path file, String id, java.util.Map<Path, java.util.Set<String>> cache) throws IOException {
    java.util.Set<String> ids = cache.get(file);
    if (ids == null) {
      ids = new java.util.HashSet<>();
      for (var el : org.jsoup.Jsoup.parse(Files.readString(file)).select("[id], a[name]")) {
        ids.add(el.hasAttr("id") ? el.id() : el.attr("name"));
      }
      cache.put(file, ids);
    }
    return ids.contains(id);
  }

  /** Percent-decoding as a browser does for a file URL's path ('+' is a plus, not a space). */
  static String decode(String path) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && isHex(path, i + 1) && isHex(path, i + 2)) {
        bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  public static int count(Path site) throws IOException {
    int n = 0;
    for (Path page : pages(site)) {
      n += org.jsoup.Jsoup.parse(Files.readString(page)).select("[href], [src]").size();
    }
    return n;
  }

  private static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
