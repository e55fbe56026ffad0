package org.passage.paths;

/**
 * The one place that spells where Passage's own files go in a site: a language's folder, its
 * search page, its search index and labels, its print view. Pages made from Markdown keep the
 * path of their source; everything else a build writes is named here.
 */
public final class SitePaths {
  /** The folder every language's search index is written under. */
  public static final String SEARCH_FOLDER = "search";

  private SitePaths() {}

  /** Whether a content path names its folder's index page ({@code index.md} or {@code index.markdown}). */
  public static boolean isIndexPage(String contentPath) {
    String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
    return name.equals("index.md") || name.equals("index.markdown");
  }

  /** {@code dir} as a prefix of site paths: {@code ""} for the root, else {@code "dir/"}. */
  public static String prefix(String dir) {
    return dir.isEmpty() ? "" : dir + "/";
  }

  /** {@code path} inside the language folder {@code languageDir} ({@code ""} for a root language). */
  public static String inLanguage(String languageDir, String path) {
    return prefix(languageDir) + path;
  }

  /** A language's home page. */
  public static String home(String languageDir) {
    return inLanguage(languageDir, "index.html");
  }

  /** A language's full search results page. */
  public static String searchPage(String languageDir) {
    return inLanguage(languageDir, "search.html");
  }

  /** The folder of a language's browser index, with a trailing slash. */
  public static String searchIndex(String languageCode) {
    return SEARCH_FOLDER + "/" + languageCode + "/";
  }

  /** The browser search client every page loads (SearchClient assembles it). */
  public static String searchClient() {
    return "assets/search/passage-search.js";
  }

  /** The script that names facet values for a language's search page. */
  public static String searchLabels(String languageCode) {
    return searchIndex(languageCode) + "labels.js";
  }

  /** A term's page: {@code taxonomy/slug.html} in its language's folder. */
  public static String termPage(String languageDir, String taxonomy, String slug) {
    return inLanguage(languageDir, taxonomy + "/" + slug + ".html");
  }
}
