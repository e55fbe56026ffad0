package org.passage.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passage.paths.Urls;

/**
 * What {@code layouts/sitemap.xml.peb} receives: every page's absolute address and, for pages
 * with versions in other languages, each version (the page itself included) and
 * {@code x-default}, the version in the default language, as Google reads them.
 */
public record SitemapView(boolean multilingual, List<Url> urls) {
  /** One page: its address and its versions, empty for a page in one language. */
  public record Url(String loc, List<Version> versions) {}

  /** A version of a page: its language tag (or {@code x-default}) and address. */
  public record Version(String hreflang, String href) {}

  /**
   * {@code pages}: site paths in order; {@code alternates}: site path to version site paths by
   * language code; the not-found page is no page of the sitemap.
   */
  static SitemapView of(String baseUrl, List<String> pages, Map<String, Map<String, String>> alternates, String defaultLanguage) {
    List<Url> urls = new ArrayList<>();
    for (String p : pages) {
      if (p.equals("404.html")) {
        continue;
      }
      List<Version> versions = new ArrayList<>();
      Map<String, String> byLanguage = alternates.getOrDefault(p, Map.of());
      byLanguage.forEach((lang, path) -> versions.add(new Version(lang, baseUrl + Urls.encodePath(path))));
      if (byLanguage.containsKey(defaultLanguage)) {
        versions.add(new Version("x-default", baseUrl + Urls.encodePath(byLanguage.get(defaultLanguage))));
      }
      urls.add(new Url(baseUrl + Urls.encodePath(p), List.copyOf(versions)));
    }
    return new SitemapView(!alternates.isEmpty(), List.copyOf(urls));
  }
}
