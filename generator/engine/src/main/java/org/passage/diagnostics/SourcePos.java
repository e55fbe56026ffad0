package org.passage.diagnostics;

/** A place in a source file: project-relative path, 1-based line and column (0 = unknown). */
public record SourcePos(String path, int line, int column) {

  public static SourcePos of(String path) {
    return new SourcePos(path, 0, 0);
  }

  public SourcePos atLine(int newLine) {
    return new SourcePos(path, newLine, 0);
  }

  /** Shifts a position found in an embedded text (e.g. front matter) by that text's first line. */
  public SourcePos offsetLines(int linesBefore) {
    return new SourcePos(path, line + linesBefore, column);
  }
}
