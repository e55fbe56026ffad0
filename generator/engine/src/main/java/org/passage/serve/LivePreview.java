package org.passage.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;
import org.passage.diagnostics.Severity;
import org.passage.files.IoErrors;
import org.passage.search.SearchIndexer;

/**
 * Builds, serves and rebuilds on every change to the content or themes. A failed rebuild keeps
 * the previous site online and shows its problems in the browser and on the console.
 */
public final class LivePreview {
  private final BuildConfig config;
  private final Optional<SearchIndexer> search;
  private final Consumer<String> log;

  public LivePreview(BuildConfig config, Optional<SearchIndexer> search, Consumer<String> log) {
    this.config = config;
    this.search = search;
    this.log = log;
  }

  /** Runs until the thread is interrupted. */
  public void run(int port) throws IOException, InterruptedException {
    try (DevServer server = new DevServer(config.outputDir(), port)) {
      build(server);
      server.start();
      log.accept("Passage preview on http://127.0.0.1:" + server.port() + "/ (Ctrl+C stops)");
      List<java.nio.file.Path> roots = new ArrayList<>(List.of(config.contentDir()));
      config.themesDir().ifPresent(roots::add);
      try (Watcher watcher = new Watcher(roots, 150)) {
        while (!Thread.currentThread().isInterrupted() && watcher.awaitChange()) {
          build(server);
        }
      }
    }
  }

  /** One build; updates the server's state either way. */
  void build(DevServer server) {
    try {
      Passage.Result result = new Passage(config, search, log).build();
      result.warnings().forEach(p -> log.accept(p.format()));
      server.update(new DevServer.BuildState(server.state().version() + 1, result.warnings()));
      log.accept("built " + result.pages() + " pages");
    } catch (BuildFailedException e) {
      e.problems().stream().map(Problem::format).forEach(log);
      server.update(new DevServer.BuildState(server.state().version(), e.problems()));
      log.accept(e.getMessage() + "; still serving the previous build");
    } catch (IOException e) {
      // The machine, not the content (a folder that cannot be written): say so, and keep serving.
      Problem p = new Problem(Severity.ERROR, config.display(config.outputDir()), 0, 0, IoErrors.describe(e), "");
      log.accept(p.format());
      server.update(new DevServer.BuildState(server.state().version(), List.of(p)));
    }
  }
}
