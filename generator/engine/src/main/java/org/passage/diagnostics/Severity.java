package org.passage.diagnostics;

import java.util.Locale;

/** How bad a {@link Problem} is; an error fails the build, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
