package org.passage.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with the network cut off: every host
 * name fails to resolve, so a page that tried to load anything from outside would show it.
 * Without a browser on the machine, tests using this fail and say what to install ({@code .ci/run}
 * installs it): a skipped browser test proves nothing.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  public final ChromeDriver driver;
  public final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Starts Chromium; fails, naming what to install, when it is absent. */
  public static Browser start(Path profile) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run does this)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", // loopback stays: the tests serve sites there
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(profile));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options));
  }

  public void open(Path file) {
    driver.get(file.toUri().toString());
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static final java.util.regex.Pattern REQUEST =
      java.util.regex.Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

  /**
   * URLs of every request the browser made since the last call (from Chromium's network log; the
   * Resource Timing API leaves out file: loads). All must be file: URLs on an offline site.
   */
  public List<String> requestedUrls() {
    List<String> urls = new java.util.ArrayList<>();
    for (var entry : driver.manage().logs().get("performance").getAll()) {
      var m = REQUEST.matcher(entry.getMessage());
      if (m.find() && !m.group(1).startsWith("chrome")) { // the browser's own new-tab page
        urls.add(m.group(1));
      }
    }
    return urls;
  }

  /** Console messages at level SEVERE (script errors, failed loads). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(e -> e.getMessage())
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
