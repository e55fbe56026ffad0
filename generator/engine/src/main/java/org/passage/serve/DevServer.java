package org.passage.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.passage.diagnostics.Problem;
import org.passage.text.Json;

/**
 * Serves a built site on localhost for live preview. HTML pages get one extra script that
 * listens to the server's build events (Server-Sent Events), reloads the page when a build
 * changed it, and shows the problems of a failed build over the page, with the lines of source
 * around each.
 *
 * <p>It serves only files inside the site folder, only to requests addressed to the loopback
 * names (a web page that rebinds its own host name to 127.0.0.1 gets nothing), and a client
 * that sends half a request holds one thread for at most {@value #REQUEST_SECONDS} seconds,
 * never the whole server.
 */
public final class DevServer implements AutoCloseable {
  /** Longest a request may take to arrive, and a response to be taken. */
  static final int REQUEST_SECONDS = 10;

  static {
    // The JDK server reads these once; without them a client that never finishes its request
    // holds a thread for ever.
    System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS)));
    System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(REQUEST_SECONDS * 3)));
  }

  static final String PREFIX = "/__passage/";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("woff2", "font/woff2"));

  /** How long an event stream stays open; the browser reconnects at once, asking for what it missed. */
  static final long STREAM_MILLIS = 20_000;
  /** Builds remembered for browsers that reconnect. */
  private static final int HISTORY = 64;

  private final Path site;
  private final Path sources;
  private final HttpServer server;
  private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, List.of()));
  /** Every build so far, newest last (at most {@link #HISTORY}); guarded by itself. */
  private final java.util.ArrayDeque<Event> events = new java.util.ArrayDeque<>();
  private int sequence;

  /** The latest build: a counter that grows with each successful build, and the last problems. */
  public record BuildState(int version, List<Problem> problems) {}

  /** One build as browsers hear of it: its number, the site paths it changed, its problems. */
  private record Event(int sequence, BuildState state, List<String> changed) {}

  public DevServer(Path site, int port) throws IOException {
    this(site, site, port);
  }

  /** {@code sources} is the project root, which problems' paths are relative to (their lines are shown). */
  public DevServer(Path site, Path sources, int port) throws IOException {
    this.site = site.toAbsolutePath().normalize();
    this.sources = sources.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    // A thread per request in progress: slow clients cannot starve the others.
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "passage-preview");
      t.setDaemon(true);
      return t;
    }));
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** A build finished; browsers whose page was rebuilt reload (every page when the paths are unknown). */
  public void update(BuildState next) {
    update(next, next.version() > state.get().version() ? List.of("*") : List.of());
  }

  /** A build finished and changed {@code changed} (site paths). */
  public void update(BuildState next, List<String> changed) {
    state.set(next);
    synchronized (events) {
      events.addLast(new Event(++sequence, next, List.copyOf(changed)));
      while (events.size() > HISTORY) {
        events.removeFirst();
      }
      events.notifyAll();
    }
  }

  public BuildState state() {
    return state.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
        send(ex, 403, "text/plain; charset=utf-8", "forbidden: the preview answers only requests to 127.0.0.1, localhost or [::1]".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      if (raw.startsWith(PREFIX)) {
        internal(ex, raw.substring(PREFIX.length()));
        return;
      }
      // The URI's own decoding: %XX only ('+' stays a plus, as in any path).
      String rel = ex.getRequestURI().getPath().replaceFirst("^/+", "");
      Path file;
      try {
        file = site.resolve(rel).normalize();
      } catch (InvalidPathException e) {
        send(ex, 400, "text/plain; charset=utf-8", "bad request".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!file.startsWith(site)) {
        send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      // The build the page comes from, read before the page: a build finishing in between is then news to it.
      int since = currentSequence();
      if (!Files.isRegularFile(file)) {
        Path notFound = site.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound), since, "404.html") : "not found".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, TYPES.get("html"), body);
        return;
      }
      String ext = extension(file);
      byte[] body = ext.equals("html") ? withReload(Files.readString(file), since, site.relativize(file).toString().replace('\\', '/')) : Files.readAllBytes(file);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  /** The Host header names this machine's loopback interface, on our port. */
  private boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    String port = ":" + port();
    for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
      if (h.equals(name + port) || (port() == 80 && h.equals(name))) {
        return true;
      }
    }
    return false;
  }

  private void internal(HttpExchange ex, String what) throws IOException {
    if (what.equals("state")) {
      BuildState s = state.get();
      StringBuilder json = new StringBuilder("{\"version\":").append(s.version()).append(",\"problems\":[");
      for (int i = 0; i < s.problems().size(); i++) {
        json.append(i == 0 ? "" : ",").append(Json.quote(s.problems().get(i).format()));
      }
      json.append("]}");
      send(ex, 200, TYPES.get("json"), json.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (what.equals("events")) {
      stream(ex);
      return;
    }
    if (what.equals("reload.js")) {
      try (InputStream in = DevServer.class.getResourceAsStream("/passage/serve/reload.js")) {
        send(ex, 200, TYPES.get("js"), in == null ? new byte[0] : in.readAllBytes());
      }
      return;
    }
    send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Build events as Server-Sent Events. A browser says which build its page came from (the
   * {@code since} parameter, or Last-Event-ID when it reconnects) and first hears of every build
   * after that, merged into one event; the stream then waits for new builds and ends after
   * {@link #STREAM_MILLIS}, before the server's response time limit, and the browser reconnects.
   */
  private void stream(HttpExchange ex) throws IOException {
    int since = number(ex.getRequestHeaders().getFirst("Last-Event-ID"))
        .orElseGet(() -> number(query(ex, "since")).orElse(currentSequence()));
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      out.write("retry: 200\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      long end = System.currentTimeMillis() + STREAM_MILLIS;
      while (true) {
        String message;
        synchronized (events) {
          long left = end - System.currentTimeMillis();
          if (currentSequence() <= since && left > 0) {
            events.wait(Math.min(left, 5_000));
          }
          if (System.currentTimeMillis() >= end) {
            return;
          }
          message = currentSequence() > since ? eventSince(since) : null;
          since = currentSequence();
        }
        // A comment keeps the connection checked: a closed tab ends the loop with an IOException.
        out.write((message == null ? ": waiting\n\n" : message).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int currentSequence() {
    synchronized (events) {
      return sequence;
    }
  }

  /** The builds after {@code since} as one event: the latest state, and every path any of them changed. */
  private String eventSince(int since) {
    java.util.Set<String> changed = new java.util.TreeSet<>();
    Event latest = events.peekLast();
    if (events.isEmpty() || events.peekFirst().sequence() > since + 1) {
      changed.add("*"); // older than what is remembered
    }
    for (Event e : events) {
      if (e.sequence() > since) {
        changed.addAll(e.changed());
      }
    }
    StringBuilder json = new StringBuilder("{\"version\":").append(latest.state().version()).append(",\"changed\":[");
    int i = 0;
    for (String c : changed) {
      json.append(i++ == 0 ? "" : ",").append(Json.quote(c));
    }
    json.append("],\"problems\":[");
    i = 0;
    for (Problem p : latest.state().problems()) {
      json.append(i++ == 0 ? "" : ",").append(problemJson(p));
    }
    json.append("]}");
    return "id: " + latest.sequence() + "\nevent: build\ndata: " + json + "\n\n";
  }

  /** A problem with the lines of its source around it, when the source is a file of the project. */
  private String problemJson(Problem p) {
    StringBuilder json = new StringBuilder("{\"text\":").append(Json.quote(p.format()))
        .append(",\"error\":").append(p.isError())
        .append(",\"path\":").append(Json.quote(p.path()))
        .append(",\"line\":").append(p.line())
        .append(",\"column\":").append(p.column())
        .append(",\"excerpt\":[");
    List<String> lines = excerpt(p);
    int first = Math.max(1, p.line() - 2);
    for (int i = 0; i < lines.size(); i++) {
      json.append(i == 0 ? "" : ",").append("[").append(first + i).append(",").append(Json.quote(lines.get(i))).append("]");
    }
    return json.append("]}").toString();
  }

  /** Up to two lines either side of the problem's line, each cut at 300 characters. */
  private List<String> excerpt(Problem p) {
    if (p.line() <= 0) {
      return List.of();
    }
    try {
      Path file = sources.resolve(p.path()).normalize();
      if (!file.startsWith(sources) || !Files.isRegularFile(file) || Files.size(file) > 8_000_000) {
        return List.of();
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      int from = Math.max(1, p.line() - 2), to = Math.min(all.size(), p.line() + 2);
      List<String> out = new java.util.ArrayList<>();
      for (int n = from; n <= to; n++) {
        String l = all.get(n - 1);
        out.add(l.length() > 300 ? l.substring(0, 300) + "…" : l);
      }
      return out;
    } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
      return List.of(); // not UTF-8, gone, or not a file: the message alone says enough
    }
  }

  private static java.util.Optional<Integer> number(String s) {
    if (s == null || !s.matches("\\d{1,9}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Integer.parseInt(s));
  }

  private static String query(HttpExchange ex, String name) {
    String q = ex.getRequestURI().getRawQuery();
    if (q == null) {
      return null;
    }
    for (String part : q.split("&")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Adds the live-reload script (preview only; published pages never have it). */
  private byte[] withReload(String html, int since, String sitePath) {
    String tag = "<script src=\"" + PREFIX + "reload.js\" data-version=\"" + state.get().version() + "\" data-since=\"" + since + "\" data-path=\"" + org.passage.text.Html.attribute(sitePath) + "\" defer></script>";
    int at = html.lastIndexOf("</body>");
    String out = at < 0 ? html + tag : html.substring(0, at) + tag + "\n" + html.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
