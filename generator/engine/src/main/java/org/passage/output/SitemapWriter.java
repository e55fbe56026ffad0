package org.passage.output;

import java.util.List;
import java.util.Map;
import org.passage.paths.Urls;

/** sitemap.xml (absolute URLs from the base URL) and robots.txt. */
public final class SitemapWriter {
  private SitemapWriter() {}

  public static String sitemap(String baseUrl, List<String> paths) {
    return sitemap(baseUrl, paths, Map.of(), "");
  }

  /**
   * The same with each page's versions in other languages as {@code xhtml:link} alternates, in
   * Google's format: every version (the page itself included) and {@code x-default}, the version
   * in {@code defaultLanguage}. {@code alternates}: site path to version site paths by language code.
   */
  public static String sitemap(String baseUrl, List<String> paths, Map<String, Map<String, String>> alternates, String defaultLanguage) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
    if (!alternates.isEmpty()) {
      sb.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    sb.append(">\n");
    for (String p : paths) {
      if (p.equals("404.html")) {
        continue;
      }
      Map<String, String> versions = alternates.get(p);
      if (versions == null) {
        sb.append("  <url><loc>").append(xml(baseUrl + Urls.encodePath(p))).append("</loc></url>\n");
        continue;
      }
      sb.append("  <url>\n    <loc>").append(xml(baseUrl + Urls.encodePath(p))).append("</loc>\n");
      versions.forEach((lang, path) -> link(sb, lang, baseUrl + Urls.encodePath(path)));
      if (versions.containsKey(defaultLanguage)) {
        link(sb, "x-default", baseUrl + Urls.encodePath(versions.get(defaultLanguage)));
      }
      sb.append("  </url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  private static void link(StringBuilder sb, String hreflang, String href) {
    sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(hreflang)).append("\" href=\"").append(xml(href).replace("\"", "&quot;")).append("\"/>\n");
  }

  public static String robots(String baseUrl) {
    StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
    if (!baseUrl.isEmpty()) {
      sb.append("Sitemap: ").append(baseUrl).append("sitemap.xml\n");
    }
    return sb.toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
