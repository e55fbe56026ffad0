package org.passage.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Site paths and the relative URLs between them. A site path is relative to the output root, uses
 * '/', and names a file ({@code en/guide/index.html}); every URL Passage writes is relative and
 * names a file, so the site works from {@code file://} and under any sub-path.
 */
public final class Urls {
  private Urls() {}

  /** URL of {@code to} as seen from the page at {@code from}; both are site paths. */
  public static String relative(String from, String to) {
    String[] a = from.split("/", -1);
    String[] b = to.split("/", -1);
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < a.length - 1; i++) {
      sb.append("../");
    }
    for (int i = common; i < b.length; i++) {
      if (i > common) {
        sb.append('/');
      }
      sb.append(b[i]);
    }
    return sb.toString();
  }

  /** URL of {@code to} as seen from the page at {@code from}, both site paths, ready for an {@code href}. */
  public static String href(String from, String to) {
    return encodePath(relative(from, to));
  }

  /**
   * A site path (or a relative one) as a URL path: characters that would end or change the path
   * in a URL ({@code # ? %}, spaces, quotes, brackets, control characters) are percent-encoded,
   * so a file named {@code what?.md} is reached as {@code what%3F.html}. Letters of any script
   * stay as they are, which HTML allows. Most paths need nothing and come back as given.
   */
  public static String encodePath(String path) {
    int i = 0;
    while (i < path.length() && !needsEncoding(path.charAt(i))) {
      i++;
    }
    if (i == path.length()) {
      return path;
    }
    StringBuilder sb = new StringBuilder(path.length() + 16).append(path, 0, i);
    for (; i < path.length(); i++) {
      char c = path.charAt(i);
      if (needsEncoding(c)) {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** ASCII characters that may not stand as they are in a URL path segment (RFC 3986 pchar). */
  private static boolean needsEncoding(char c) {
    if (c >= 0x80) {
      return false;
    }
    if (c <= ' ' || c == 0x7F) {
      return true;
    }
    return switch (c) {
      case '"', '#', '%', '<', '>', '?', '[', '\\', ']', '^', '`', '{', '|', '}' -> true;
      default -> false;
    };
  }

  /** "../" once per folder of {@code sitePath}: prefix that leads from that page to the site root. */
  public static String rootPrefix(String sitePath) {
    int depth = 0;
    for (int i = 0; i < sitePath.length(); i++) {
      if (sitePath.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }

  /** Folder part of a path ("" for a top-level file). */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * Resolves {@code relative} against folder {@code base}; empty if it climbs above the root.
   * {@code .} and {@code ..} segments are removed.
   */
  public static Optional<String> resolve(String base, String relative) {
    List<String> parts = new ArrayList<>();
    if (!base.isEmpty()) {
      parts.addAll(Arrays.asList(base.split("/")));
    }
    for (String seg : relative.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(seg);
      }
    }
    String joined = String.join("/", parts);
    if (relative.endsWith("/") && !joined.isEmpty()) {
      joined += "/";
    }
    return Optional.of(joined);
  }

  /** A file-name-safe slug of a term id: lower case, letters, digits, '.', '-' and '_'. */
  public static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    String lower = text.toLowerCase(java.util.Locale.ROOT).strip();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
        sb.append(c);
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '-' || sb.charAt(sb.length() - 1) == '.')) {
      sb.setLength(sb.length() - 1);
    }
    while (sb.length() > 0 && sb.charAt(0) == '.') {
      sb.deleteCharAt(0);
    }
    return sb.length() == 0 ? "term" : sb.toString();
  }
}
