package org.passage.config;

import java.util.regex.Pattern;

/**
 * The shapes of the names that become parts of paths: language codes, taxonomy, collection,
 * theme and layout names, page slugs. Each is checked where it is read, so a name from an
 * untrusted {@code site.yml} or front matter can never climb out of a folder ({@code ..}), name
 * an absolute path or carry a separator.
 */
public final class Names {
  /** BCP 47 in the shape sites use: a 2–3 letter language, then subtags ({@code pt-BR}, {@code zh-Hans}). */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  /** Taxonomy, collection and theme names: one lower-case word of letters, digits, '-' and '_'. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  /** A layout: a name, or names separated by '/' (a layout in a sub-folder of layouts/). */
  private static final Pattern LAYOUT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9][A-Za-z0-9_-]*)*");
  /** A page slug: one file name of letters (any script), digits, '.', '-' and '_', not starting with '.'. */
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*");

  public static final String LANGUAGE_HINT = "use a BCP 47 language tag such as en, fr or pt-BR";
  public static final String NAME_HINT = "use lower-case letters, digits, '-' and '_', starting with a letter or digit";

  private Names() {}

  public static boolean isLanguageCode(String s) {
    return s != null && LANGUAGE.matcher(s).matches();
  }

  public static boolean isName(String s) {
    return s != null && NAME.matcher(s).matches();
  }

  public static boolean isLayout(String s) {
    return s != null && LAYOUT.matcher(s).matches();
  }

  /**
   * A page slug: one file name, or file names separated by '/' (a path below the page's folder,
   * or below the language's root when it starts with '/', as Docusaurus writes them); a trailing
   * '/' makes the page that folder's index.
   */
  public static boolean isSlug(String s) {
    if (s == null || s.isEmpty() || s.length() > 200) {
      return false;
    }
    String path = s.startsWith("/") ? s.substring(1) : s;
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (path.isEmpty()) {
      return s.equals("/");
    }
    for (String segment : path.split("/", -1)) {
      if (!SLUG.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} quoted for a message, cut short when long. */
  public static String quote(String s) {
    String t = s.length() > 60 ? s.substring(0, 57) + "…" : s;
    return "\"" + t.replace("\n", "\\n") + "\"";
  }
}
