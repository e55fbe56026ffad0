package org.passage.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.LinkCheck;
import org.passage.testing.TestSite;

/**
 * Any folder of Markdown builds into a site a reader can walk: every folder is a page, long
 * sections are listed page by page, each page's navigation is bounded, and an mdBook's
 * SUMMARY.md orders the book. (Issue 12.)
 */
class FolderSitesTest {
  @TempDir Path dir;

  @Test
  void everyFolderIsAPageAndTheRootIsAHome() throws Exception {
    var out = TestSite.write(dir, """
        -- content/common/tar.md --
        # tar
        -- content/common/zip.md --
        # zip
        -- content/linux/net/ip.md --
        # ip
        -- content/notes.md --
        # Notes
        """).build();
    assertThat(out.problems()).isEmpty();
    try (Stream<Path> folders = Files.walk(out.output())) {
      assertThat(folders.filter(Files::isDirectory).filter(d -> !d.startsWith(out.output().resolve("assets")))
          .filter(d -> !d.startsWith(out.output().resolve("search")))).allMatch(d -> Files.exists(d.resolve("index.html")));
    }
    assertThat(out.html("index.html").select("main .page-list a").eachText()).containsExactly("Common", "Linux", "Notes");
    assertThat(out.html("linux/index.html").select("main .page-list a").eachText()).containsExactly("Net");
    assertThat(out.html("common/index.html").select("main h1").text()).isEqualTo("Common");
    assertThat(out.html("linux/net/ip.html").select(".breadcrumbs a").eachText()).containsExactly("Home", "Linux", "Net");
    assertThat(LinkCheck.broken(out.output())).isEmpty();
  }

  @Test
  void longSectionsArePaginatedAndEveryPagesNavigationIsBounded() throws Exception {
    StringBuilder files = new StringBuilder();
    for (int i = 0; i < 450; i++) {
      files.append(String.format("-- content/cmd/c%03d.md --%n# Command %03d%n", i, i));
    }
    var out = TestSite.write(dir, files.toString()).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.html("cmd/index.html").select("main .page-list li")).hasSize(200);
    assertThat(out.html("cmd/page-2.html").select("main .page-list li")).hasSize(200);
    assertThat(out.html("cmd/page-3.html").select("main .page-list li")).hasSize(50);
    assertThat(out.html("cmd/page-2.html").select(".pager a").eachAttr("href")).contains("../cmd/index.html", "../cmd/page-3.html");
    // A page in the middle: the section open, 50 neighbours around it, and one link for the other 400.
    var nav = out.html("cmd/c300.html").select(".sidebar .nav-section.open > ul > li");
    assertThat(nav).hasSize(51);
    assertThat(nav.select("a[aria-current=page]").text()).isEqualTo("Command 300");
    assertThat(nav.last().text()).isEqualTo("400 more…");
    assertThat(nav.last().selectFirst("a").attr("href")).isEqualTo("../cmd/index.html");
    long biggest;
    try (Stream<Path> pages = Files.walk(out.output())) {
      // The print view holds every page by design: it is the one page that grows with the site.
      biggest = pages.filter(p -> p.toString().endsWith(".html") && !p.endsWith("print.html")).mapToLong(p -> p.toFile().length()).max().orElseThrow();
    }
    assertThat(biggest).isLessThan(64 * 1024);
    assertThat(LinkCheck.broken(out.output())).isEmpty();
  }

  @Test
  void anMdBookOutlineOrdersAndTitlesTheChapters() throws Exception {
    var out = TestSite.write(dir, """
        -- content/SUMMARY.md --
        # Summary

        [Foreword](foreword.md)

        # Getting started

        - [Installing It](ch01-01.md)
        - [First Steps](ch01-02.md)
            - [Hello](ch01-02-hello.md)
        - [Not written yet]()

        # Reference

        - [Keywords](appendix.md)
        -- content/foreword.md --
        Some words.
        -- content/ch01-01.md --
        ## Install
        -- content/ch01-02.md --
        ## Steps
        -- content/ch01-02-hello.md --
        ## Hello, world
        -- content/appendix.md --
        # Appendix: Keywords
        -- content/stray.md --
        # Stray page
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.exists("SUMMARY.html")).isFalse();
    var nav = out.html("ch01-02-hello.html").select(".sidebar .nav > li");
    assertThat(nav.eachText()).startsWith("Home", "Foreword", "Getting started", "Installing It");
    assertThat(out.html("ch01-02-hello.html").select(".sidebar li a[aria-current=page]").text()).isEqualTo("Hello");
    assertThat(out.html("ch01-02-hello.html").select(".sidebar .nav-label").eachText()).contains("Getting started", "Reference", "Not written yet");
    // Pages take the outline's titles when they have no heading of their own; prev/next read the book in order.
    assertThat(out.html("ch01-01.html").select("main h1").text()).isEqualTo("Installing It");
    assertThat(out.html("appendix.html").select("main h1").text()).isEqualTo("Appendix: Keywords");
    assertThat(out.html("ch01-02.html").select(".prevnext a").eachAttr("href")).containsExactly("ch01-01.html", "ch01-02-hello.html");
    assertThat(out.html("ch01-02-hello.html").select(".prevnext a").eachAttr("href")).containsExactly("ch01-02.html", "appendix.html");
    assertThat(nav.eachText()).last().asString().isEqualTo("Stray page");
    assertThat(LinkCheck.broken(out.output())).isEmpty();
  }
}
