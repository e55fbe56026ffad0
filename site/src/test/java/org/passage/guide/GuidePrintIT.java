package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passage.testing.PrintedWidth;

/**
 * The guide's print views, printed by Chromium as a reader prints them: the whole guide
 * ({@code en/print.html}) and each step of Section 2 with its tools. Each holds one chapter per page
 * it should contain, its PDF (A4 and Letter) has every heading in its outline and at least a page
 * per chapter, and no table or code block is wider than the printed page.
 */
class GuidePrintIT extends GuideInBrowser {
  static final List<String> STEPS = List.of("step-1-kick-off", "step-2-prioritise", "step-3-implementation", "step-4-monitoring-and-reporting");

  /** A print view and the content folder of the pages it must hold. */
  record View(String sitePath, Path folder, String rootTitle) {}

  static List<View> views() throws Exception {
    List<View> views = new ArrayList<>();
    views.add(new View("en/print.html", GuideSite.REPO.resolve("content/en"), "Migration and the 2030 Agenda"));
    for (String step : STEPS) {
      String title = Jsoup.parse(site.resolve("en/process/" + step + "/index.html").toFile()).selectFirst("main h1").text();
      views.add(new View("en/process/" + step + "/print.html", GuideSite.REPO.resolve("content/en/process/" + step), title));
    }
    return views;
  }

  /** The titles the view's chapters must have: each page's own heading, the view's title for its root page. */
  static List<String> expectedTitles(View view) throws Exception {
    List<String> titles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(view.folder())) {
      for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        if (Files.readString(md).matches("(?s)---\\n.*?\\ndraft: true\\n.*?---\\n.*")) {
          continue;
        }
        String rel = GuideSite.REPO.resolve("content").relativize(md).toString();
        if (md.getParent().equals(view.folder()) && md.getFileName().toString().equals("index.md")) {
          titles.add(view.rootTitle());
          continue;
        }
        Path page = site.resolve(rel.replaceAll("\\.md$", ".html"));
        titles.add(Jsoup.parse(page.toFile()).selectFirst("main h1").text());
      }
    }
    return titles;
  }

  @Test
  void eachViewHoldsOneChapterPerPageWithUniqueIdsAndLinksThatStayOnIt() throws Exception {
    for (View view : views()) {
      Document doc = Jsoup.parse(site.resolve(view.sitePath()).toFile());
      List<String> chapters = doc.select(".print-chapter > .print-title").eachText();
      List<String> expected = expectedTitles(view);
      assertThat(chapters).as(view.sitePath()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(chapters.get(0)).isEqualTo(view.rootTitle());
      List<String> ids = doc.select("[id]").eachAttr("id");
      assertThat(ids).as(view.sitePath()).doesNotHaveDuplicates();
      assertThat(doc.select("main a[href^=#]").eachAttr("href")).as(view.sitePath()).allMatch(h -> ids.contains(h.substring(1)));
      // One h1, and no heading more than one level below the one before it.
      assertThat(doc.select("main h1")).hasSize(1);
    }
    // Links from a step to its own tools are links inside the print view.
    Document step1 = Jsoup.parse(site.resolve("en/process/step-1-kick-off/print.html").toFile());
    assertThat(step1.select("#top a").eachAttr("href")).contains("#tool-stakeholder-mapping");
    assertThat(Files.exists(site.resolve("fr/process/step-1-kick-off/print.html"))).isTrue();
  }

  @Test
  void eachViewPrintsToAPdfWithEveryHeadingInItsOutlineOnA4AndLetter() throws Exception {
    for (View view : views()) {
      browser.open(site.resolve(view.sitePath()));
      int chapters = ((Number) browser.js("return document.querySelectorAll('.print-chapter').length")).intValue();
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      // The headings a printed copy shows (those in parts hidden by the print stylesheet are not printed).
      @SuppressWarnings("unchecked")
      List<String> headings = (List<String>) browser.js(
          "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(h => h.getClientRects().length > 0).map(h => h.textContent.replace(/\\s+/g, ''))");
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      for (double[] paper : List.of(new double[] {8.27, 11.69}, new double[] {8.5, 11})) {
        Pdf pdf = print(paper[0], paper[1]);
        String what = view.sitePath() + " on " + (paper[0] == 8.5 ? "Letter" : "A4");
        assertThat(pdf.outline()).as(what + ": the PDF's outline holds the printed headings").hasSameSizeAs(headings);
        assertThat(pdf.outline()).as(what).containsAll(headings.stream().filter(h -> !h.isEmpty()).toList());
        // Every chapter starts a page; a chapter is a few pages at most.
        assertThat(pdf.pages()).as(what + ": pages").isBetween(chapters, chapters * 12);
      }
    }
  }

  @Test
  void noTableOrCodeBlockIsWiderThanAPrintedPage() throws Exception {
    for (View view : views()) {
      browser.open(site.resolve(view.sitePath()));
      assertThat(((Number) browser.js("return document.querySelectorAll('main table').length")).intValue()).as(view.sitePath()).isPositive();
      for (int width : List.of(PrintedWidth.A4, PrintedWidth.LETTER)) {
        assertThat(PrintedWidth.clipped(browser, width)).as(view.sitePath() + " at " + width + " px").isEmpty();
      }
    }
  }

  /** A printed PDF: its page count and the titles of its outline (the headings it bookmarks), without white space. */
  record Pdf(int pages, List<String> outline) {}

  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
  private static final Pattern TITLE = Pattern.compile("/Title\\s*(\\((?:[^\\\\)]|\\\\.)*\\)|<[0-9A-Fa-f]+>)");

  /** Prints the open page through the DevTools protocol (what page.pdf() does), with the document outline. */
  private static Pdf print(double width, double height) {
    Map<String, Object> result = browser.driver.executeCdpCommand("Page.printToPDF", Map.of(
        "paperWidth", width, "paperHeight", height, "displayHeaderFooter", false, "generateDocumentOutline", true, "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) result.get("data"));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    int pages = (int) PAGE.matcher(text).results().count();
    List<String> titles = new ArrayList<>();
    Matcher m = TITLE.matcher(text);
    while (m.find()) {
      titles.add(pdfString(m.group(1)));
    }
    // The first /Title is the document's (its <title>); the others are the outline's entries.
    assertThat(titles).isNotEmpty();
    // Compared without white space: an outline entry loses the space where its heading wrapped.
    return new Pdf(pages, titles.subList(1, titles.size()).stream().map(t -> t.replaceAll("\\s+", "")).toList());
  }

  /** A PDF string: (literal) with backslash escapes, or <hex> UTF-16 with a byte-order mark. */
  private static String pdfString(String s) {
    if (s.startsWith("<")) {
      byte[] b = new byte[(s.length() - 2) / 2];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) Integer.parseInt(s.substring(1 + 2 * i, 3 + 2 * i), 16);
      }
      return new String(b, StandardCharsets.UTF_16);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() - 1) {
        char n = s.charAt(++i);
        out.append(switch (n) {
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
