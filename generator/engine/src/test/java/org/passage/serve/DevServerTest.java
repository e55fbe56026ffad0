package org.passage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview server under hostile clients. (Issue 11, items 16 to 18.) */
class DevServerTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  @Timeout(30)
  void clientsThatNeverFinishTheirRequestDoNotFreezeTheServer() throws Exception {
    Files.writeString(dir.resolve("index.html"), "<p>hello</p>");
    try (DevServer server = new DevServer(dir, 0)) {
      server.start();
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Socket s = new Socket("127.0.0.1", server.port());
        s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      long start = System.nanoTime();
      var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("hello");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void onlyRequestsAddressedToLoopbackAreAnswered() throws Exception {
    Files.writeString(dir.resolve("index.html"), "<p>hello</p>");
    try (DevServer server = new DevServer(dir, 0)) {
      server.start();
      int port = server.port();
      assertThat(raw(port, "GET /index.html HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
      assertThat(raw(port, "GET /__passage/state HTTP/1.1\r\nHost: rebound.attacker.test:" + port + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
      assertThat(raw(port, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + (port + 1) + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
      for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST", "[::1]")) {
        assertThat(raw(port, "GET /index.html HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")).as(host).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void plusIsAPlusNulIsABadRequestAndNothingIsSniffed() throws Exception {
    Files.writeString(dir.resolve("a+b.html"), "<p>plus</p>");
    Files.writeString(dir.resolve("a b.html"), "<p>space</p>");
    try (DevServer server = new DevServer(dir, 0)) {
      server.start();
      String base = "http://127.0.0.1:" + server.port() + "/";
      var plus = http.send(HttpRequest.newBuilder(URI.create(base + "a+b.html")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(plus.body()).contains("plus");
      assertThat(plus.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "a%20b.html")).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("space");
      assertThat(raw(server.port(), "GET /a%00b.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
    }
  }

  /** Sends a request as written and returns the whole response (or "" if the server closed the connection without one). */
  private static String raw(int port, String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
