package org.passage.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.diagnostics.Diagnostics;

/**
 * Other tools' preprocessor syntax, which Passage does not run: mdBook's {@code {{#include …}}}
 * and its relatives, Hugo's shortcodes ({@code {{< … >}}}, {@code {{% … %}}}). It stays in the
 * page as written; the first use in a file is reported, once, so a migrating author knows what
 * to replace. Hugo's syntax inside code (a code span or a fenced block) is not reported: there it
 * is an example, and tldr-pages writes key placeholders such as {@code {{<Ctrl Tab>}}} in code.
 * mdBook's directives are reported in code too, since mdBook runs them there.
 */
final class Preprocessors {
  private static final Pattern SYNTAX = Pattern.compile("\\{\\{(#(?:include|rustdoc_include|playground|title|template)\\b|[<%]\\s*/?[A-Za-z][\\w-]*)");

  private Preprocessors() {}

  static void report(String body, SourceLines lines, Diagnostics diagnostics) {
    if (body.indexOf("{{") < 0) {
      return;
    }
    Matcher m = SYNTAX.matcher(body);
    Fences fences = new Fences(body);
    while (m.find()) {
      boolean hugo = m.group(1).charAt(0) != '#';
      if (hugo && (fences.insideAt(m.start()) || inCodeSpan(body, m.start()))) {
        continue;
      }
      diagnostics.warning(lines.pos(m.start()),
          (hugo ? "Hugo shortcode " : "mdBook directive ") + "\"{{" + m.group(1) + "\" is not run by Passage, so it is shown as written"
              + " (the first of this file)",
          hugo ? "write its output into the page" : "paste the included text into the page, or link to the file");
      return;
    }
  }

  /** Whether {@code at} follows an odd number of backticks on its line. */
  private static boolean inCodeSpan(String body, int at) {
    int ticks = 0;
    for (int i = body.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
      if (body.charAt(i) == '`') {
        ticks++;
      }
    }
    return ticks % 2 == 1;
  }

  /** Fenced code blocks, read once from the top as later and later offsets are asked about. */
  private static final class Fences {
    private final String body;
    private int next;
    private boolean open;

    Fences(String body) {
      this.body = body;
    }

    boolean insideAt(int at) {
      int lineStart = body.lastIndexOf('\n', at - 1) + 1;
      while (next < lineStart) {
        int end = body.indexOf('\n', next);
        int stop = end < 0 ? body.length() : end;
        int i = next;
        while (i < stop && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
          i++;
        }
        if (body.startsWith("```", i) || body.startsWith("~~~", i)) {
          open = !open;
        }
        next = stop + 1;
      }
      return open;
    }
  }
}
