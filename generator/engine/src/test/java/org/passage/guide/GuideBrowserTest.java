package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passage.DefaultSearch;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.testing.Browser;

/**
 * The built guide in headless Chromium, opened from disk (file://) with the network cut off, as
 * a workshop participant opens it from a USB stick.
 */
class GuideBrowserTest {
  private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  @TempDir static Path dir;
  static Path site;
  static Browser browser;

  @BeforeAll
  static void buildAndStart() throws Exception {
    site = dir.resolve("site");
    BuildConfig config = BuildConfig.of(REPO, REPO.resolve("content"), site).withThemesDir(REPO.resolve("themes"));
    new Passage(config, Optional.ofNullable(DefaultSearch.indexer())).build();
    browser = Browser.startOrSkip(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static int visibleCards() {
    return ((Number) browser.js("return [...document.querySelectorAll('#cs-list > li')].filter(li => !li.hidden && li.offsetParent !== null).length")).intValue();
  }

  @Test
  void theCaseStudyBrowserFiltersOfflineAndAnnouncesTheCount() {
    browser.open(site.resolve("en/case-studies/index.html"));
    int all = visibleCards();
    assertThat(all).isGreaterThanOrEqualTo(30);

    new Select(browser.driver.findElement(By.cssSelector("select[data-filter=country]"))).selectByValue("NPL");
    browser.wait.until(d -> visibleCards() < all);
    int nepal = visibleCards();
    assertThat(nepal).isBetween(1, 5);
    for (WebElement card : browser.driver.findElements(By.cssSelector("#cs-list > li"))) {
      if (card.isDisplayed()) {
        assertThat(card.getAttribute("data-countries")).contains("NPL");
      }
    }
    assertThat(browser.driver.findElement(By.id("cs-status")).getText()).contains(String.valueOf(nepal));
    assertThat(browser.driver.getCurrentUrl()).endsWith("#country=NPL");

    // The state lives in the fragment, so term pages and matrix cells can link to a filtered view.
    browser.open(site.resolve("en/case-studies/index.html"));
    browser.driver.get(site.resolve("en/case-studies/index.html").toUri() + "#target=10.7");
    browser.driver.navigate().refresh();
    browser.wait.until(d -> visibleCards() < all);
    for (WebElement card : browser.driver.findElements(By.cssSelector("#cs-list > li"))) {
      if (card.isDisplayed()) {
        assertThat(card.getAttribute("data-targets")).contains("10.7");
      }
    }
    assertThat(browser.requestedUrls()).isNotEmpty().allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:"));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void pagesOpenFromDiskWithNothingLoadedFromElsewhere() {
    browser.open(site.resolve("index.html"));
    browser.wait.until(ExpectedConditions.titleContains("Migration and the 2030 Agenda"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/en/index.html");
    browser.driver.findElement(By.cssSelector("nav.sidebar a[href$='sdgs/index.html']")).click();
    browser.wait.until(ExpectedConditions.urlContains("/en/sdgs/index.html"));
    browser.driver.findElement(By.cssSelector("nav.sidebar a[href$='goal-10.html']")).click();
    browser.wait.until(ExpectedConditions.urlContains("goal-10.html"));
    assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Goal 10: Reduced inequalities");
    assertThat(browser.requestedUrls()).isNotEmpty().allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:"));
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
