package org.passage.guide;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.Browser;

/** The built guide and one headless Chromium for a test class, closed after its last test. */
abstract class GuideInBrowser {
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
}
