package org.passage.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * When each file of the content folder was last committed, from one {@code git log} over the
 * whole folder per build (never one per page): the committer date of the newest commit that
 * touched it. A folder outside a git checkout, a machine without git, or a file never committed
 * has no date and no error, so a build from a copy or a tarball stays deterministic. The preview
 * keeps the result of its whole build; a save does not run git again.
 */
public final class GitHistory {
  /** Longest git may take; a repository that slow gives no dates rather than a stuck build. */
  private static final long PATIENCE_SECONDS = 60;
  private static final char COMMIT = '\u001e';

  private final CompletableFuture<Map<String, String>> dates;

  private GitHistory(CompletableFuture<Map<String, String>> dates) {
    this.dates = dates;
  }

  /** No history at all. */
  public static final GitHistory NONE = new GitHistory(CompletableFuture.completedFuture(Map.of()));

  /** Starts {@code git log} over {@code contentDir}; it runs while the build loads the pages. */
  public static GitHistory start(Path contentDir) {
    ProcessBuilder git = new ProcessBuilder(
        "git", "-C", contentDir.toString(), "-c", "log.showSignature=false", "-c", "core.quotePath=false",
        "log", "-z", "--no-color", "--no-renames", "--format=" + COMMIT + "%cI", "--name-only", "--relative", "--", ".");
    git.environment().put("GIT_TERMINAL_PROMPT", "0");
    git.environment().put("GIT_OPTIONAL_LOCKS", "0");
    git.redirectError(ProcessBuilder.Redirect.DISCARD);
    git.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    Process process;
    try {
      process = git.start();
    } catch (IOException | RuntimeException e) {
      return NONE; // no git on this machine
    }
    CompletableFuture<Map<String, String>> dates = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = process.getInputStream()) {
        String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? parse(out) : Map.<String, String>of(); // 128: not a checkout
      } catch (IOException e) {
        return Map.of();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Map.of();
      } finally {
        process.destroy();
      }
    });
    return new GitHistory(dates);
  }

  /**
   * Content path (relative to the content folder, with '/') to the ISO-8601 committer date of
   * its last commit, e.g. {@code 2026-12-02T10:15:00+01:00}.
   */
  public Map<String, String> dates() {
    try {
      return dates.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    } catch (ExecutionException | TimeoutException e) {
      dates.cancel(true);
      return Map.of();
    }
  }

  /** {@code git log -z --format=<RS>%cI --name-only}: per commit, RS, the date, NUL, a newline, then NUL-ended paths. */
  static Map<String, String> parse(String log) {
    Map<String, String> out = new TreeMap<>();
    for (String commit : log.split(String.valueOf(COMMIT))) {
      int end = commit.indexOf('\0');
      if (end < 0) {
        continue;
      }
      String date = commit.substring(0, end).strip();
      String paths = commit.substring(end + 1);
      for (String path : (paths.startsWith("\n") ? paths.substring(1) : paths).split("\0")) {
        if (!path.isEmpty()) {
          out.putIfAbsent(path, date); // newest commit first
        }
      }
    }
    return Map.copyOf(out);
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
