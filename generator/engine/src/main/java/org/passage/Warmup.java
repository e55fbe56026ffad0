package org.passage;

import org.passage.markdown.MarkdownConverter;
import org.passage.search.SiteSearch;
import org.passage.template.TemplateRenderer;

/**
 * Loads and initialises the Markdown, search and template libraries on a thread of its own while
 * the build's first stage reads the pages on the main thread, which uses none of them: in a JVM
 * that starts for one build of a site with many pages ({@link Main}, when
 * {@link ForkedBuild#jvmOptions} asks for it), that class loading cost 0.2–0.3 s at the start of
 * conversion and rendering. The build waits for it ({@link #await}) before it touches any of these
 * libraries, so no two threads ever initialise one at the same time (Lucene's classes deadlock
 * when two threads initialise them from different ends).
 */
final class Warmup {
  /** No warm-up (a JVM that has built before, or a check). */
  static final Warmup NONE = new Warmup(null);

  private final Thread thread;

  private Warmup(Thread thread) {
    this.thread = thread;
  }

  /** Starts warming up the libraries a build uses; {@code search}: Lucene's too. */
  static Warmup start(boolean search) {
    Thread t = new Thread(() -> {
      try {
        MarkdownConverter.warmUp();
        if (search) {
          SiteSearch.warmUp();
        }
        TemplateRenderer.warmUp();
      } catch (Exception | LinkageError e) {
        // Only a head start: the build loads the same classes itself and reports what fails.
      }
    }, "passage-warmup");
    t.setDaemon(true);
    t.start();
    return new Warmup(t);
  }

  /** Waits for the warm-up to end; at once if there is none or it ended. */
  void await() {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
