package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.passage.testing.Browser;

/**
 * Search per language in the built guide, opened from disk (file://) with the network cut off: a
 * query typed on a French page searches the French index with the French analysis (elision, light
 * stemming), and only French pages come back; Spanish likewise. English pages never load another
 * language's analysis.
 */
class GuideSearchPerLanguageIT {
  @TempDir static Path dir;
  static Path site;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    site = GuideSite.built();
    browser = Browser.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void eachLanguagesIndexShipsItsOwnAnalysis() throws Exception {
    for (String lang : List.of("fr", "es")) {
      String entry = Files.readString(site.resolve("search/" + lang + "/index.js"));
      assertThat(entry).contains("\"lang\":\"" + lang + "\"").contains(lang.equals("fr") ? "french-light" : "spanish-light");
      try (Stream<Path> files = Files.list(site.resolve("search/" + lang))) {
        assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.matches("analysis-[0-9a-f]{12}\\.js"));
      }
    }
    // English's analysis is built into the client: its entry names none
    assertThat(Files.readString(site.resolve("search/en/index.js"))).contains("\"stemmer\":\"porter\"").doesNotContain("\"analysis\"");
  }

  @Test
  void aFrenchQueryOnAFrenchPageFindsFrenchPagesWithTheFrenchAnalysis() {
    List<String> hits = type("fr", "l'intégration des migrants");
    assertThat(hits).isNotEmpty().allMatch(h -> h.contains("/fr/"), "only French pages");
    // elision and light stemming: l'intégration finds what intégration finds, migrants what migrant finds
    assertThat(type("fr", "l'intégration")).isNotEmpty().isEqualTo(type("fr", "intégration"));
    assertThat(type("fr", "migrants ")).isNotEmpty().isEqualTo(type("fr", "migrant "));
    assertLoadedOnly("fr");
  }

  @Test
  void aSpanishQueryOnASpanishPageFindsSpanishPages() {
    List<String> hits = type("es", "la integración de los migrantes");
    assertThat(hits).isNotEmpty().allMatch(h -> h.contains("/es/"), "only Spanish pages");
    assertThat(type("es", "remesas")).isNotEmpty().allMatch(h -> h.contains("/es/"));
    assertLoadedOnly("es");
  }

  /**
   * Opens the language's home page and types the query in the header's box; returns the links of
   * the hits it shows once they are those of the whole query (the box searches as one types).
   */
  private static List<String> type(String lang, String query) {
    browser.requestedUrls(); // count from here
    browser.open(site.resolve(lang + "/index.html"));
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.sendKeys(query);
    Object want = ((JavascriptExecutor) browser.driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "Passage.search(arguments[0], {limit: 6, facets: false, group: true}).then(r => done(r.pages.flatMap("
        + "p => [p.url].concat(p.sections.map(x => x.url))).map(u => new URL(u, location.href).href)),"
        + " e => done('error: ' + e.message));", query); // what the box asks for: pages, their best sections
    assertThat(want).as("the page's own search").isInstanceOf(List.class);
    browser.wait.until(d -> shown().equals(want));
    return shown();
  }

  @SuppressWarnings("unchecked")
  private static List<String> shown() {
    return (List<String>) browser.js("return [...document.querySelectorAll('#search-popup [role=option] a')].map(a => a.href)");
  }

  /** Every request stayed on disk, under the site; the language's index and analysis loaded, no other language's. */
  private static void assertLoadedOnly(String lang) {
    List<String> requests = browser.requestedUrls();
    assertThat(requests.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:")))
        .as("requests leaving file:").isEmpty();
    assertThat(requests).anyMatch(u -> u.contains("/search/" + lang + "/analysis-"))
        .anyMatch(u -> u.contains("/search/" + lang + "/index.js"))
        .noneMatch(u -> u.contains("/search/en/"));
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
