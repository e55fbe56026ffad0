package org.passage.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.DefaultSearch;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.testing.Browser;
import org.passage.testing.LinkCheck;
import org.passage.testing.PrintedWidth;

/**
 * Documentation nobody here wrote, built with no configuration at all: the Rust book (an mdBook)
 * and tldr-pages (7,425 pages in six flat folders). Both build; every link and anchor of the
 * output resolves from file://; every folder has an index.html; no page is over 64 KB. (Issue 12.)
 */
class CorporaIT {
  private static final Path CORPORA = corpora();

  @TempDir Path dir;

  @Test
  void theRustBookBuildsIntoASiteWhoseEveryLinkResolves() throws Exception {
    Path out = build(CORPORA.resolve("rust-book/src"));
    assertThat(Files.exists(out.resolve("index.html"))).isTrue();
    assertThat(Files.exists(out.resolve("SUMMARY.html"))).isFalse();
    assertThat(Files.readString(out.resolve("ch04-03-slices.html"))).contains("<title>The Slice Type");
    checkSite(out);
    // The print view holds the whole book, as mdBook's print.html does: every chapter, ids unique,
    // every link between chapters an anchor of the page.
    var print = org.jsoup.Jsoup.parse(Files.readString(out.resolve("print.html")));
    assertThat(print.select(".print-chapter")).hasSize(112);
    List<String> ids = print.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(print.select("main a[href^=#]").eachAttr("href")).isNotEmpty().allMatch(h -> ids.contains(h.substring(1)));
    // Printed, its code listings wrap rather than run off the page.
    try (Browser browser = Browser.start(dir.resolve("profile"))) {
      browser.open(out.resolve("print.html"));
      assertThat(PrintedWidth.clipped(browser, PrintedWidth.A4)).isEmpty();
    }
  }

  @Test
  void tldrPagesBuildIntoASiteThatGrowsLinearly() throws Exception {
    Path pages = CORPORA.resolve("tldr-en/pages");
    Path out = build(pages);
    checkSite(out);
    long markdown = bytes(pages, ".md");
    long html = bytes(out, ".html");
    System.out.printf("tldr-en: %,d bytes of Markdown, %,d bytes of HTML (%.1f×)%n", markdown, html, html / (double) markdown);
    assertThat(html).isLessThan(25 * markdown);
  }

  /** shared/corpora beside the checkout, however deep the checkout sits (a worktree is one level deeper). */
  /** -Dpassage.corpora=DIR, else the nearest shared/corpora above the checkout (CI lays it beside the clone). */
  private static Path corpora() {
    if (System.getProperty("passage.corpora") != null) {
      return Path.of(System.getProperty("passage.corpora")).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/corpora"))) {
        return dir.resolve("shared/corpora");
      }
    }
    throw new IllegalStateException("no shared/corpora above " + Path.of("").toAbsolutePath()
        + ": put the corpora (see their README) in a shared/ folder beside the checkout");
  }

  private Path build(Path content) throws Exception {
    Path out = dir.resolve("out");
    BuildConfig config = BuildConfig.of(dir, content, out);
    Passage.Result result = new Passage(config, Optional.of(DefaultSearch.indexer())).build();
    assertThat(result.pages()).isGreaterThan(100);
    return out;
  }

  private static void checkSite(Path out) throws IOException {
    assertThat(LinkCheck.brokenInside(out)).isEmpty();
    // Every folder of pages has its page (a folder of images only, such as img/, is not a section).
    List<Path> folders;
    try (Stream<Path> s = Files.walk(out)) {
      folders = s.filter(p -> p.toString().endsWith(".html")).map(Path::getParent).distinct().toList();
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(1).allMatch(d -> Files.exists(d.resolve("index.html")), "has an index.html");
    try (Stream<Path> s = Files.walk(out)) {
      // The print view is the one page that holds the whole site, by design.
      assertThat(s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("print.html")).filter(p -> p.toFile().length() > 64 * 1024).toList()).isEmpty();
    }
  }

  private static long bytes(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
