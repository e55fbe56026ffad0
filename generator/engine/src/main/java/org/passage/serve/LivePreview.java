package org.passage.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.passage.IncrementalBuild;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;
import org.passage.diagnostics.Severity;
import org.passage.files.IoErrors;
import org.passage.search.SearchIndexer;

/**
 * Builds, serves and rebuilds on every change to the content or themes: an edit to a page's
 * text rebuilds that page and what shows it ({@link IncrementalBuild}), and only the browsers
 * showing a changed page reload. A failed rebuild keeps the previous site online and shows its
 * problems in the browser and on the console.
 */
public final class LivePreview {
  /** Editors save in a burst (write, rename, attributes): changes this close together are one save. */
  static final long QUIET_MILLIS = 25;

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
    try (DevServer server = new DevServer(config.outputDir(), config.projectRoot(), port);
        IncrementalBuild builds = new IncrementalBuild(config, search, log)) {
      build(server, builds, Set.of());
      server.start();
      log.accept("Passage preview on http://127.0.0.1:" + server.port() + "/ (Ctrl+C stops)");
      List<Path> roots = new ArrayList<>(List.of(config.contentDir()));
      config.themesDir().ifPresent(roots::add);
      try (Watcher watcher = new Watcher(roots, QUIET_MILLIS)) {
        while (!Thread.currentThread().isInterrupted()) {
          Optional<Set<Path>> changed = watcher.awaitChanges();
          if (changed.isEmpty()) {
            return;
          }
          build(server, builds, changed.get());
        }
      }
    }
  }

  /** One build; updates the server's state either way. */
  void build(DevServer server, IncrementalBuild builds, Set<Path> changed) {
    long start = System.nanoTime();
    try {
      IncrementalBuild.Update u = builds.build(changed, first -> {
        server.update(new DevServer.BuildState(server.state().version() + 1, first.warnings()), first.changed());
        log.accept("rebuilt the edited page in " + (System.nanoTime() - start) / 1_000_000 + " ms; now the pages that show its title");
      });
      u.warnings().forEach(p -> log.accept(p.format()));
      if (u.whole() || !u.changed().isEmpty() || !server.state().problems().isEmpty()) {
        server.update(new DevServer.BuildState(server.state().version() + 1, u.warnings()), u.changed());
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      log.accept(u.whole() ? "built " + u.pages() + " pages in " + ms + " ms"
          : u.rendered() == 0 ? "nothing to rebuild" : "rebuilt " + u.rendered() + (u.rendered() == 1 ? " page" : " pages") + " in " + ms + " ms, " + u.changed().size() + " changed");
    } catch (BuildFailedException e) {
      e.problems().stream().map(Problem::format).forEach(log);
      server.update(new DevServer.BuildState(server.state().version(), e.problems()), List.of());
      log.accept(e.getMessage() + "; still serving the previous build");
    } catch (IOException e) {
      // The machine, not the content (a folder that cannot be written): say so, and keep serving.
      Problem p = new Problem(Severity.ERROR, config.display(config.outputDir()), 0, 0, IoErrors.describe(e), "");
      log.accept(p.format());
      server.update(new DevServer.BuildState(server.state().version(), List.of(p)), List.of());
    }
  }
}
