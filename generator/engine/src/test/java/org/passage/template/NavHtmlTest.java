package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * The navigation written in Java ({@link NavHtml}) is byte for byte what the default theme's
 * templates write: the same site built with the default theme, and with a theme whose
 * nav-item.peb is a copy (so the templates render it), gives identical files.
 */
class NavHtmlTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      languages: [{code: en}, {code: fr}]
      -- content/en/index.md --
      # Home & <away>
      -- content/fr/index.md --
      # Accueil
      -- content/en/guide/index.md --
      # Guide "quoted"
      -- content/fr/guide/index.md --
      # Guide
      -- content/en/guide/deep/index.md --
      # Deep
      -- content/en/guide/deep/leaf.md --
      # Leaf
      -- content/en/guide/only-english.md --
      # Only in English
      -- content/fr/guide/only-english.md --
      ---
      draft: true
      ---
      # Brouillon
      -- content/en/other/a.md --
      # Other A
      """;

  @Test
  void javaNavigationMatchesTheTemplates() throws Exception {
    StringBuilder many = new StringBuilder(SITE);
    for (int i = 1; i <= 70; i++) {
      many.append("-- content/en/guide/p").append(String.format(java.util.Locale.ROOT, "%03d", i)).append(".md --\n# Page ").append(i).append('\n');
    }
    assertSameOutput(many.toString());
  }

  @Test
  void bookPartTitlesMatchTheTemplates() throws Exception {
    assertSameOutput("""
        -- content/SUMMARY.md --
        # Summary

        [Intro](intro.md)

        # Part one

        - [Chapter](ch1.md)
            - [Section](ch1-1.md)

        # Part two

        - [Later](ch2.md)
        -- content/intro.md --
        # Intro
        -- content/ch1.md --
        # Chapter
        -- content/ch1-1.md --
        # Section
        -- content/ch2.md --
        # Later
        """);
  }

  private void assertSameOutput(String site) throws Exception {
    var java = TestSite.write(dir.resolve("java"), site).build();
    assertThat(java.problems()).noneMatch(p -> p.contains("error"));
    String copy = Files.readString(ThemeChain.bundledDefault().resolve("partials/nav-item.peb"));
    String withTheme = site.replaceFirst("(?s)-- content/site.yml --\n", "-- content/site.yml --\ntheme: copy\n");
    if (!withTheme.contains("theme: copy")) {
      withTheme = "-- content/site.yml --\ntheme: copy\n" + site;
    }
    var templates = TestSite.write(dir.resolve("templates"), withTheme
        + "-- themes/copy/theme.yml --\nextends: default\n-- themes/copy/partials/nav-item.peb --\n{# a copy: the templates write the navigation #}" + copy).build();
    assertThat(templates.problems()).noneMatch(p -> p.contains("error"));
    List<Path> pages;
    try (Stream<Path> s = Files.walk(java.output())) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(3);
    int withNav = 0;
    for (Path page : pages) {
      String rel = java.output().relativize(page).toString();
      String a = Files.readString(page);
      assertThat(a).as(rel).isEqualTo(templates.file(rel));
      withNav += a.contains("<ul class=\"nav\">") ? 1 : 0;
    }
    assertThat(withNav).isGreaterThan(3);
  }
}
