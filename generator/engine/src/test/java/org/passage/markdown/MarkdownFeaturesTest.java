package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class MarkdownFeaturesTest {
  @TempDir Path dir;

  @Test
  void rendersGfmExtrasFootnotesAndCodeLanguages() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        # Alpha

        | Goal | Target |
        |------|--------|
        | 10   | 10.7   |

        ~~old~~ and https://example.org

        - [x] done
        - [ ] open

        Fact.[^1]

        [^1]: The source.

        ```java
        int x;
        ```
        """).build();
    assertThat(out.problems()).isEmpty();
    String html = out.content("a.html");
    assertThat(html).contains("<table class=\"table\"><thead><tr><th>Goal</th><th>Target</th></tr></thead><tbody><tr><td>10</td><td>10.7</td></tr></tbody></table>");
    assertThat(html).contains("<del>old</del>");
    assertThat(html).contains("<a href=\"https://example.org\">https://example.org</a>");
    assertThat(html).contains("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\">&nbsp;done</li>");
    assertThat(html).contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>");
    assertThat(html).contains("<code class=\"language-java\">int x;");
    // The leading h1 became the title and is not repeated in the content.
    assertThat(html).doesNotContain("<h1");
    assertThat(out.html("a.html").selectFirst("main h1").text()).isEqualTo("Alpha");
  }

  @Test
  void headingsGetStableUniqueIdsAnchorsAndATableOfContents() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        [TOC]

        ## Kick-off
        ## Kick-off
        ### Who leads? {#lead}
        """).build();
    assertThat(out.problems()).isEmpty();
    var doc = out.html("a.html");
    assertThat(doc.select("main .content h2").eachAttr("id")).containsExactly("kick-off", "kick-off-1");
    assertThat(doc.select("main .content h3").eachAttr("id")).containsExactly("lead");
    assertThat(doc.selectFirst("main .content h2 a.anchor").attr("href")).isEqualTo("#kick-off");
    assertThat(doc.select("main .content ul a").eachAttr("href")).contains("#kick-off", "#kick-off-1", "#lead");
    // The theme's "On this page" list comes from h2-h3.
    assertThat(doc.select(".toc li a").eachAttr("href")).containsExactly("#kick-off", "#kick-off-1", "#lead");
  }

  @Test
  void admonitionsDefinitionListsAndAttributes() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        !!! tip "Before the workshop"
            Send the agenda.

        Focal point
        : The person who coordinates.

        A paragraph.
        {.lead #intro}
        """).build();
    assertThat(out.problems()).isEmpty();
    String html = out.content("a.html");
    assertThat(html).contains("adm-tip").contains("Before the workshop").contains("<p>Send the agenda.</p>");
    assertThat(html).contains("<dl><dt>Focal point</dt><dd>The person who coordinates.</dd></dl>");
    assertThat(html).contains("<p class=\"lead\" id=\"intro\">A paragraph.</p>");
  }

  @Test
  void abbreviationsFromTheGlossaryApplyOnEveryPage() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        markdown:
          abbreviations: {data: glossary, key: abbr, title: term}
        -- content/data/glossary.yml --
        - term: Global Compact for Migration
          abbr: GCM
        - term: A term without abbreviation
        -- content/a.md --
        The GCM has 23 objectives.
        -- content/b.md --
        Also the GCM.
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("a.html")).contains("<abbr title=\"Global Compact for Migration\">GCM</abbr> has 23 objectives.");
    assertThat(out.content("b.html")).contains("<abbr title=\"Global Compact for Migration\">GCM</abbr>");
  }

  @Test
  void rawHtmlIsSanitisedByDefaultAndEscapedOnRequest() throws Exception {
    var site = TestSite.write(dir, """
        -- content/a.md --
        <script>alert(1)</script>

        Text <b onclick="x()">bold</b>
        """);
    var out = site.build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("a.html")).isEqualTo("<p>Text <b>bold</b></p>");
    TestSite.write(dir, "-- content/site.yml --\nmarkdown: {html: escape}\n");
    var escaped = site.build();
    assertThat(escaped.content("a.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script").doesNotContain("<b ");
  }

  @Test
  void sanitizeModeKeepsASafeSubsetOnly() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        markdown:
          html: sanitize
        -- content/a.md --
        <script>alert(1)</script>

        <details><summary>More</summary>Text <b onclick="x()">bold</b> <a href="javascript:alert(1)">x</a> <a href="b.html">b</a></details>

        <img src="x.png" onerror="alert(1)">
        -- content/x.png --
        png
        """).build();
    assertThat(out.problems()).isEmpty();
    String html = out.content("a.html");
    assertThat(html).doesNotContain("<script").doesNotContain("alert(1)").doesNotContain("onclick").doesNotContain("onerror").doesNotContain("javascript:");
    assertThat(html).contains("<details><summary>More</summary>Text <b>bold</b>").contains("<a href=\"b.html\">b</a>").contains("<img src=\"x.png\">");
  }
}
