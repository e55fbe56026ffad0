package org.passage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.ProblemPrinter;
import org.passage.files.IoErrors;

/**
 * Builds a site without Maven:
 * {@code java -cp … org.passage.Main [options] CONTENT OUTPUT [THEMES]}. The Maven plugin runs it
 * in a JVM of its own (with the JIT settings that suit the site); the benchmark runs it to show
 * how much of a build is Maven's start-up.
 *
 * <p>Options: {@code --no-search}, {@code --timings} (each stage's time), {@code --strict}
 * (warnings fail the build), {@code --github} (problems also as GitHub Actions annotations),
 * {@code --project-root=DIR} (paths in messages are relative to it; default the current folder),
 * {@code --work-dir=DIR}, {@code --theme=NAME}, {@code --base-url=URL},
 * {@code --output-timestamp=ISO}, {@code --offline-zip=NAME} (also write the site as a zip named
 * NAME beside OUTPUT), {@code --check} (run every validation and write nothing: OUTPUT is not
 * touched). Exit code 1 for problems in the input, 2 for usage and machine failures.
 */
public final class Main {
  private Main() {}

  public static void main(String[] arguments) {
    List<String> positional = new ArrayList<>();
    boolean search = true;
    boolean timings = false;
    boolean github = false;
    boolean strict = false;
    boolean check = false;
    Path root = Path.of("").toAbsolutePath();
    Optional<Path> workDir = Optional.empty();
    Optional<String> theme = Optional.empty();
    Optional<String> baseUrl = Optional.empty();
    Optional<String> timestamp = Optional.empty();
    Optional<String> offlineZip = Optional.empty();
    for (String a : arguments) {
      if (a.equals("--no-search")) {
        search = false;
      } else if (a.equals("--timings")) {
        timings = true;
      } else if (a.equals("--github")) {
        github = true;
      } else if (a.equals("--check")) {
        check = true;
      } else if (a.equals("--strict")) {
        strict = true;
      } else if (a.startsWith("--project-root=")) {
        root = Path.of(value(a)).toAbsolutePath();
      } else if (a.startsWith("--work-dir=")) {
        workDir = Optional.of(Path.of(value(a)));
      } else if (a.startsWith("--theme=")) {
        theme = Optional.of(value(a));
      } else if (a.startsWith("--base-url=")) {
        baseUrl = Optional.of(value(a));
      } else if (a.startsWith("--output-timestamp=")) {
        timestamp = Optional.of(value(a));
      } else if (a.startsWith("--offline-zip=")) {
        offlineZip = Optional.of(value(a));
      } else if (a.startsWith("--")) {
        usage("unknown option " + a);
      } else {
        positional.add(a);
      }
    }
    if (positional.size() < 2 || positional.size() > 3) {
      usage(null);
    }
    Path content = Path.of(positional.get(0)).toAbsolutePath();
    Path output = Path.of(positional.get(1)).toAbsolutePath();
    BuildConfig config = BuildConfig.of(root, content, output);
    config = new BuildConfig(root, content, output, positional.size() > 2 ? Optional.of(Path.of(positional.get(2))) : Optional.empty(),
        workDir.orElse(config.workDir()), theme, baseUrl, timestamp, config.pageBudget(), strict, offlineZip);
    ProblemPrinter problems = new ProblemPrinter(p -> System.err.println(p.format()), github ? System.out : null);
    try {
      Passage passage = new Passage(config, search && !check ? Optional.of(DefaultSearch.indexer()) : Optional.empty(), System.err::println)
          .with(Boolean.getBoolean(ForkedBuild.WARM_UP) ? Warmup.start(search && !check) : Warmup.NONE);
      Passage.Result result = check ? passage.check() : passage.build();
      problems.print(result.warnings());
      System.out.println(check ? "checked " + result.pages() + " pages: no errors" : "built " + result.pages() + " pages into " + config.display(output));
      if (timings) {
        System.out.println("stages: " + result.timings());
      }
    } catch (BuildFailedException e) {
      problems.print(e.problems());
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (IOException e) {
      System.err.println("error: " + IoErrors.describe(e) + " (the previous site was left as it was)");
      System.exit(2);
    }
  }

  private static String value(String option) {
    return option.substring(option.indexOf('=') + 1);
  }

  private static void usage(String problem) {
    if (problem != null) {
      System.err.println(problem);
    }
    System.err.println("usage: org.passage.Main [--check] [--no-search] [--timings] [--strict] [--github] [--project-root=DIR] [--work-dir=DIR]"
        + " [--theme=NAME] [--base-url=URL] [--output-timestamp=ISO] [--offline-zip=NAME] CONTENT OUTPUT [THEMES]");
    System.exit(2);
  }
}
