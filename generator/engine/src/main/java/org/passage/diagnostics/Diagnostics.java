package org.passage.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build. Stages report here and carry on; the build fails once at
 * the end if any problem is an error. Safe to use from parallel stages.
 */
public final class Diagnostics {
  private final List<Problem> problems = new ArrayList<>();
  private final boolean strict;

  public Diagnostics() {
    this(false);
  }

  /** {@code strict}: every warning is reported as an error, so it fails the build (for CI). */
  public Diagnostics(boolean strict) {
    this.strict = strict;
  }

  public synchronized void report(Problem problem) {
    problems.add(problem);
  }

  public void error(SourcePos pos, String message) {
    error(pos, message, "");
  }

  public void error(SourcePos pos, String message, String hint) {
    report(new Problem(Severity.ERROR, pos.path(), pos.line(), pos.column(), message, hint));
  }

  public void warning(SourcePos pos, String message, String hint) {
    report(new Problem(strict ? Severity.ERROR : Severity.WARNING, pos.path(), pos.line(), pos.column(), message, hint));
  }

  public synchronized boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Problems sorted by path, line and column, so output is the same on every run. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(Problem.ORDER);
    return List.copyOf(copy);
  }
}
