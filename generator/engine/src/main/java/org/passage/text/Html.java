package org.passage.text;

/** Escaping for text written into HTML by Java code rather than by a template. */
public final class Html {
  private Html() {}

  /** {@code s} as the value of a double-quoted attribute. */
  public static String attribute(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
