package org.passage.content;

/**
 * Matches content paths against collection patterns: {@code *} within a folder, {@code **} across
 * folders, {@code ?} one character. A pattern without wildcards names a folder and matches the
 * Markdown files directly inside it (index pages excluded).
 */
public final class Glob {
  private Glob() {}

  public static boolean matches(String pattern, String path) {
    String p = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    if (!p.contains("*") && !p.contains("?")) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      return path.startsWith(p + "/") && path.indexOf('/', p.length() + 1) < 0 && !name.startsWith("index.");
    }
    return match(p, 0, path, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        boolean deep = pi + 1 < p.length() && p.charAt(pi + 1) == '*';
        int next = deep ? pi + 2 : pi + 1;
        if (deep && next < p.length() && p.charAt(next) == '/') {
          if (match(p, next + 1, s, si)) {
            return true;
          }
        }
        for (int k = si; k <= s.length(); k++) {
          if (match(p, next, s, k)) {
            return true;
          }
          if (k < s.length() && !deep && s.charAt(k) == '/') {
            return false;
          }
        }
        return false;
      }
      if (si >= s.length()) {
        return false;
      }
      if (c != '?' && c != s.charAt(si)) {
        return false;
      }
      if (c == '?' && s.charAt(si) == '/') {
        return false;
      }
      pi++;
      si++;
    }
    return si == s.length();
  }
}
