package org.passage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.passage.testing.Browser;
import org.passage.testing.TestSite;

/**
 * The preview in Chromium: a save reloads the tabs showing the edited page and leaves the others
 * alone, keeps the scroll position, and a broken save shows the problem with its source lines.
 */
class LivePreviewBrowserIT {
  @TempDir Path dir;
  private Thread preview;
  private Browser browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (preview != null) {
      preview.interrupt();
    }
  }

  @Test
  void aSaveReloadsOnlyTheTabsShowingTheEditedPage() throws Exception {
    StringBuilder longPage = new StringBuilder("# A\n\n");
    for (int i = 1; i <= 80; i++) {
      longPage.append("Paragraph ").append(i).append(" of page A.\n\n");
    }
    var site = TestSite.write(dir, "-- content/index.md --\n# Home\n\nSee [a](a.md) and [b](b.md).\n-- content/a.md --\n" + longPage + "-- content/b.md --\n# B\n\nBee.\n");
    List<String> log = new CopyOnWriteArrayList<>();
    preview = new Thread(() -> {
      try {
        new LivePreview(site.config(), Optional.empty(), log::add).run(0);
      } catch (Exception e) {
        log.add("stopped: " + e);
      }
    });
    preview.setDaemon(true);
    preview.start();
    String base = null;
    for (int i = 0; i < 300 && base == null; i++) {
      base = log.stream().filter(l -> l.contains("preview on ")).map(l -> l.replaceAll(".*preview on (\\S+).*", "$1")).findFirst().orElse(null);
      Thread.sleep(50);
    }
    assertThat(base).as("preview started: %s", log).isNotNull();

    browser = Browser.start(dir.resolve("profile"));
    String tabA = browser.driver.getWindowHandle();
    browser.driver.get(base + "a.html");
    browser.js("window.scrollTo(0, 600); window.passageMark = 'A';");
    browser.driver.switchTo().newWindow(WindowType.TAB);
    String tabB = browser.driver.getWindowHandle();
    browser.driver.get(base + "b.html");
    browser.js("window.passageMark = 'B';");
    Thread.sleep(300); // both event streams are open

    Files.writeString(site.root().resolve("content/a.md"), longPage + "Added at the end.\n");
    browser.driver.switchTo().window(tabA);
    browser.wait.until(d -> browser.js("return window.passageMark") == null && d.getPageSource().contains("Added at the end."));
    browser.wait.until(d -> ((Number) browser.js("return window.scrollY")).intValue() > 500);
    browser.driver.switchTo().window(tabB);
    assertThat(browser.js("return window.passageMark")).as("the other tab did not reload").isEqualTo("B");

    browser.driver.switchTo().window(tabA);
    Files.writeString(site.root().resolve("content/a.md"), "# A\n\nNow with a [broken link](gone.md).\n");
    browser.wait.until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
    String overlay = browser.driver.findElement(By.cssSelector("[role=alert]")).getText();
    assertThat(overlay).contains("content/a.md:3:12: error: link to missing page").contains("3 | Now with a [broken link](gone.md).");
    assertThat(browser.driver.getPageSource()).contains("Added at the end."); // still the last good build

    Files.writeString(site.root().resolve("content/a.md"), "# A\n\nFixed.\n");
    browser.wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty() && d.getPageSource().contains("Fixed."));
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
