package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passage.testing.NpmTools;
import org.passage.testing.StaticServer;

/**
 * The quality gates on the built guide: the Nu Html Checker over every page, axe-core (WCAG 2.1
 * A and AA) on one page of every kind in light and dark, no horizontal scroll at a phone's width,
 * and the site served over a loopback web server as well as from disk. The checkers come from npm
 * at test time; none of them is shipped in the site.
 */
class GuideQualityIT extends GuideInBrowser {
  /** One page of every kind the guide has, but the not-found page: a web server shows it, so it is checked over HTTP. */
  static final List<String> KINDS = List.of(
      "en/index.html", "en/about.html", "en/introduction/index.html", "en/sdgs/goal-10.html",
      "en/goals/10.html", "en/objectives/1.html", "en/targets/10.7.html", "en/countries/arm.html",
      "en/actors/academia.html", "en/themes/climate-and-disasters.html", "en/case-studies/index.html",
      "en/case-studies/armenia-migration-sdg-targets.html", "en/process/step-1-kick-off/index.html",
      "en/process/step-1-kick-off/tool-terms-of-reference-template.html", "en/annexes/indicator-bank.html",
      "en/glossary.html", "en/search.html", "fr/index.html", "es/case-studies/index.html",
      "en/process/step-1-kick-off/print.html");

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path vnu = NpmTools.file("vnu-jar/build/dist/vnu.jar", "vnu-jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-jar", vnu.toString(), "--errors-only", "--skip-non-html", "--format", "text", site.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(out.lines().filter(l -> l.contains("error:")).limit(20).toList()).as("vnu errors").isEmpty();
    assertThat(p.exitValue()).as("vnu exit status, output:\n" + out).isZero();
  }

  @Test
  void everyKindOfPagePassesAxeInLightAndDark() throws Exception {
    String axe = Files.readString(NpmTools.file("axe-core/axe.min.js", "axe-core"));
    List<String> violations = new ArrayList<>();
    // Over HTTP: axe reads stylesheets with XMLHttpRequest, which file: pages may not do.
    try (StaticServer server = new StaticServer(site)) {
      for (String scheme : List.of("light", "dark")) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (String kind : KINDS) {
          assertThat(site.resolve(kind)).isRegularFile();
          browser.driver.get(server.url() + kind);
          violations.addAll(axe(axe, scheme + " " + kind));
        }
        browser.driver.get(server.url() + "en/no/such/page.html");
        violations.addAll(axe(axe, scheme + " 404.html"));
      }
    }
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    assertThat(violations).isEmpty();
  }

  private static List<String> axe(String source, String label) {
    // An unstyled page would pass or fail contrast checks for the wrong reasons.
    assertThat(browser.consoleErrors()).as("%s loads everything it links", label).allMatch(e -> e.contains("404"));
    browser.js(source);
    Object result = browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].html.slice(0, 140))), e => done(['axe failed: ' + e]));");
    return ((List<?>) result).stream().map(v -> label + ": " + v).toList();
  }

  @Test
  void noKindOfPageScrollsSidewaysOnAPhone() {
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      List<String> wide = new ArrayList<>();
      for (String kind : KINDS) {
        browser.open(site.resolve(kind));
        long scroll = ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) browser.js("return document.documentElement.clientWidth")).longValue();
        if (scroll > width) {
          wide.add(kind + ": " + scroll + " px wide in a " + width + " px window");
        }
      }
      assertThat(wide).isEmpty();
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void servedOverHttpNavigationSearchAndTheNotFoundPageWork() throws Exception {
    try (StaticServer server = new StaticServer(site)) {
      browser.driver.get(server.url());
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/en/index.html"));
      browser.driver.findElement(By.cssSelector("nav.sidebar a[href$='case-studies/index.html']")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/en/case-studies/index.html"));
      assertThat(browser.driver.findElements(By.cssSelector("#cs-list > li"))).hasSizeGreaterThan(30);

      browser.driver.get(server.url() + "en/search.html?q=remittances");
      browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-result a")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector("#search-page .search-result a")).getAttribute("href")).startsWith(server.url() + "en/");

      // A missing address, deep down: the not-found page still finds its stylesheet and the home page.
      browser.driver.get(server.url() + "en/no/such/page.html");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
      assertThat((Boolean) browser.js("return [...document.styleSheets].some(s => s.href && s.cssRules.length > 0)")).as("stylesheet loaded").isTrue();
      String home = browser.driver.findElement(By.cssSelector("main a[href]")).getAttribute("href");
      assertThat(home).startsWith(server.url());
      assertThat(browser.consoleErrors()).allMatch(e -> e.contains("404"), "only the missing page's own status");
    }
  }
}
