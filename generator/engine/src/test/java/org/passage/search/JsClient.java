package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** The shipped browser client running in GraalJS over an exported site folder. */
final class JsClient implements AutoCloseable {
  /** The default theme's UI module. */
  static final Path UI = locate("themes/default/" + SearchClient.UI_MODULE);
  /** The client as a build ships it: the engine's modules and the default theme's UI, assembled. */
  static final Path CLIENT = assembled();
  static final Path RESOURCES = locate("generator/engine/src/test/resources/search");

  private final Context context;

  JsClient(Path siteDir) {
    this(siteDir, CLIENT);
  }

  /** A client script other than the default theme's (a theme's own UI on the engine) over siteDir. */
  JsClient(Path siteDir, Path client) {
    context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    Value bindings = context.getBindings("js");
    bindings.putMember("__readText", (ProxyExecutable) args -> {
      String src = args[0].asString();
      Path file = siteDir.resolve(src.substring("ROOT/".length()));
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("no such file " + src, e);
      }
    });
    eval(RESOURCES.resolve("shim.js"));
    eval(client);
    eval(RESOURCES.resolve("harness.js"));
  }

  Value eval(Path file) {
    try {
      return context.eval(Source.newBuilder("js", file.toFile()).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Value eval(String code) {
    return context.eval("js", code);
  }

  /** Runs a query (all hits) and returns the canonical text of the result. */
  String search(String query, String filtersJson) {
    return run("__run", query, filtersJson);
  }

  /** Runs a query grouped by page (all pages) and returns the canonical text of the grouped result. */
  String searchPages(String query, String filtersJson) {
    return run("__runPages", query, filtersJson);
  }

  private String run(String function, String query, String filtersJson) {
    AtomicReference<String> out = new AtomicReference<>();
    context.getBindings("js").getMember(function).execute(query, filtersJson, -1,
        (ProxyExecutable) args -> {
          out.set(args[0].asString());
          return null;
        });
    for (int i = 0; out.get() == null && i < 1000; i++) {
      context.eval("js", "0"); // let pending promise jobs run
    }
    if (out.get() == null) {
      throw new AssertionError("search promise never settled for " + query);
    }
    return out.get();
  }

  /** Evaluates {@code promiseExpression} and returns what the promise resolves to, as a string ("error=…" on rejection). */
  String await(String promiseExpression) {
    AtomicReference<String> out = new AtomicReference<>();
    context.eval("js", "(function (p, done) { Promise.resolve(p).then(function (v) { done(String(v)); },"
        + " function (e) { done('error=' + (e && e.message ? e.message : String(e))); }); })")
        .execute(context.eval("js", promiseExpression), (ProxyExecutable) args -> {
          out.set(args[0].asString());
          return null;
        });
    for (int i = 0; out.get() == null && i < 1000; i++) {
      context.eval("js", "0"); // let pending promise jobs run
    }
    if (out.get() == null) {
      throw new AssertionError("promise never settled: " + promiseExpression);
    }
    return out.get();
  }

  private static Path assembled() {
    try {
      Path dir = locate("generator/engine").resolve("target/search-client");
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "passage-search", ".tmp");
      Files.writeString(tmp, SearchClient.assemble(Files.readString(UI, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      return Files.move(tmp, dir.resolve("passage-search.js"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path locate(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find " + relative);
  }

  @Override
  public void close() {
    context.close();
  }
}
