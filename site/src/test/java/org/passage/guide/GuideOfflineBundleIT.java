package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passage.testing.Browser;

/**
 * The workshop bundle as a facilitator hands it out: {@code mvn package} wrote
 * {@code target/passage-guide-offline.zip}; unzipped onto a "stick" (a temporary folder), its
 * {@code index.html} opens from disk in Chromium with the network cut off, and navigation, the
 * case-study filters and search all work without one request leaving the stick.
 */
class GuideOfflineBundleIT {
  static final Path ZIP = GuideSite.BUNDLE;

  @TempDir static Path dir;
  static Path stick;
  static Browser browser;

  @BeforeAll
  static void unzipAndStart() throws Exception {
    assertThat(ZIP).as("the offline bundle written by mvn package").isRegularFile();
    stick = Files.createDirectories(dir.resolve("stick"));
    GuideSite.unzip(ZIP, stick);
    browser = Browser.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theBundleIsTheWholeBuiltSiteWithIndexHtmlAtItsRoot() throws Exception {
    Path site = GuideSite.built();
    List<String> built = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).filter(n -> !n.equals(".passage-site")).forEach(built::add);
    }
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      zip.stream().map(ZipEntry::getName).forEach(zipped::add);
    }
    assertThat(zipped).contains("index.html", "en/index.html", "en/print.html", "en/case-studies/index.html").isSorted();
    assertThat(zipped).containsExactlyInAnyOrderElementsOf(built);
  }

  @Test
  void openedFromTheStickNavigationFiltersAndSearchWorkWithNoRequestLeavingFileUrls() {
    browser.requestedUrls(); // start counting from here
    // Double-click on index.html: the language chooser leads to the English home page.
    browser.open(stick.resolve("index.html"));
    browser.wait.until(ExpectedConditions.urlContains("/en/index.html"));

    // Navigation: the sidebar to the case studies, then a case study and back.
    browser.driver.findElement(By.cssSelector("nav.sidebar a[href$='case-studies/index.html']")).click();
    browser.wait.until(ExpectedConditions.urlContains("/en/case-studies/index.html"));

    // Filters: the case-study browser narrows to one country.
    int all = visibleCards();
    assertThat(all).isGreaterThanOrEqualTo(30);
    new Select(browser.driver.findElement(By.cssSelector("select[data-filter=country]"))).selectByValue("NPL");
    browser.wait.until(d -> visibleCards() < all);
    assertThat(visibleCards()).isBetween(1, 5);
    WebElement card = browser.driver.findElements(By.cssSelector("#cs-list > li")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
    WebElement link = card.findElement(By.cssSelector("a"));
    browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
    link.click();
    browser.wait.until(d -> !d.getCurrentUrl().contains("case-studies/index.html"));
    assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isNotBlank();

    // The case study's print view (the whole guide, at its chapter), and back.
    String caseStudy = browser.driver.getCurrentUrl();
    browser.driver.findElement(By.cssSelector("a.print-link")).click();
    browser.wait.until(ExpectedConditions.urlContains("print.html"));
    browser.driver.navigate().back();
    browser.wait.until(ExpectedConditions.urlToBe(caseStudy));

    // Search from the header: the shards load from the stick, the hit opens.
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.sendKeys("remittance costs");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-popup [role=option]")).isEmpty());
    String before = browser.driver.getCurrentUrl();
    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    browser.wait.until(d -> !d.getCurrentUrl().equals(before));
    assertThat(browser.driver.getCurrentUrl()).startsWith(stick.toUri().toString());

    // The results page with its facets.
    browser.driver.get(stick.resolve("en/search.html").toUri() + "?q=remittances");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-result a")).isEmpty());
    browser.driver.findElement(By.id("facet-collection-case-studies")).click();
    browser.wait.until(d -> d.findElements(By.cssSelector("#search-page .search-result a")).stream().allMatch(a -> a.getAttribute("href").contains("/case-studies/")));

    List<String> requests = browser.requestedUrls();
    assertThat(requests).as("requests made").hasSizeGreaterThan(20);
    // blob: (the search worker) and data: never leave the machine either; anything else would.
    List<String> leaving = requests.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("blob:") && !u.startsWith("data:")).toList();
    assertThat(leaving).as("requests leaving file:").isEmpty();
    assertThat(requests).allMatch(u -> !u.startsWith("file:") || u.startsWith(stick.toUri().toString()), "every file: request stays on the stick");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static int visibleCards() {
    return ((Number) browser.js("return [...document.querySelectorAll('#cs-list > li')].filter(li => !li.hidden && li.offsetParent !== null).length")).intValue();
  }
}
