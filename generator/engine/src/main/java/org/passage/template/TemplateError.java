package org.passage.template;

/** A template failed to render; already formatted as {@code file:line: message}. */
public final class TemplateError extends RuntimeException {
  private final String file;
  private final int line;

  public TemplateError(String file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
