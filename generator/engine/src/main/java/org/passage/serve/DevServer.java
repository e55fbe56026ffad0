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
 * Serves a built site on localhost for live preview. HTML pages get one extra script that polls
 * the build state, reloads the page after a successful rebuild and shows the problems of a
 * failed one over the page.
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

  private final Path site;
  private final HttpServer server;
  private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, List.of()));

  /** The latest build: a counter that grows with each successful build, and the last problems. */
  public record BuildState(int version, List<Problem> problems) {}

  public DevServer(Path site, int port) throws IOException {
    this.site = site.toAbsolutePath().normalize();
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

  public void update(BuildState next) {
    state.set(next);
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
      if (!Files.isRegularFile(file)) {
        Path notFound = site.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound)) : "not found".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, TYPES.get("html"), body);
        return;
      }
      String ext = extension(file);
      byte[] body = ext.equals("html") ? withReload(Files.readString(file)) : Files.readAllBytes(file);
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
    if (what.equals("reload.js")) {
      try (InputStream in = DevServer.class.getResourceAsStream("/passage/serve/reload.js")) {
        send(ex, 200, TYPES.get("js"), in == null ? new byte[0] : in.readAllBytes());
      }
      return;
    }
    send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
  }

  /** Adds the live-reload script (preview only; published pages never have it). */
  private byte[] withReload(String html) {
    String tag = "<script src=\"" + PREFIX + "reload.js\" data-version=\"" + state.get().version() + "\" defer></script>";
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
