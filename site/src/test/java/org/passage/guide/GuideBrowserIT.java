package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The built guide in headless Chromium, opened from disk (file://) with the network cut off, as
 * a workshop participant opens it from a USB stick.
 */
class GuideBrowserIT extends GuideInBrowser {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

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
  void searchAsYouTypeFromTheHeaderOpensTheHitAtItsHeading() {
    browser.open(site.resolve("en/about.html"));
    browser.driver.findElement(By.tagName("body")).sendKeys("/");
    WebElement input = browser.driver.switchTo().activeElement();
    assertThat(input.getAttribute("id")).isEqualTo("search-input");
    input.sendKeys("remittance costs");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-popup [role=option]")).isEmpty());
    List<WebElement> options = browser.driver.findElements(By.cssSelector("#search-popup [role=option]"));
    assertThat(options.get(0).getText()).isNotBlank();
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
    browser.wait.until(d -> !d.findElement(By.id("search-status")).getAttribute("textContent").isBlank());

    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
    // The keys walk the options in order; Enter on the first section hit opens its page at that heading.
    int section = 0;
    while (!options.get(section).getAttribute("class").contains("search-option-section")) {
      section++;
      assertThat(section).as("a section hit among the options").isLessThan(options.size());
      input.sendKeys(Keys.ARROW_DOWN);
    }
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(section).getAttribute("id"));
    String target = options.get(section).findElement(By.tagName("a")).getAttribute("href");
    assertThat(target).contains("#");
    String before = browser.driver.getCurrentUrl();
    input.sendKeys(Keys.ENTER);
    browser.wait.until(d -> !d.getCurrentUrl().equals(before));
    String url = browser.driver.getCurrentUrl();
    assertThat(url).startsWith("file:").isEqualTo(target);
    String id = url.substring(url.indexOf('#') + 1);
    assertThat(browser.driver.findElements(By.id(id))).as("heading #%s", id).hasSize(1);
    assertThat(browser.driver.findElement(By.id(id)).getTagName()).matches("h[2-6]");
    assertThat(browser.requestedUrls()).allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:"));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** Issue 15: a page appears once, its best sections (at most three) under it, in the header box and on the results page. */
  @Test
  void eachPageShowsOnceWithItsSectionsUnderIt() {
    browser.open(site.resolve("en/about.html"));
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.sendKeys("remittance costs");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-popup [role=option]")).isEmpty());
    List<String> pageLinks = new java.util.ArrayList<>();
    String page = null;
    int nested = 0;
    for (WebElement option : browser.driver.findElements(By.cssSelector("#search-popup [role=option]"))) {
      String href = option.findElement(By.tagName("a")).getAttribute("href");
      if (option.getAttribute("class").contains("search-option-section")) {
        assertThat(page).as("a section follows its page").isNotNull();
        assertThat(href).startsWith(page + "#");
        nested++;
      } else {
        assertThat(href).doesNotContain("#");
        page = href;
        pageLinks.add(href);
      }
    }
    assertThat(pageLinks).isNotEmpty().doesNotHaveDuplicates();
    assertThat(nested).isPositive();

    browser.driver.get(site.resolve("en/search.html").toUri() + "?q=remittance%20costs");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-result")).isEmpty());
    List<String> pages = new java.util.ArrayList<>();
    int sections = 0;
    for (WebElement result : browser.driver.findElements(By.cssSelector("#search-page .search-result"))) {
      String href = result.findElement(By.cssSelector(":scope > a")).getAttribute("href");
      pages.add(href);
      List<WebElement> under = result.findElements(By.cssSelector(".search-result-sections a"));
      assertThat(under.size()).isLessThanOrEqualTo(3);
      for (WebElement a : under) {
        assertThat(a.getAttribute("href")).startsWith(href + "#");
      }
      sections += under.size();
    }
    assertThat(pages).isNotEmpty().doesNotHaveDuplicates();
    assertThat(sections).isPositive();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** The search page speaks the page's language: its count, its "more" button and its hint. */
  @Test
  void theFrenchAndSpanishResultsPagesSpeakTheirLanguage() {
    Map<String, List<String>> expected = Map.of("fr", List.of("résultats pour", "Plus de résultats", "Saisissez des mots"),
        "es", List.of("resultados para", "Más resultados", "Escriba palabras"));
    expected.forEach((lang, words) -> {
      browser.driver.get(site.resolve(lang + "/search.html").toUri() + "?q=migration");
      browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-result")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector("#search-page .search-summary")).getText()).as(lang).contains(words.get(0)).contains("migration");
      assertThat(browser.driver.findElement(By.cssSelector("#search-page .search-more")).getAttribute("textContent")).as(lang).isEqualTo(words.get(1));
      browser.driver.get(site.resolve(lang + "/search.html").toUri().toString());
      browser.wait.until(d -> !d.findElement(By.cssSelector("#search-page .search-summary")).getText().isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector("#search-page .search-summary")).getText()).as(lang).startsWith(words.get(2));
    });
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theResultsPageFiltersByFacetAndOpensASectionHit() {
    browser.driver.get(site.resolve("en/search.html").toUri() + "?q=remittances");
    browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-result a")).isEmpty());
    String summary = browser.driver.findElement(By.cssSelector("#search-page .search-summary")).getText();
    assertThat(summary).contains("remittances");
    int total = Integer.parseInt(summary.replaceAll("^\\D*(\\d+).*$", "$1"));
    assertThat(total).isGreaterThan(3);

    WebElement caseStudies = browser.driver.findElement(By.id("facet-collection-case-studies"));
    String count = browser.driver.findElement(By.cssSelector("label[for=facet-collection-case-studies] .search-facet-count")).getText();
    int expected = Integer.parseInt(count.replaceAll("\\D", ""));
    caseStudies.click();
    browser.wait.until(d -> d.findElement(By.cssSelector("#search-page .search-summary")).getText().startsWith(expected + " "));
    List<WebElement> hits = browser.driver.findElements(By.cssSelector("#search-page .search-result a"));
    assertThat(hits).isNotEmpty().allMatch(a -> a.getAttribute("href").contains("/en/case-studies/"));

    WebElement sectionHit = hits.stream().filter(a -> a.getAttribute("href").contains("#")).findFirst().orElseThrow();
    String href = sectionHit.getAttribute("href");
    sectionHit.click();
    browser.wait.until(d -> d.getCurrentUrl().equals(href));
    String id = href.substring(href.indexOf('#') + 1);
    WebElement heading = browser.driver.findElement(By.id(id));
    assertThat(heading.getTagName()).isEqualTo("h2");
    // Scrolling may be smooth: wait until the heading is on screen.
    browser.wait.until(d -> (Boolean) browser.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight / 2;", heading));
    assertThat(browser.requestedUrls()).allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:"));
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
