package org.passage.diagnostics;

import java.util.List;

/** Thrown once at the end of a build whose input had errors; carries every problem found. */
public final class BuildFailedException extends Exception {
  private final List<Problem> problems;

  public BuildFailedException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return "the site has " + errors + (errors == 1 ? " error" : " errors");
  }
}
