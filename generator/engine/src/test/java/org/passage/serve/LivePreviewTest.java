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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.passage.config.BuildConfig;
import org.passage.testing.TestSite;

class LivePreviewTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Starts a preview of {@code site} (built with {@code config}) on a free port; returns its address. */
  private String start(BuildConfig config, List<String> log) throws InterruptedException {
    Thread preview = new Thread(() -> {
      try {
        new LivePreview(config, Optional.empty(), log::add).run(0);
      } catch (Exception e) {
        log.add("stopped: " + e);
      }
    });
    preview.setDaemon(true);
    preview.start();
    threads.add(preview);
    return waitFor(log, Pattern.compile("preview on (http://127\\.0\\.0\\.1:\\d+/)"));
  }

  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    threads.forEach(Thread::interrupt);
  }

  @Test
  @Timeout(60)
  void rebuildsOnChangeAndKeepsThePreviousSiteWhenABuildFails() throws Exception {
    var site = TestSite.write(dir, """
        -- content/index.md --
        # Home

        First version
        """);
    List<String> log = new CopyOnWriteArrayList<>();
    String base = start(site.config(), log);

    String page = get(base + "index.html");
    assertThat(page).contains("First version").contains("<script src=\"/__passage/reload.js\" data-version=\"1\" data-since=\"1\" data-path=\"index.html\" defer></script>");
    assertThat(get(base + "__passage/state")).isEqualTo("{\"version\":1,\"problems\":[]}");
    assertThat(get(base + "__passage/reload.js")).contains("location.reload()").contains("EventSource");
    assertThat(status(base + "../../etc/passwd")).isIn(400, 403, 404);

    Files.writeString(site.root().resolve("content/index.md"), "# Home\n\nSecond version\n");
    awaitState(base, "{\"version\":2,\"problems\":[]}");
    assertThat(get(base + "index.html")).contains("Second version");

    Files.writeString(site.root().resolve("content/index.md"), "# Home\n[broken](missing.md)\n");
    awaitState(base, "{\"version\":2,\"problems\":[\"content/index.md:2:1: error: link to missing page \\\"missing.md\\\" (no page at missing.md)\"]}");
    assertThat(get(base + "index.html")).contains("Second version");
  }

  @Test
  @Timeout(60)
  void browsersHearWhichPagesEachBuildChangedAndSeeTheSourceOfAnError() throws Exception {
    var site = TestSite.write(dir, """
        -- content/index.md --
        # Home

        Read [a](a.md).
        -- content/a.md --
        # A

        First.
        -- content/b.md --
        # B

        Bee.
        """);
    List<String> log = new CopyOnWriteArrayList<>();
    String base = start(site.config(), log);
    String since = Jsoup.parse(get(base + "a.html")).selectFirst("script[data-since]").attr("data-since");

    // A page from build `since` asks what happened after it.
    long builds = count(log, "rebuilt 1 page");
    Files.writeString(site.root().resolve("content/a.md"), "# A\n\nSecond.\n");
    awaitCount(log, "rebuilt 1 page", builds + 1);
    String event = firstEvent(base + "__passage/events?since=" + since);
    // print.html is the whole-site print view, which holds a.md too; b.html did not change.
    assertThat(event).contains("event: build").contains("\"changed\":[\"a.html\",\"print.html\"]").contains("\"problems\":[]");

    Files.writeString(site.root().resolve("content/a.md"), "# A\n\nThird, with a [broken link](nowhere.md).\n\nEnd.\n");
    awaitCount(log, "still serving the previous build", 1);
    event = firstEvent(base + "__passage/events?since=" + since);
    assertThat(event)
        .contains("\"text\":\"content/a.md:3:15: error: link to missing page")
        .contains("\"line\":3,\"column\":15")
        .contains("\"excerpt\":[[1,\"# A\"],[2,\"\"],[3,\"Third, with a [broken link](nowhere.md).\"],[4,\"\"],[5,\"End.\"]]");
    assertThat(get(base + "a.html")).contains("Second.");
  }

  @Test
  @Timeout(60)
  void aSiteWithItsOwnBaseUrlPreviewsOnLocalhost() throws Exception {
    var site = TestSite.write(dir, """
        -- content/site.yml --
        title: Published elsewhere
        baseUrl: https://docs.example.org/guide/
        -- content/index.md --
        # Home
        """);
    List<String> log = new CopyOnWriteArrayList<>();
    // As the serve goal passes it: the preview's own address overrides the site's.
    String base = start(site.config().withBaseUrl("http://127.0.0.1:8000/"), log);
    assertThat(log).noneMatch(l -> l.contains("error"));
    assertThat(get(base + "index.html")).contains("<h1");
    assertThat(get(base + "no/such/page")).contains("href=\"/assets/css/passage.css\"");
  }

  /** The first event of a stream, read until its blank line. */
  private String firstEvent(String url) throws Exception {
    var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofLines());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
    StringBuilder event = new StringBuilder();
    try (var lines = response.body()) {
      for (var it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.isEmpty() && event.indexOf("event:") >= 0) {
          return event.toString();
        }
        event.append(line).append('\n');
      }
    }
    return event.toString();
  }

  private static long count(List<String> log, String text) {
    return log.stream().filter(l -> l.contains(text)).count();
  }

  private static void awaitCount(List<String> log, String text, long n) throws InterruptedException {
    for (int i = 0; i < 300 && count(log, text) < n; i++) {
      Thread.sleep(50);
    }
    assertThat(count(log, text)).as("\"%s\" in %s", text, log).isGreaterThanOrEqualTo(n);
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
