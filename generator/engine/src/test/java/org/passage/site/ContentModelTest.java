package org.passage.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class ContentModelTest {
  @TempDir Path dir;

  @Test
  void titleComesFromFrontMatterThenFirstHeadingThenFileName() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: From front matter
        ---
        # From heading
        -- content/b.md --
        # From heading
        -- content/policy-review.md --
        Text only.
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("a.html").selectFirst("main h1").text()).isEqualTo("From front matter");
    // The heading is kept as content when the title comes from front matter.
    assertThat(out.content("a.html")).startsWith("<h1 id=\"from-heading\">");
    assertThat(out.html("b.html").selectFirst("main h1").text()).isEqualTo("From heading");
    assertThat(out.html("policy-review.html").selectFirst("main h1").text()).isEqualTo("Policy review");
  }

  @Test
  void draftsAreLeftOut() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ---
        draft: true
        ---
        Not yet.
        -- content/b.md --
        Published.
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.exists("a.html")).isFalse();
    assertThat(out.exists("b.html")).isTrue();
  }

  @Test
  void sectionsOrderByWeightThenTitleWithPrevNextAndBreadcrumbs() throws Exception {
    var out = TestSite.write(dir, """
        -- content/index.md --
        # Home
        -- content/steps/index.md --
        ---
        title: Steps
        weight: 2
        ---
        The steps.
        -- content/steps/b.md --
        ---
        title: Bravo
        weight: 1
        ---
        B
        -- content/steps/a.md --
        ---
        title: Alpha
        weight: 1
        ---
        A
        -- content/steps/first.md --
        ---
        title: Zulu first
        weight: -1
        ---
        Z
        -- content/about.md --
        ---
        title: About
        weight: 1
        ---
        About.
        """).build();
    assertThat(out.problems()).isEmpty();
    var alpha = out.html("steps/a.html");
    // Navigation: About (1) before Steps (2); inside Steps: Zulu first (-1), Alpha, Bravo (1, by title).
    assertThat(alpha.select("nav.sidebar > ul > li > a").eachText()).containsExactly("Home", "About", "Steps");
    assertThat(alpha.select("nav.sidebar li.open ul a").eachText()).containsExactly("Zulu first", "Alpha", "Bravo");
    assertThat(alpha.selectFirst("nav.sidebar a[aria-current=page]").text()).isEqualTo("Alpha");
    assertThat(alpha.selectFirst(".prevnext .prev").attr("href")).isEqualTo("../steps/first.html");
    assertThat(alpha.selectFirst(".prevnext .next").attr("href")).isEqualTo("../steps/b.html");
    assertThat(alpha.select(".breadcrumbs a").eachAttr("href")).containsExactly("../index.html", "../steps/index.html");
    // A section's index leads to its first page; a section lists its children.
    var steps = out.html("steps/index.html");
    assertThat(steps.selectFirst(".prevnext .next").attr("href")).isEqualTo("../steps/first.html");
    assertThat(steps.select(".section-children a").eachText()).containsExactly("Zulu first", "Alpha", "Bravo");
  }

  @Test
  void headingsLinkedOnOtherPagesMustExistThere() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        links: strict
        -- content/b.md --
        # B
        -- content/c.md --
        # C
        [B again](b.md) and [B](b.md#x)

        ## X
        """).build();
    assertThat(out.problems()).containsExactly("content/c.md:2:21: error: link to missing heading \"#x\" in b.md (that page has no heading with this id)");
  }

  @Test
  void backlinksAreListedOnTheLinkedPage() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        # A
        [B](b.md)
        -- content/b.md --
        # B
        -- content/c.md --
        # C
        [B again](b.md)
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("b.html").select(".backlinks a").eachAttr("href")).containsExactly("a.html", "c.html");
    assertThat(out.html("a.html").select(".backlinks")).isEmpty();
  }
}
