package org.passage.diagnostics;

import java.util.Comparator;

/**
 * One finding about the user's input, located at {@code path:line:col}.
 *
 * <p>{@code path} is relative to the project root and uses {@code /}; {@code line} and
 * {@code column} are 1-based, 0 when unknown. {@code hint} may be empty.
 */
public record Problem(Severity severity, String path, int line, int column, String message, String hint) {

  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  public Problem {
    hint = hint == null ? "" : hint;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: error: message (hint)} — the one format every user sees. */
  public String format() {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }

  /**
   * The same finding as a GitHub Actions workflow command,
   * {@code ::error file=content/a.md,line=7,col=15::message (hint)}, escaped as the runner
   * unescapes it: {@code %}, CR and LF in the message; those and {@code :} and {@code ,} in the
   * file, which would otherwise end the property.
   */
  public String formatGitHub() {
    String kind = severity == Severity.ERROR ? "error" : "warning";
    StringBuilder sb = new StringBuilder("::").append(kind).append(" file=").append(escapeProperty(path));
    if (line > 0) {
      sb.append(",line=").append(line);
      if (column > 0) {
        sb.append(",col=").append(column);
      }
    }
    String text = hint.isEmpty() ? message : message + " (" + hint + ")";
    sb.append("::").append(escapeData(text));
    return sb.toString();
  }

  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
