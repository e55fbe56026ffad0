package org.passage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;
import org.passage.files.IoErrors;

/**
 * Builds a site without Maven:
 * {@code java -cp … org.passage.Main [--no-search] [--timings] CONTENT OUTPUT [THEMES]}. Used by
 * the benchmark to show how much of a build is Maven's start-up, and (with {@code --no-search})
 * how much is the search index; {@code --timings} prints each stage's time. Exit code 1 for
 * problems in the input, 2 for usage and machine failures.
 */
public final class Main {
  private Main() {}

  public static void main(String[] arguments) {
    List<String> list = new ArrayList<>(List.of(arguments));
    boolean search = !list.remove("--no-search");
    boolean timings = list.remove("--timings");
    String[] args = list.toArray(String[]::new);
    if (args.length < 2) {
      System.err.println("usage: org.passage.Main [--no-search] [--timings] CONTENT OUTPUT [THEMES]");
      System.exit(2);
    }
    Path content = Path.of(args[0]).toAbsolutePath();
    Path output = Path.of(args[1]).toAbsolutePath();
    BuildConfig config = BuildConfig.of(Path.of("").toAbsolutePath(), content, output);
    if (args.length > 2) {
      config = config.withThemesDir(Path.of(args[2]));
    }
    try {
      Passage.Result result = new Passage(config, search ? Optional.of(DefaultSearch.indexer()) : Optional.empty(), System.err::println).build();
      result.warnings().forEach(p -> System.err.println(p.format()));
      System.out.println("built " + result.pages() + " pages into " + output);
      if (timings) {
        System.out.println("stages: " + result.timings());
      }
    } catch (BuildFailedException e) {
      for (Problem p : e.problems()) {
        System.err.println(p.format());
      }
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (IOException e) {
      System.err.println("error: " + IoErrors.describe(e) + " (the previous site was left as it was)");
      System.exit(2);
    }
  }
}
