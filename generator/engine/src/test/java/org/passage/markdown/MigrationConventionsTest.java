package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.LinkCheck;
import org.passage.testing.TestSite;

/** The habits of the tools people migrate from (mdBook, Hugo, GitHub) work as their authors expect. (Issue 12.) */
class MigrationConventionsTest {
  @TempDir Path dir;

  @Test
  void linksWrittenToTheOutputFileReachThePageMadeFromTheMarkdown() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        See [slices](ch04-03-slices.html#string-slices), [the index](guide/index.html) and [raw](notes.html).
        -- content/ch04-03-slices.md --
        # Slices

        ## String Slices
        -- content/guide/index.md --
        # Guide
        -- content/notes.html --
        <p>a real HTML file</p>
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("a.html"))
        .contains("<a href=\"ch04-03-slices.html#string-slices\">slices</a>")
        .contains("<a href=\"guide/index.html\">the index</a>")
        .contains("<a href=\"notes.html\">raw</a>");
    var broken = TestSite.write(dir, "-- content/b.md --\n[x](ch04-03-slices.html#no-such-heading) [y](missing.html)\n").build();
    assertThat(broken.problems()).contains(
        "content/b.md:1:1: warning: link to missing heading \"#no-such-heading\" in ch04-03-slices.md: it leads to the top of that page (set links: strict in site.yml to make this an error)",
        "content/b.md:1:42: error: missing file \"missing.html\" (no file at missing.html)");
  }

  @Test
  void headingIdsAreGitHubsWithCodeAndEmphasisKept() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        # Page

        ## Declarative Macros with `macro_rules!` for General Metaprogramming

        ## A *very* important_thing: the `?` operator

        ## Repeated

        ## Repeated

        ## Mine {#custom}

        ## Café & Crème — 2024

        [back](#declarative-macros-with-macro_rules-for-general-metaprogramming) [dup](#repeated-1)
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("a.html").select("main .content h2").eachAttr("id")).containsExactly(
        "declarative-macros-with-macro_rules-for-general-metaprogramming",
        "a-very-important_thing-the--operator",
        "repeated",
        "repeated-1",
        "custom",
        "café--crème--2024");
  }

  @Test
  void hugoSyntaxInCodeIsAnExampleNotAShortcode() throws Exception {
    // tldr-pages writes key placeholders in code: `{{<Ctrl Tab>|<Ctrl Shift Tab>}}`.
    var out = TestSite.write(dir, """
        -- content/keys.md --
        # Keys
        - Switch splits: `{{<Ctrl Tab>|<Ctrl Shift Tab>}}`

        ```
        {{< highlight go >}}
        ```

        Then a real one: {{< figure src="x.png" >}}
        -- content/plain.md --
        # Plain
        `{{<Ctrl c>}}` and `{{% note %}}` only in code.
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/keys.md:8:18: warning: Hugo shortcode \"{{< figure\" is not run by Passage, so it is shown as written (the first of this file) (write its output into the page)");
  }

  @Test
  void linksOutOfTheFolderAreWarningsKeptAsWrittenUnlessTheSiteIsStrict() throws Exception {
    var site = TestSite.write(dir, """
        -- content/a.md --
        See [the std docs](../std/thread/struct.Builder.html) and [root](/b.md).

        {{#include ../listings/main.rs}} and {{#include again}}
        -- content/b.md --
        {{< figure src="x.png" >}}
        """);
    var out = site.build();
    assertThat(out.ok()).isTrue();
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:5: warning: link \"../std/thread/struct.Builder.html\" leaves the content folder, so it is kept as written and not checked (it may work where the site is published beside others; set links: strict in site.yml to make this an error)",
        "content/a.md:3:1: warning: mdBook directive \"{{#include\" is not run by Passage, so it is shown as written (the first of this file) (paste the included text into the page, or link to the file)",
        "content/b.md:1:1: warning: Hugo shortcode \"{{< figure\" is not run by Passage, so it is shown as written (the first of this file) (write its output into the page)");
    assertThat(out.content("a.html")).contains("href=\"../std/thread/struct.Builder.html\"").contains("<a href=\"b.html\">root</a>").contains("{{#include ../listings/main.rs}}");

    var strictSite = TestSite.write(dir, "-- content/site.yml --\nlinks: strict\n");
    var strict = strictSite.build();
    assertThat(strict.ok()).isFalse();
    assertThat(strict.problems()).contains(
        "content/a.md:1:5: error: link \"../std/thread/struct.Builder.html\" leaves the content folder, so it is kept as written and not checked (link to a page of the content folder, or to a full web address)");

    java.nio.file.Files.delete(dir.resolve("content/site.yml"));
    var ci = site.build(site.config().withStrict(true));
    assertThat(ci.ok()).isFalse();
    assertThat(ci.problems()).allMatch(p -> p.contains(": error: "));
  }

  @Test
  void everyLinkAndAnchorOfTheOutputResolves() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        [x](b.md#renamed-heading) [y](#gone) [z](b.html#the-heading)

        ## Here
        -- content/b.md --
        ## The heading
        """).build();
    assertThat(out.ok()).isTrue();
    assertThat(LinkCheck.broken(out.output())).isEmpty();
    assertThat(out.content("a.html")).contains("href=\"b.html#the-heading\"").contains("href=\"#\"");
  }
}
