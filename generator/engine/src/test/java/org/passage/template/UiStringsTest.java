package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/** UI strings per language: missing ones are warnings at the English line, unknown keys errors at the template's. */
class UiStringsTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      theme: guide
      languages: [{code: en}, {code: fr}]
      -- content/en/index.md --
      ---
      date: 2026-03-05
      ---
      # Home
      -- content/fr/index.md --
      ---
      date: 2026-03-05
      ---
      # Accueil
      -- themes/guide/theme.yml --
      extends: default
      -- themes/guide/i18n/en.yml --
      greeting: Hello
      farewell: Goodbye
      -- themes/guide/i18n/fr.yml --
      greeting: Bonjour
      -- themes/guide/layouts/home.peb --
      {% extends "theme:default/layouts/home.peb" %}
      {% block main %}<p class="greeting">{{ t("greeting") }} {{ t("farewell") }}</p>
      <p class="date">{{ page.date | localDate }}</p><p class="count">{{ 12345 | localNumber }}</p>
      <p class="sorted">{{ ["Oceanía", "África", "Américas", "asia"] | localSort | join(",") }}</p>{% endblock %}
      """;

  @Test
  void aStringALanguageLacksIsAWarningAtItsEnglishLineAndFallsBack() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    assertThat(out.ok()).isTrue();
    assertThat(out.problems()).containsExactly(
        "themes/guide/i18n/en.yml:2:1: warning: no French UI string \"farewell\" in themes/guide/i18n/fr.yml: the English one is shown");
    assertThat(out.html("fr/index.html").selectFirst("p.greeting").text()).isEqualTo("Bonjour Goodbye");
    // Dates and numbers in the page's locale
    assertThat(out.html("fr/index.html").selectFirst("p.date").text()).isEqualTo("5 mars 2026");
    assertThat(out.html("en/index.html").selectFirst("p.date").text()).isEqualTo("March 5, 2026");
    assertThat(out.html("fr/index.html").selectFirst("p.count").text()).isEqualTo("12\u202f345");
    assertThat(out.html("en/index.html").selectFirst("p.count").text()).isEqualTo("12,345");
    // Ordered as a reader expects, not by character code (which puts "África" last and "asia" after "Oceanía").
    assertThat(out.html("fr/index.html").selectFirst("p.sorted").text()).isEqualTo("África,Américas,asia,Oceanía");
  }

  @Test
  void aKeyNoLanguageDefinesIsAnErrorNamingTheTemplate() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- themes/guide/partials/footer.peb --
        <footer>{{ t("copyrite") }}</footer>
        """).build();
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).contains(
        "themes/guide/partials/footer.peb:1: error: UI string \"copyrite\" is not in the theme's i18n/en.yml (add it to i18n/en.yml)");
  }
}
