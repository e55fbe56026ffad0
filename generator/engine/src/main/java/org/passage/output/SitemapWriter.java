package org.passage.output;

import java.util.List;
import org.passage.paths.Urls;

/** sitemap.xml (absolute URLs from the base URL) and robots.txt. */
public final class SitemapWriter {
  private SitemapWriter() {}

  public static String sitemap(String baseUrl, List<String> paths) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String p : paths) {
      if (p.equals("404.html")) {
        continue;
      }
      sb.append("  <url><loc>").append(xml(baseUrl + Urls.encodePath(p))).append("</loc></url>\n");
    }
    return sb.append("</urlset>\n").toString();
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
