package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.passage.DefaultSearch;
import org.passage.Passage;
import org.passage.testing.Browser;
import org.passage.testing.TestSite;

/**
 * Builds pages from a file of known script-injection payloads, in both HTML modes, and opens them
 * in Chromium: no dialog may open, and no event handler or script URL may be in the output.
 * (Issue 11, "Scripts in readers' browsers".)
 */
class PayloadBrowserIT {
  private static final Path PAYLOADS = Path.of("src/test/resources/security/payloads.md");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "cite", "longdesc", "srcdoc");

  @TempDir static Path dir;
  static List<Path> sites = new ArrayList<>();
  static Browser browser;

  @BeforeAll
  static void buildBothModesAndStart() throws Exception {
    for (String mode : List.of("escape", "sanitize")) {
      Path root = dir.resolve(mode);
      var site = TestSite.write(root, """
          -- content/site.yml --
          title: "Site </title><script>alert('site-title')</script>"
          description: "\\"><svg onload=alert('site-description')>"
          markdown:
            html: %s
            abbreviations: {data: glossary, key: abbr, title: term}
          -- content/data/glossary.yml --
          - abbr: GCM
            term: "Global Compact\\" onmouseover=\\"alert('abbr')\\" <script>alert('abbr-script')</script>"
          -- content/index.md --
          # Home <b onmouseover=alert('home')>

          See the [payloads](payloads.md).
          -- content/x.png --
          png
          """.formatted(mode));
      Files.copy(PAYLOADS, root.resolve("content/payloads.md"));
      Passage.Result result = new Passage(site.config(), Optional.of(DefaultSearch.indexer())).build();
      assertThat(result.pages()).as(mode).isEqualTo(2);
      sites.add(site.output());
    }
    browser = Browser.start(dir.resolve("profile"));
    // Every window and frame records dialogs instead of showing them (a shown one would also be caught below).
    browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
        (function () {
          var top = window.top;
          ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
            window[name] = function (message) { (top.__dialogs = top.__dialogs || []).push(name + ': ' + message); };
          });
        })();
        """));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theOutputHoldsNoEventHandlerScriptUrlOrInlineScript() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path site : sites) {
      for (Path page : htmlPages(site)) {
        String where = site.getParent().getFileName() + "/" + site.relativize(page);
        for (Element el : Jsoup.parse(Files.readString(page)).getAllElements()) {
          for (Attribute a : el.attributes()) {
            String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("on")) {
              found.add(where + ": <" + el.tagName() + " " + name + ">");
            }
            if (URL_ATTRIBUTES.contains(name) && UrlPolicy.refusal(a.getValue(), el.tagName().equals("img")).isPresent()) {
              found.add(where + ": <" + el.tagName() + " " + name + "=\"" + a.getValue() + "\">");
            }
            if (name.equals("srcset") && a.getValue().toLowerCase(java.util.Locale.ROOT).contains("script:")) {
              found.add(where + ": <" + el.tagName() + " srcset>");
            }
            if (name.equals("style") && !el.tagName().equals("html")) {
              found.add(where + ": <" + el.tagName() + " style>");
            }
          }
          switch (el.tagName()) {
            case "script" -> {
              if (!el.hasAttr("src") || !el.data().isBlank()) {
                found.add(where + ": inline <script>");
              }
            }
            case "iframe", "object", "embed", "frame", "applet", "style" -> found.add(where + ": <" + el.tagName() + ">");
            case "meta" -> {
              if (el.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add(where + ": <meta http-equiv=refresh>");
              }
            }
            case "base" -> found.add(where + ": <base>");
            default -> {}
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noDialogOpensOnAnyPageNorFromSearch() throws Exception {
    List<String> dialogs = new ArrayList<>();
    for (Path site : sites) {
      for (Path page : htmlPages(site)) {
        browser.open(page);
        browser.wait.until(d -> "complete".equals(browser.js("return document.readyState")));
        // Fire what inline handlers wait for, on everything but links (whose default is to navigate).
        browser.js("""
            for (const el of document.querySelectorAll('*:not(a)')) {
              for (const type of ['click', 'mouseover', 'focus', 'error', 'load', 'toggle']) {
                el.dispatchEvent(new Event(type));
              }
            }
            """);
        dialogs.addAll(recorded(site.relativize(page).toString()));
      }
      for (String query : List.of("alert", "onerror script", "javascript")) {
        browser.driver.get(site.resolve("search.html").toUri() + "?q=" + query.replace(" ", "+"));
        browser.wait.until(d -> !d.findElements(By.cssSelector("#search-page .search-summary")).isEmpty()
            && !d.findElement(By.cssSelector("#search-page .search-summary")).getText().isBlank());
        dialogs.addAll(recorded("search.html?q=" + query));
        browser.open(site.resolve("payloads.html"));
        var input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        browser.wait.until(d -> !d.findElement(By.id("search-status")).getAttribute("textContent").isBlank());
        dialogs.addAll(recorded("search box: " + query));
      }
    }
    assertThat(dialogs).isEmpty();
    assertThat(browser.requestedUrls()).allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:"));
  }

  private static List<String> recorded(String where) {
    List<String> out = new ArrayList<>();
    try {
      String shown = browser.driver.switchTo().alert().getText();
      out.add(where + ": dialog shown: " + shown);
      browser.driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException e) {
      // none: as it should be
    }
    Object log = browser.js("return window.__dialogs || []");
    if (log instanceof List<?> list) {
      list.forEach(d -> out.add(where + ": " + d));
    }
    return out;
  }

  private static List<Path> htmlPages(Path site) throws Exception {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
