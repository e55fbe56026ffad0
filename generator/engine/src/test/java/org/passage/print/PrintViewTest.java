package org.passage.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * Print views: the whole site in one page ({@code print.html}) and a section's own, in reading
 * order, with headings moved down to each chapter's depth, ids unique on the page, links between
 * chapters kept inside it and every other URL still resolving from the print page.
 */
class PrintViewTest {
  @TempDir Path dir;

  private static final String HANDBOOK = """
      -- content/site.yml --
      title: Handbook
      print:
        sections: [guide]
      -- content/index.md --
      # Handbook
      Read [how to install](guide/install.md#linux) or [the guide](guide/index.md).

      ## Overview {#intro}
      -- content/guide/index.md --
      ---
      title: Guide
      weight: 1
      description: All of it.
      ---
      Start by [installing](install.md).

      ## Overview
      -- content/guide/install.md --
      ---
      weight: 1
      ---
      # Install
      ## Linux
      See [use](use.md#overview), [this part](#linux), [the web](https://example.org/x) and a note[^1].

      ![Logo](img/logo.png)

      ## Overview
      [^1]: A note.
      -- content/guide/use.md --
      ---
      weight: 2
      ---
      # Use
      ## Overview
      Back to [Linux](install.md#linux); see [about](../about.md) and [a missing part](install.md#gone).
      -- content/guide/img/logo.png --
      PNG
      -- content/about.md --
      ---
      weight: 2
      print: false
      ---
      # About
      """;

  private static List<String> chapterHeadings(Document doc) {
    return doc.select(".print-chapter > .print-title").stream().map(h -> h.normalName() + " " + h.text()).toList();
  }

  @Test
  void aSiteOfThousandsOfPagesGetsTheWholeSiteViewOnlyWhenItAsks() throws Exception {
    StringBuilder big = new StringBuilder("-- content/index.md --\n# Reference\n");
    for (int i = 1; i <= 1000; i++) {
      big.append("-- content/cmd/c").append(i).append(".md --\n# Command ").append(i).append("\n");
    }
    // 1,002 pages: a reference, not a book; its print.html would hold every page.
    var reference = TestSite.write(dir.resolve("reference"), big.toString()).build();
    assertThat(reference.ok()).isTrue();
    assertThat(reference.exists("print.html")).isFalse();
    assertThat(reference.html("cmd/c1.html").select("a.print-link")).isEmpty();

    var asked = TestSite.write(dir.resolve("asked"), "-- content/site.yml --\nprint:\n  site: true\n" + big).build();
    assertThat(asked.exists("print.html")).isTrue();
    assertThat(chapterHeadings(asked.html("print.html"))).hasSize(1002); // the home page, cmd/ (generated) and 1,000 commands
  }

  @Test
  void theWholeSiteIsOnePageInNavigationOrderAndASectionHasItsOwn() throws Exception {
    var out = TestSite.write(dir, HANDBOOK).build();
    assertThat(out.problems()).containsExactly("content/guide/use.md:6:65: warning: link to missing heading \"#gone\" in guide/install.md: it leads to the top of that page"
        + " (set links: strict in site.yml to make this an error)");
    assertThat(chapterHeadings(out.html("print.html"))).containsExactly("h1 Handbook", "h2 Guide", "h3 Install", "h3 Use");
    assertThat(chapterHeadings(out.html("guide/print.html"))).containsExactly("h1 Guide", "h2 Install", "h2 Use");
    assertThat(out.html("guide/print.html").select("title").text()).isEqualTo("Guide · Handbook");
    assertThat(out.html("guide/print.html").select(".print-description").text()).isEqualTo("All of it.");
    // The contents list every chapter below the first.
    assertThat(out.html("print.html").select(".print-contents a").eachAttr("href")).containsExactly("#guide", "#guide-install", "#guide-use");
    // print: false leaves a page out; print views are no pages of the sitemap or the search.
    assertThat(out.html("print.html").select("main").text()).doesNotContain("About");
    assertThat(out.html("print.html").select("title").text()).isEqualTo("Handbook");
  }

  @Test
  void headingsMoveDownToTheirChapterAndEveryIdIsUnique() throws Exception {
    var out = TestSite.write(dir, HANDBOOK).build();
    for (String view : List.of("print.html", "guide/print.html")) {
      Set<String> ids = new HashSet<>();
      for (Element e : out.html(view).select("[id]")) {
        assertThat(ids.add(e.id())).as(view + ": id " + e.id() + " twice").isTrue();
      }
      // Every in-page link leads to an id of the page.
      for (Element a : out.html(view).select("main a[href^=#]")) {
        assertThat(ids).as(view + ": " + a.outerHtml()).contains(a.attr("href").substring(1));
      }
    }
    Document whole = out.html("print.html");
    assertThat(whole.select("main h2, main h3, main h4").stream().filter(h -> h.text().startsWith("Overview")).map(h -> h.normalName() + " #" + h.id()).toList())
        .containsExactly("h2 #top--intro", "h3 #guide--overview", "h4 #guide-install--overview", "h4 #guide-use--overview");
    assertThat(whole.select("#guide-install--linux").first().normalName()).isEqualTo("h4");
    assertThat(out.html("guide/print.html").select("#install--linux").first().normalName()).isEqualTo("h3");
  }

  @Test
  void linksBetweenChaptersStayOnThePrintPageAndOtherUrlsStillResolve() throws Exception {
    var out = TestSite.write(dir, HANDBOOK).build();
    Document whole = out.html("print.html");
    assertThat(whole.select("#top a").eachAttr("href")).contains("#guide-install--linux", "#guide");
    Element install = whole.selectFirst("#guide-install");
    assertThat(install.select(".content a").eachAttr("href")).containsSubsequence("#guide-use--overview", "#guide-install--linux", "https://example.org/x", "#guide-install--fn-1");
    assertThat(install.select("img").attr("src")).isEqualTo("guide/img/logo.png");
    // A page outside the view is reached from the print page; a missing heading leads to its chapter.
    assertThat(whole.select("#guide-use p a").eachAttr("href")).containsExactly("#guide-install--linux", "about.html", "#guide-install");
    Document guide = out.html("guide/print.html");
    assertThat(guide.select("#install img").attr("src")).isEqualTo("img/logo.png");
    assertThat(guide.select("#use p a").eachAttr("href")).containsExactly("#install--linux", "../about.html", "#install");
    assertThat(guide.select("#top p a").eachAttr("href")).containsExactly("#install");
  }

  @Test
  void everyPageLinksToTheInnermostPrintViewThatHoldsIt() throws Exception {
    var out = TestSite.write(dir, HANDBOOK).build();
    assertThat(out.html("index.html").select("a.print-link").attr("href")).isEqualTo("print.html#top");
    assertThat(out.html("guide/install.html").select("a.print-link").attr("href")).isEqualTo("../guide/print.html#install");
    assertThat(out.html("guide/index.html").select("a.print-link").attr("href")).isEqualTo("../guide/print.html#top");
    assertThat(out.html("guide/install.html").select("a.print-link").attr("title")).contains("Guide");
    assertThat(out.html("about.html").select("a.print-link")).isEmpty();
    assertThat(out.html("print.html").select("a.print-link")).isEmpty();
  }

  @Test
  void aSectionAsksWithFrontMatterEachLanguageHasItsOwnAndTheSiteViewCanBeTurnedOff() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        title: Docs
        languages: [en, fr]
        print: {site: false}
        -- content/en/index.md --
        # Docs
        -- content/en/a/index.md --
        ---
        print: true
        ---
        # A
        -- content/en/a/one.md --
        # One
        -- content/fr/index.md --
        # Docs
        -- content/fr/a/index.md --
        # A
        -- content/fr/a/one.md --
        # Un
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.exists("en/print.html")).isFalse();
    assertThat(chapterHeadings(out.html("en/a/print.html"))).containsExactly("h1 A", "h2 One");
    assertThat(out.html("en/a/print.html").select("html").attr("lang")).isEqualTo("en");
    assertThat(out.exists("fr/a/print.html")).isFalse();
  }

  @Test
  void aBookOutlineGivesPartTitlesAndChaptersInItsOrder() throws Exception {
    var out = TestSite.write(dir, """
        -- content/SUMMARY.md --
        # Summary

        [Foreword](foreword.md)

        # Getting started

        - [Installing](ch01.md)
            - [Hello](ch01-hello.md)
        - [Second](ch02.md)
        -- content/foreword.md --
        Words.
        -- content/ch01.md --
        # Installing
        Go to [hello](ch01-hello.html#say-it).
        -- content/ch01-hello.md --
        # Hello
        ## Say it
        -- content/ch02.md --
        # Second
        """).build();
    assertThat(out.problems()).isEmpty();
    Document print = out.html("print.html");
    assertThat(chapterHeadings(print)).containsExactly("h1 Documentation", "h2 Foreword", "h2 Getting started", "h2 Installing", "h3 Hello", "h2 Second");
    assertThat(print.select(".print-part .print-title").text()).isEqualTo("Getting started");
    assertThat(print.select("#ch01 a").attr("href")).isEqualTo("#ch01-hello--say-it");
    assertThat(print.select("#ch01-hello--say-it").first().normalName()).isEqualTo("h4");
  }

  @Test
  void linksLeavingTheSiteAndEncodedNamesStillResolveFromEachView() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        print:
          sections: [guide]
        -- content/index.md --
        # Home
        -- content/guide/index.md --
        # Guide
        See [the notes](what%20is.md#why), [the standard library](../../std/index.html) and [the page](what%20is.md).
        -- content/guide/what is.md --
        # What is
        ## Why
        """).build();
    assertThat(out.problems()).singleElement().asString().contains("leaves the content folder");
    assertThat(out.html("print.html").select("#guide p a").eachAttr("href")).containsExactly("#guide-what-is--why", "../std/index.html", "#guide-what-is");
    assertThat(out.html("guide/print.html").select("#top p a").eachAttr("href")).containsExactly("#what-is--why", "../../std/index.html", "#what-is");
  }

  @Test
  void aPageAtTheSiteViewsPlaceKeepsItAndASectionViewThatCollidesIsAnError() throws Exception {
    var kept = TestSite.write(dir.resolve("kept"), """
        -- content/print.md --
        # Printing tips
        -- content/guide/index.md --
        # Guide
        """).build();
    assertThat(kept.problems()).isEmpty();
    assertThat(kept.html("print.html").select("main h1").text()).isEqualTo("Printing tips");
    var clash = TestSite.write(dir.resolve("clash"), """
        -- content/site.yml --
        print:
          sections: [guide]
        -- content/guide/index.md --
        # Guide
        -- content/guide/print.md --
        # Print
        """).build();
    assertThat(clash.problems()).containsExactly(
        "content/guide/index.md: error: two sources would write guide/print.html: content/guide/print.md and the print view guide/print.html (rename one of them, or set a different slug)");
  }

  @Test
  void wrongPrintSettingsAreProblemsAtTheirLine() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        print:
          sections: guide
          pages: all
        -- content/guide/index.md --
        ---
        print: maybe
        ---
        # Guide
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/guide/index.md:2:8: error: \"print\" must be true or false, not \"maybe\"",
        "content/site.yml:2:13: error: \"sections\" must be a list, not a string",
        "content/site.yml:3:3: error: unknown key \"pages\" in print (known keys: site, sections)");
  }
}
