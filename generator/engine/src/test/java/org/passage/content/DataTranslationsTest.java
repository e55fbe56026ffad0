package org.passage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/** Sibling data files ({@code targets.fr.yml}) translate the base file's entries by their id. */
class DataTranslationsTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      theme: t
      languages:
        - code: en
        - code: fr
      taxonomies:
        targets:
          title: {en: SDG targets, fr: Cibles des ODD}
          singular: {en: target, fr: cible}
          terms: {data: sdg/targets, key: id, label: label}
      -- content/data/sdg/targets.yml --
      - id: "10.7"
        label: Safe migration
        relevance: direct
        indicators:
          - id: "10.7.1"
            label: Recruitment costs
          - id: "10.7.2"
            label: Migration policies
      - id: "10.c"
        label: Cheaper remittances
        relevance: direct
      -- content/data/sdg/targets.fr.yml --
      - id: "10.7"
        label: Migration sûre
        indicators:
          - id: "10.7.1"
            label: Coûts de recrutement
      -- content/data/glossary.yml --
      - term: asylum seeker
        definition: A person who asks for protection.
      -- content/data/glossary.fr.yml --
      - term: demandeur d'asile
        definition: Personne qui demande une protection.
      - term: apatride
        definition: Personne sans nationalité.
      -- content/en/index.md --
      ---
      targets: ["10.7", "10.c"]
      ---
      # Home
      -- content/fr/index.md --
      ---
      targets: ["10.7", "10.c"]
      ---
      # Accueil
      -- content/fr/glossaire.md --
      ---
      layout: glossary
      ---
      # Glossaire
      -- content/en/glossary.md --
      ---
      layout: glossary
      ---
      # Glossary
      -- themes/t/theme.yml --
      extends: default
      -- themes/t/layouts/glossary.peb --
      {% extends "layouts/base.peb" %}
      {% block main %}<dl>{% for e in data.glossary %}<dt>{{ e.term }}</dt>{% endfor %}</dl>
      <p class="indicators">{% for x in data.sdg.targets %}{% for i in x.indicators | default([]) %}{{ i.label }};{% endfor %}{% endfor %}</p>{% endblock %}
      """;

  @Test
  void termPagesChipsAndDataShowTheReadersLanguageAndFallBackToTheDefault() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    assertThat(out.ok()).isTrue();
    assertThat(out.html("fr/targets/10.7.html").selectFirst("main h1").text()).isEqualTo("10.7 Migration sûre");
    assertThat(out.html("fr/targets/10.7.html").selectFirst(".breadcrumbs a").text()).isEqualTo("Cibles des ODD");
    assertThat(out.html("en/targets/10.7.html").selectFirst("main h1").text()).isEqualTo("10.7 Safe migration");
    // The untranslated label falls back to English.
    assertThat(out.html("fr/targets/10.c.html").selectFirst("main h1").text()).isEqualTo("10.c Cheaper remittances");
    assertThat(out.html("fr/index.html").select(".page-terms a").eachText()).containsExactly("Migration sûre", "Cheaper remittances");
    assertThat(out.html("fr/index.html").select(".page-terms dt").eachText()).containsExactly("Cibles des ODD");
    assertThat(out.html("fr/targets/index.html").select(".term-list a").eachText()).containsExactly("10.7 Migration sûre", "10.c Cheaper remittances");
    // Nested entries merge by their own id; a file without ids (the glossary) is replaced whole.
    assertThat(out.html("fr/glossaire.html").selectFirst("p.indicators").text()).isEqualTo("Coûts de recrutement;Migration policies;");
    assertThat(out.html("fr/glossaire.html").select("dt").eachText()).containsExactly("demandeur d'asile", "apatride");
    assertThat(out.html("en/glossary.html").select("dt").eachText()).containsExactly("asylum seeker");
    assertThat(out.file("search/fr/labels.js")).contains("\"10.7\": \"10.7 Migration sûre\"");
    assertThat(out.problems()).containsExactly(
        "content/data/sdg/targets.yml:8:7: warning: no French \"indicators.label\" for \"10.7.2\" (not in data/sdg/targets.fr.yml): the English one is shown",
        "content/data/sdg/targets.yml:10:3: warning: no French \"label\" for \"10.c\" (not in data/sdg/targets.fr.yml): the English one is shown");
  }

  @Test
  void unknownIdsAndFieldsAreReportedAtTheirLine() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/data/sdg/targets.fr.yml --
        - id: "10.7"
          label: Migration sûre
          lable: Migration
        - id: "10.77"
          label: Cible inconnue
        - label: Sans id
        - id: "10.c"
          label: Envois de fonds
        """).build();
    assertThat(out.problems()).contains(
        "content/data/sdg/targets.fr.yml:3:3: warning: \"lable\" is not a field of \"10.7\" in data/sdg/targets.yml, so it is not shown (did you mean \"label\"?)",
        "content/data/sdg/targets.fr.yml:4:7: error: \"10.77\" is not an entry of data/sdg/targets.yml (did you mean \"10.7\"?)",
        "content/data/sdg/targets.fr.yml:6:3: error: translated entry has no \"id\" (name the entry it translates, as in data/sdg/targets.yml: id: …)");
    assertThat(out.ok()).isFalse();
  }

  @Test
  void manyMissingLabelsAreCountedInOneWarningAndAMissingFileIsNamed() throws Exception {
    StringBuilder targets = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      targets.append("- id: \"1.").append(i).append("\"\n  label: Target ").append(i).append('\n');
    }
    var out = TestSite.write(dir, """
        -- content/site.yml --
        languages: [{code: en}, {code: es}]
        taxonomies:
          targets:
            terms: {data: sdg/targets, key: id, label: label}
        -- content/en/index.md --
        # Home
        -- content/es/index.md --
        # Inicio
        -- content/data/sdg/targets.yml --
        """ + targets).build();
    assertThat(out.ok()).isTrue();
    assertThat(out.problems()).containsExactly(
        "content/data/sdg/targets.yml:2:3: warning: 8 entries have no Spanish \"label\" (there is no data/sdg/targets.es.yml): 1.1 (line 2), 1.2 (line 4), 1.3 (line 6) and 5 more show the English one");
  }

  @Test
  void aTranslationOfNothingOrInTheDefaultLanguageIsAnError() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        languages: [{code: en}, {code: fr}]
        -- content/en/index.md --
        # Home
        -- content/fr/index.md --
        # Accueil
        -- content/data/goals.yml --
        - id: a
        -- content/data/gaols.fr.yml --
        - id: a
        -- content/data/goals.en.yml --
        - id: a
        -- content/data/release.v2.yml --
        - id: a
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/data/gaols.fr.yml: error: translation of data/gaols.yml, which does not exist (did you mean \"goals\"?)",
        "content/data/goals.en.yml: error: data in the default language (en) belongs in data/goals.yml, not in a translation (merge it into data/goals.yml and delete this file)");
  }
}
