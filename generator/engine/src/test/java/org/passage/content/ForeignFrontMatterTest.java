package org.passage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * Front matter written for other generators never crashes a build: a known field of the wrong
 * shape is an error naming the shape, other tools' fields are kept for templates, and the ones
 * with a clear meaning are honoured. (Issue 12.)
 */
class ForeignFrontMatterTest {
  @TempDir Path dir;

  @Test
  void everyBuiltInFieldInEveryYamlShapeGivesAnErrorOrAValueNeverACrash() throws Exception {
    List<String> fields = List.of("title", "description", "weight", "draft", "layout", "date", "slug", "toc", "search", "aliases", "sidebar_position", "nav_order");
    List<String> shapes = List.of("scalar-text", "[a, b]", "{a: 1}", "~", "12", "true");
    StringBuilder site = new StringBuilder();
    int n = 0;
    for (String field : fields) {
      for (String shape : shapes) {
        String value = shape.equals("scalar-text") ? "some text" : shape;
        site.append("-- content/p").append(n++).append(".md --\n---\n").append(field).append(": ").append(value).append("\n---\nText\n");
      }
    }
    var out = TestSite.write(dir, site.toString()).build();
    // Every problem names its file, line and column; none is a Java exception.
    assertThat(out.problems()).allMatch(p -> p.matches("content/p\\d+\\.md:\\d+:\\d+: (error|warning): .*"));
    assertThat(out.problems()).noneMatch(p -> p.contains("Exception") || p.contains("null"));
    assertThat(out.problems()).contains(
        "content/p1.md:2:8: error: \"title\" must be text, not a list",
        "content/p14.md:2:9: error: \"weight\" must be a number, not a map (write digits, e.g. 3 or 2.5)",
        "content/p52.md:2:9: error: \"search\" must be true, false or a map such as {exclude: true}, not \"12\"");
  }

  @Test
  void otherGeneratorsFieldsAreKeptAndTheClearOnesHonoured() throws Exception {
    var out = TestSite.write(dir, """
        -- content/index.md --
        # Home
        -- content/docs/first.md --
        ---
        title: First by position
        sidebar_position: 2
        search: {boost: 1.05}
        tags: [kept, for, templates]
        ---
        Text
        -- content/docs/second.md --
        ---
        title: Second by position
        sidebar_position: 1
        custom_edit_url: null
        ---
        Text
        -- content/docs/third.md --
        ---
        title: Third by order
        nav_order: 3
        search: {exclude: true}
        ---
        Hidden from search
        -- content/docs/draft.md --
        ---
        draft: true
        ---
        Not published
        -- content/docs/renamed.md --
        ---
        title: Renamed
        slug: /guides/intro
        aliases: [old-name.html, /legacy/page/]
        ---
        Text
        -- content/_theme/partials/footer.peb --
        <footer>{% if page.params contains "tags" %}{{ page.params.tags | join(",") }}{% endif %}</footer>
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("docs/index.html").select("main .page-list a").eachText())
        .containsExactly("Renamed", "Second by position", "First by position", "Third by order");
    assertThat(out.html("docs/first.html").select("footer").text()).isEqualTo("kept,for,templates");
    assertThat(out.exists("docs/draft.html")).isFalse();
    assertThat(out.exists("guides/intro.html")).isTrue();
    assertThat(out.file("docs/old-name.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../guides/intro.html\">");
    assertThat(out.file("legacy/page/index.html")).contains("url=../../guides/intro.html");
  }
}
