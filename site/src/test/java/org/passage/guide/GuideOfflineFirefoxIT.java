package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.passage.testing.NpmTools;

/**
 * The offline bundle in Firefox, as {@link GuideOfflineBundleIT} checks it in Chromium: unzipped
 * onto a "stick", opened from file:// with every request sent to a closed port, navigation, the
 * case-study filters, search and the print view work and no request leaves the stick. Firefox is
 * driven by {@code src/test/node/firefox-offline.cjs} with puppeteer-core (from npm, at test time) over WebDriver
 * BiDi, which Firefox speaks itself, so no geckodriver is needed. Firefox reports no file: loads
 * over BiDi, so what this counts is every other request: there must be none.
 */
class GuideOfflineFirefoxIT {
  static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void theBundleWorksInFirefoxFromFileUrlsWithNoNetworkRequest() throws Exception {
    assertThat(Files.isExecutable(FIREFOX)).as("this test needs " + FIREFOX + ": apt-get install firefox-esr (.ci/run does this)").isTrue();
    Path modules = NpmTools.file("puppeteer-core/package.json", "puppeteer-core@25").getParent().getParent();
    Path stick = Files.createDirectories(dir.resolve("stick"));
    GuideSite.unzip(GuideSite.BUNDLE, stick);
    Path script = Path.of("src/test/node/firefox-offline.cjs").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder("node", script.toString(), stick.toString()).redirectError(dir.resolve("stderr.txt").toFile());
    pb.environment().put("NODE_PATH", modules.toString());
    pb.environment().put("FIREFOX", FIREFOX.toString());
    pb.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString()); // Firefox's own files stay in the test's folder
    Process node = pb.start();
    String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(180, TimeUnit.SECONDS)).as("Firefox run ends").isTrue();
    assertThat(node.exitValue()).as("node: " + Files.readString(dir.resolve("stderr.txt"))).isZero();
    Map<String, Object> out = new Json().toType(stdout.strip(), Map.class);
    Map<String, Object> steps = (Map<String, Object>) out.get("steps");
    List<String> errors = (List<String>) out.get("errors");
    List<String> requests = (List<String>) out.get("requests");

    assertThat(errors).isEmpty();
    String root = stick.toUri().toString().replaceAll("/$", "");
    assertThat((String) steps.get("home")).isEqualTo(root + "/en/index.html");
    assertThat((String) steps.get("caseStudies")).isEqualTo(root + "/en/case-studies/index.html");
    List<Number> cards = (List<Number>) steps.get("cards");
    assertThat(cards.get(0).intValue()).isGreaterThanOrEqualTo(30);
    assertThat(cards.get(1).intValue()).isBetween(1, 5);
    assertThat((String) steps.get("hash")).isEqualTo("#country=NPL");
    assertThat(((Number) steps.get("options")).intValue()).isPositive();
    assertThat((String) steps.get("hit")).startsWith(root + "/en/");
    assertThat((String) steps.get("hitTitle")).isNotBlank();
    assertThat((String) steps.get("print")).startsWith(root + "/en/").contains("print.html#");
    assertThat(((Number) steps.get("chapters")).intValue()).isGreaterThan(5);
    // data: (Firefox's own built-in font) and blob: never leave the machine; anything else would.
    assertThat(requests.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:")).toList())
        .as("requests leaving file:").isEmpty();
  }
}
