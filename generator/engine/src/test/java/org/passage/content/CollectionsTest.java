package org.passage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class CollectionsTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      taxonomies:
        goals:
          singular: SDG goal
          terms: {data: sdg/goals, key: number, label: short}
        targets:
          title: SDG targets
          singular: SDG target
          terms: {data: sdg/targets, key: id, label: label}
          implies: {taxonomy: goals, field: goal}
        themes:
          title: Themes
      collections:
        cases:
          path: cases/*.md
          layout: page
          fields:
            summary: {type: text, required: true}
            years: {type: string}
            started: {type: date}
            budget: {type: number}
            targets: {type: list, of: reference, taxonomy: targets, required: true}
            sources: {type: list, of: url, required: true}
      -- content/data/sdg/goals.yml --
      - number: 8
        short: Decent work
      - number: 10
        short: Reduced inequalities
      -- content/data/sdg/targets.yml --
      - id: "8.8"
        goal: 8
        label: Labour rights
      - id: "10.7"
        goal: 10
        label: Safe migration
      - id: "10.c"
        goal: 10
        label: Remittance costs
      """;

  @Test
  void termPagesListThePagesThatReferenceThemIncludingImpliedGoals() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/cases/naga.md --
        ---
        title: Naga City
        summary: Local plan.
        targets: ["10.7", 10.c]
        themes: [local development]
        sources: [https://www.naga.gov.ph/]
        ---
        Text.
        -- content/cases/nepal.md --
        ---
        title: Nepal
        summary: Fees.
        targets: ["8.8"]
        sources: [https://example.org/nepal]
        ---
        Text.
        -- content/guide.md --
        ---
        targets: ["10.7"]
        ---
        # Guide
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("targets/10.7.html").select("main .page-list a").eachText()).containsExactly("Guide", "Naga City");
    assertThat(out.html("targets/10.c.html").select("main .page-list a").eachAttr("href")).containsExactly("../cases/naga.html");
    assertThat(out.html("goals/10.html").select("main .page-list a").eachText()).containsExactly("Guide", "Naga City");
    assertThat(out.html("goals/8.html").select("main .page-list a").eachText()).containsExactly("Nepal");
    assertThat(out.html("themes/local-development.html").select("main .page-list a").eachText()).containsExactly("Naga City");
    assertThat(out.html("targets/index.html").select("main .term-list li").eachText()).containsExactly("8.8 Labour rights 1", "10.7 Safe migration 2", "10.c Remittance costs 1");
    // The page shows its terms, linked to their pages.
    assertThat(out.html("cases/naga.html").select(".page-terms a").eachAttr("href")).contains("../targets/10.7.html", "../goals/10.html", "../themes/local-development.html");
  }

  @Test
  void collectionFieldsAreCheckedAtTheirLines() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/cases/bad.md --
        ---
        title: Bad
        targets: ["10.77", "10.7"]
        years: [2016, 2017]
        started: last spring
        budget: a lot
        sources: [not a url]
        countries: [PHL]
        ---
        Text.
        """).build();
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).containsExactly(
        "content/cases/bad.md:1:1: error: missing required field \"summary\" for collection \"cases\" (add summary: to the front matter)",
        "content/cases/bad.md:3:11: error: unknown SDG target \"10.77\" (did you mean \"10.7\"?)",
        "content/cases/bad.md:4:8: error: field \"years\" must be a single line of text, not a list",
        "content/cases/bad.md:5:10: error: field \"started\" must be a date, not \"last spring\" (write YYYY-MM-DD)",
        "content/cases/bad.md:6:9: error: field \"budget\" must be a number, not \"a lot\" (write digits, e.g. 3 or 2.5)",
        "content/cases/bad.md:7:11: error: field \"sources\" must be an absolute URL, not \"not a url\" (write a full address such as https://example.org/page)",
        "content/cases/bad.md:8:1: error: unknown field \"countries\" for collection \"cases\" (declare it under collections.cases.fields in site.yml)");
  }

  @Test
  void dataFilesAreAvailableToTemplates() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/_theme/layouts/goals.peb --
        {% extends "layouts/page.peb" %}{% block after_content %}<ol id="goals">{% for g in data.sdg.goals %}<li>{{ g.number }} {{ g.short }}</li>{% endfor %}</ol>{% endblock %}
        -- content/list.md --
        ---
        layout: goals
        ---
        # Goals
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("list.html").select("#goals li").eachText()).containsExactly("8 Decent work", "10 Reduced inequalities");
  }
}
