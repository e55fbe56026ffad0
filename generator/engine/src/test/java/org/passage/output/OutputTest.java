package org.passage.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.LinkCheck;
import org.passage.testing.TestSite;

class OutputTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Guide
      baseUrl: https://example.org/guide
      languages:
        - code: en
          name: English
      taxonomies:
        tags: {title: Tags}
      -- content/en/index.md --
      # Home
      [Deep](a/b/c.md)
      -- content/en/a/index.md --
      # A
      -- content/en/a/b/c.md --
      ---
      tags: [x]
      ---
      # Deep page
      ![pic](pic.png) [home](../../index.md)
      -- content/en/a/b/pic.png --
      png
      """;

  @Test
  void everyInternalUrlIsRelativeAndNamesAFileThatExists() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    assertThat(out.problems()).isEmpty();
    List<String> broken = LinkCheck.broken(out.output());
    assertThat(broken).isEmpty();
    assertThat(LinkCheck.count(out.output())).isGreaterThan(20);
    assertThat(out.html("en/a/b/c.html").selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../../assets/css/passage.css");
  }

  @Test
  void sitemapRobotsNotFoundPageAndLanguageRoot() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    assertThat(out.file("sitemap.xml")).contains("<loc>https://example.org/guide/en/a/b/c.html</loc>").contains("<loc>https://example.org/guide/en/tags/x.html</loc>").doesNotContain("404.html");
    assertThat(out.file("robots.txt")).isEqualTo("User-agent: *\nAllow: /\nSitemap: https://example.org/guide/sitemap.xml\n");
    // Served at any address, the not-found page links from the site's root on its server.
    assertThat(out.html("404.html").selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/guide/assets/css/passage.css");
    assertThat(out.html("index.html").selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=en/index.html");
  }

  @Test
  void theSameInputBuildsToByteIdenticalOutput() throws Exception {
    var site = TestSite.write(dir, SITE);
    site.build();
    Map<String, String> first = snapshot(site.output());
    Path copy = dir.resolve("first");
    Files.move(site.output(), copy);
    site.build();
    Map<String, String> second = snapshot(site.output());
    assertThat(second).isEqualTo(first);
    assertThat(first).hasSizeGreaterThan(10);
  }

  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
