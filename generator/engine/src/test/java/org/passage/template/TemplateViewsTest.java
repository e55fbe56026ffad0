package org.passage.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/** What templates read from the view records: names as written, the same names on every kind of page. */
class TemplateViewsTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Notes
      params: {owner: Ana}
      taxonomies:
        tags: {title: Tags, singular: Tag}
      -- content/index.md --
      # Home
      -- content/guides/index.md --
      # Guides
      -- content/guides/first.md --
      ---
      title: First
      tags: [blue]
      mood: calm
      layout: probe
      ---
      Text.
      """;

  @Test
  void aComponentIsReadByItsExactNameEvenWhereAnIsAccessorCouldStandForIt() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/_theme/layouts/probe.peb --
        <p>{{ page.section }}|{{ page.isSection }}|{{ page.title }}|{{ page.params.mood }}|{{ site.params.owner }}|{{ site.languages[0].path }}|{{ language.home }}|{% for t in page.terms.tags %}{{ t.label }} {{ t.taxonomyTitle }} {{ t.count }}{% endfor %}|{{ page.prev.title }}</p>
        """).build();
    assertThat(out.problems()).isEmpty();
    // page.section is the folder; Pebble's own resolver would have called isSection() for it
    assertThat(out.html("guides/first.html").selectFirst("p").text()).isEqualTo("guides|false|First|calm|Ana|index.html|index.html|blue Tags 1|Guides");
  }

  @Test
  void generatedPagesHaveEveryNameThatPagesFromMarkdownHave() throws Exception {
    String fields = "{{ page.kind }}|{{ page.title }}|{{ page.contentPath }}|{{ page.words }}|{{ page.date }}|{{ page.lastUpdated }}|{{ page.generated }}"
        + "|{{ page.pagination.count }}|{{ page.toc | length }}|{{ page.prev is null }}";
    var out = TestSite.write(dir, SITE + """
        -- content/_theme/layouts/probe.peb --
        <p>{{ page.title }}</p>
        -- content/_theme/layouts/term.peb --
        <p>FIELDS|{{ term.label }}|{{ term.path }}|{{ taxonomy.singular }}|{{ taxonomy.path }}|{{ pages | length }}</p>
        -- content/_theme/layouts/taxonomy.peb --
        <p>FIELDS|{% for x in taxonomies %}{{ x.title }}{% endfor %}|{{ terms | length }}</p>
        """.replace("FIELDS", fields)).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("tags/blue.html").selectFirst("p").text()).isEqualTo("term|blue||0|||true|1|0|true|blue|tags/blue.html|Tag|tags/index.html|1");
    assertThat(out.html("tags/index.html").selectFirst("p").text()).isEqualTo("taxonomy|Tags||0|||true|1|0|true|Tags|1");
  }

  @Test
  void aNameNoViewHasIsStillATemplateErrorAtItsLine() throws Exception {
    var out = TestSite.write(dir, SITE + """
        -- content/_theme/layouts/probe.peb --
        <p>{{ page.title }}</p>
        <p>{{ page.tittle }}</p>
        """).build();
    assertThat(out.problems()).singleElement().asString().startsWith("content/_theme/layouts/probe.peb:2:").contains("tittle");
  }
}
