package org.passage.diagnostics;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints a run's problems, for the build and the check goal alike, in Maven's JVM or a forked
 * one: each to people as {@code path:line:col: error: …}, and under GitHub Actions also as a
 * workflow command ({@link Problem#formatGitHub()}) that GitHub shows on the pull request's
 * diff. The commands go straight to standard output, never through Maven's logger: GitHub reads
 * a command only at the start of a line, and the logger would put {@code [INFO] } before it.
 */
public final class ProblemPrinter {
  /** The variable GitHub Actions sets to {@code true} in every step. */
  public static final String GITHUB_ACTIONS = "GITHUB_ACTIONS";

  private final Consumer<Problem> people;
  private final PrintStream annotations;

  /** {@code annotations}: where workflow commands go (standard output), or null when not under GitHub Actions. */
  public ProblemPrinter(Consumer<Problem> people, PrintStream annotations) {
    this.people = people;
    this.annotations = annotations;
  }

  /** Whether {@code env} is a GitHub Actions step's environment. */
  public static boolean onGitHubActions(Map<String, String> env) {
    return "true".equals(env.get(GITHUB_ACTIONS));
  }

  /** Whether a line a forked build printed is a workflow command, to pass on to standard output as it is. */
  public static boolean isAnnotation(String line) {
    return line.startsWith("::error ") || line.startsWith("::warning ");
  }

  public void print(Problem p) {
    people.accept(p);
    if (annotations != null) {
      annotations.println(p.formatGitHub());
      annotations.flush();
    }
  }

  public void print(List<Problem> problems) {
    problems.forEach(this::print);
  }
}
