package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class ThemeTest {
  @TempDir Path dir;

  @Test
  void aBareFolderBuildsWithTheBundledDefaultTheme() throws Exception {
    var out = TestSite.write(dir, """
        -- content/index.md --
        # Notes
        Hello.
        """).build();
    assertThat(out.problems()).isEmpty();
    var doc = out.html("index.html");
    assertThat(doc.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
    assertThat(doc.select("header.site-header, nav.sidebar, main#main, footer")).hasSize(4);
    assertThat(out.exists("assets/css/passage.css")).isTrue();
    assertThat(out.exists("assets/css/print.css")).isTrue();
    // No inline scripts and nothing loaded from elsewhere: works under a strict CSP and offline.
    assertThat(doc.select("script:not([src])")).isEmpty();
    assertThat(doc.select("[src^=http], link[href^=http], [src^=//], link[href^=//]")).isEmpty();
  }

  @Test
  void aLayoutTheThemeLacksIsReportedWhereThePageNamesIt() throws Exception {
    var out = TestSite.write(dir, """
        -- content/index.md --
        # Home
        -- content/a.md --
        ---
        title: A
        layout: brochure
        ---
        Text.
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/a.md:3:1: error: layout \"brochure\" not found (the theme has no layouts/brochure.peb)");
  }

  @Test
  void themesExtendOthersAndTheSiteOverridesAnyThemeFile() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        theme: guide
        -- themes/guide/theme.yml --
        extends: default
        -- themes/guide/layouts/page.peb --
        {% extends "theme:default/layouts/page.peb" %}
        {% block before_content %}<p class="guide-banner">Guide theme</p>{% endblock %}
        -- themes/guide/i18n/en.yml --
        on_this_page: In this guide page
        -- content/_theme/partials/footer.peb --
        <footer class="site-override">Site footer</footer>
        -- content/a.md --
        ## One
        ## Two
        """).build();
    assertThat(out.problems()).isEmpty();
    var doc = out.html("a.html");
    assertThat(doc.selectFirst("main .guide-banner").text()).isEqualTo("Guide theme");
    assertThat(doc.selectFirst("footer.site-override").text()).isEqualTo("Site footer");
    assertThat(doc.selectFirst(".toc h2").text()).isEqualTo("In this guide page");
    assertThat(doc.selectFirst(".skip-link").text()).isEqualTo("Skip to content");
  }

  @Test
  void markdownAndFrontMatterAreDataNeverTemplateSource() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: "{{ site.title }} <b>bold</b>"
        description: "{% for x in [1,2] %}loop{% endfor %}"
        ---
        Body with {{ 7 * 7 }} and {% raw %}.
        """).build();
    assertThat(out.problems()).isEmpty();
    var doc = out.html("a.html");
    assertThat(doc.selectFirst("main h1").text()).isEqualTo("{{ site.title }} <b>bold</b>");
    assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo("{% for x in [1,2] %}loop{% endfor %}");
    assertThat(out.content("a.html")).contains("Body with {{ 7 * 7 }} and {% raw %}.");
    assertThat(out.file("a.html")).doesNotContain("<b>bold</b>");
  }
}
