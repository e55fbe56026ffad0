package org.passage.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A plain web server over a built site on 127.0.0.1, as a reader's server would serve it: files by
 * path, a folder's index.html, and 404.html for anything missing. For the tests that check the
 * site over HTTP as well as from file://.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml", "txt", "text/plain; charset=utf-8");

  private final HttpServer server;

  public StaticServer(Path site) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try (ex) {
        Path file = site.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
          file = site.resolve("404.html");
          status = 404;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  /** The site's root: {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
