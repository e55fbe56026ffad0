package org.passage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class LivePreviewTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(60)
  void rebuildsOnChangeAndKeepsThePreviousSiteWhenABuildFails() throws Exception {
    var site = TestSite.write(dir, """
        -- content/index.md --
        # First version
        """);
    List<String> log = new CopyOnWriteArrayList<>();
    Thread preview = new Thread(() -> {
      try {
        new LivePreview(site.config(), Optional.empty(), log::add).run(0);
      } catch (Exception e) {
        log.add("stopped: " + e);
      }
    });
    preview.setDaemon(true);
    preview.start();
    String base = waitFor(log, Pattern.compile("preview on (http://127\\.0\\.0\\.1:\\d+/)"));

    String page = get(base + "index.html");
    assertThat(page).contains("First version").contains("<script src=\"/__passage/reload.js\" data-version=\"1\" defer></script>");
    assertThat(get(base + "__passage/state")).isEqualTo("{\"version\":1,\"problems\":[]}");
    assertThat(get(base + "__passage/reload.js")).contains("location.reload()");
    assertThat(status(base + "../../etc/passwd")).isIn(400, 403, 404);

    Files.writeString(site.root().resolve("content/index.md"), "# Second version\n");
    awaitState(base, "{\"version\":2,\"problems\":[]}");
    assertThat(get(base + "index.html")).contains("Second version");

    Files.writeString(site.root().resolve("content/index.md"), "# Third\n[broken](missing.md)\n");
    awaitState(base, "{\"version\":2,\"problems\":[\"content/index.md:2:1: error: link to missing page \\\"missing.md\\\" (no page at missing.md)\"]}");
    assertThat(get(base + "index.html")).contains("Second version");
    preview.interrupt();
  }

  private void awaitState(String base, String expected) throws Exception {
    String last = "";
    for (int i = 0; i < 200; i++) {
      last = get(base + "__passage/state");
      if (last.equals(expected)) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(last).isEqualTo(expected);
  }

  private static String waitFor(List<String> log, Pattern pattern) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      for (String line : log) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("preview did not start: " + log);
  }

  private String get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private int status(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url.replace("../../", "%2e%2e/%2e%2e/"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
