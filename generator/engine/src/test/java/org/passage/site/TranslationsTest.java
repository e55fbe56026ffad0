package org.passage.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.LinkCheck;
import org.passage.testing.TestSite;

/** Pages are linked across languages by their path or translationKey; a missing page never leaves a broken link. */
class TranslationsTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Migration guide
      baseUrl: https://example.org/guide/
      languages:
        - code: en
          name: English
        - code: fr
          name: Français
          title: Guide des migrations
      -- content/en/index.md --
      # Home
      -- content/en/a.md --
      # About
      -- content/en/b.md --
      # Budget
      -- content/en/s/index.md --
      # Section
      -- content/en/s/c.md --
      # Case
      -- content/fr/index.md --
      # Accueil
      -- content/fr/a.md --
      # À propos
      -- content/fr/budget.md --
      ---
      translationKey: b
      ---
      # Budget (fr)
      -- content/fr/extra.md --
      # Seulement en français
      """;

  @Test
  void theSwitcherLeadsToTheSamePageInEachLanguageOrToTheDefaultOneMarked() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    assertThat(out.problems()).isEmpty();
    var fr = out.html("fr/a.html");
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(fr.selectFirst("html").attr("dir")).isEqualTo("ltr");
    assertThat(fr.selectFirst("a.brand").text()).isEqualTo("Guide des migrations");
    Element switcher = fr.selectFirst("nav.language-switcher");
    assertThat(switcher.attr("aria-label")).isEqualTo("Langues");
    assertThat(switcher.select("a").eachAttr("href")).containsExactly("../en/a.html", "../fr/a.html");
    assertThat(switcher.select("a").eachAttr("hreflang")).containsExactly("en", "fr");
    assertThat(switcher.select("a").eachAttr("lang")).containsExactly("en", "fr");
    assertThat(switcher.select("a[aria-current]").text()).isEqualTo("Français");
    // translationKey links pages whose paths differ
    assertThat(out.html("fr/budget.html").select("nav.language-switcher a").eachAttr("href")).containsExactly("../en/b.html", "../fr/budget.html");
    assertThat(out.html("en/b.html").select("nav.language-switcher a").eachAttr("href")).containsExactly("../en/b.html", "../fr/budget.html");
    // A page French lacks: the French entry leads to the English page, at its French notice, and says so.
    var c = out.html("en/s/c.html");
    Element missing = c.selectFirst("nav.language-switcher a.fallback");
    assertThat(missing.attr("href")).isEqualTo("../../en/s/c.html#untranslated-fr");
    assertThat(missing.attr("hreflang")).isEqualTo("en");
    assertThat(missing.text()).isEqualTo("Français (non traduite)");
    Element notice = c.selectFirst("main .translation-notice");
    assertThat(notice.id()).isEqualTo("untranslated-fr");
    assertThat(notice.attr("lang")).isEqualTo("fr");
    assertThat(notice.text()).isEqualTo("Cette page n'existe pas encore en français.");
    assertThat(out.html("en/a.html").select(".translation-notice")).isEmpty();
    // A page only in French: its English entry leads to the English home page.
    assertThat(out.html("fr/extra.html").select("nav.language-switcher a").eachAttr("href")).containsExactly("../en/index.html", "../fr/extra.html");
    // Term-less generated pages (search) have their switcher too.
    assertThat(out.html("fr/search.html").select("nav.language-switcher a").eachAttr("href")).containsExactly("../en/search.html", "../fr/search.html");
    assertThat(LinkCheck.broken(out.output())).isEmpty();
  }

  @Test
  void theNavigationOfALanguageLeadsToTheDefaultPagesItLacksMarked() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    var nav = out.html("fr/a.html").selectFirst("nav.sidebar");
    assertThat(nav.select("a").eachAttr("href")).containsExactly(
        "../fr/index.html", "../fr/budget.html", "../en/s/index.html#untranslated-fr", "../fr/extra.html", "../fr/a.html");
    Element section = nav.selectFirst("a.fallback");
    assertThat(section.attr("lang")).isEqualTo("en");
    assertThat(section.attr("hreflang")).isEqualTo("en");
    assertThat(section.text()).isEqualTo("Section (non traduite)");
    assertThat(section.selectFirst(".fallback-note").attr("lang")).isEqualTo("fr");
    // Prev/next and the section's list stay within the language.
    assertThat(out.html("fr/extra.html").select(".prevnext a").eachAttr("href")).noneMatch(h -> h.contains("/en/"));
    // The French print view holds only French pages.
    assertThat(out.html("fr/print.html").select("main a[href*=/en/]")).isEmpty();
  }

  @Test
  void theHeadAndTheSitemapNameEveryVersionAndTheDefault() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    var head = out.html("fr/a.html").select("head link[rel=alternate]");
    assertThat(head.eachAttr("hreflang")).containsExactly("en", "x-default", "fr");
    assertThat(head.eachAttr("href")).containsExactly("https://example.org/guide/en/a.html", "https://example.org/guide/en/a.html", "https://example.org/guide/fr/a.html");
    assertThat(out.html("en/s/c.html").select("head link[rel=alternate]")).isEmpty();
    String sitemap = out.file("sitemap.xml");
    assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    assertThat(sitemap).contains("""
          <url>
            <loc>https://example.org/guide/fr/budget.html</loc>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/guide/en/b.html"/>
            <xhtml:link rel="alternate" hreflang="fr" href="https://example.org/guide/fr/budget.html"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/guide/en/b.html"/>
          </url>
        """);
    assertThat(sitemap).contains("  <url><loc>https://example.org/guide/en/s/c.html</loc></url>\n");
  }

  @Test
  void twoPagesOfALanguageCannotTranslateTheSamePage() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/fr/a-bis.md --
        ---
        translationKey: a
        ---
        # Encore
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/fr/a.md: error: this page and content/fr/a-bis.md both translate \"a\" (set a translationKey in front matter that names the page this one translates)");
  }

  @Test
  void languagesAndPerLanguageTitlesInSiteYmlAreCheckedStrictly() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        languages:
          - {code: en, name: English}
          - {code: fr, name: Français, titel: Guide}
          - {code: ar, name: العربية}
        taxonomies:
          tags:
            title: {en: Tags, fr: Étiquettes, de: Schlagwörter}
          kinds:
            title: {fr: Genres}
        -- content/en/index.md --
        # Home
        -- content/fr/index.md --
        # Accueil
        -- content/ar/index.md --
        # الرئيسية
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/site.yml:3:32: error: unknown key \"titel\" in a language (did you mean \"title\"?)",
        "content/site.yml:7:12: warning: \"title\" of taxonomy \"tags\" has no ar text: the en one is shown",
        "content/site.yml:7:39: error: \"de\" is not a language of the site (languages: en, fr, ar)",
        "content/site.yml:9:12: error: \"title\" of taxonomy \"kinds\" has no en text (the default language's text is shown where a language has none)");
    assertThat(out.ok()).isFalse();
  }

  @Test
  void anArabicPageIsWrittenRightToLeft() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        languages: [{code: en}, {code: ar, name: العربية}, {code: az-Arab}, {code: he}]
        -- content/en/index.md --
        # Home
        -- content/ar/index.md --
        # الرئيسية
        -- content/az-Arab/index.md --
        # Ev
        -- content/he/index.md --
        # בית
        """).build();
    assertThat(out.ok()).isTrue();
    assertThat(out.html("ar/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(out.html("az-Arab/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(out.html("he/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(out.html("en/index.html").selectFirst("html").attr("dir")).isEqualTo("ltr");
    // Each language's name in the switcher is written in its own direction.
    assertThat(out.html("en/index.html").select("nav.language-switcher a").eachAttr("dir")).containsExactly("ltr", "rtl", "rtl", "rtl");
    assertThat(out.html("ar/index.html").selectFirst("nav.sidebar").attr("aria-label")).isEqualTo("التنقل في الموقع");
  }
}
