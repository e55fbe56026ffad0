package org.passage.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.diagnostics.Diagnostics;

/**
 * Other tools' preprocessor syntax, which Passage does not run: mdBook's {@code {{#include …}}}
 * and its relatives, Hugo's shortcodes ({@code {{< … >}}}, {@code {{% … %}}}). It stays in the
 * page as written; the first use in a file is reported, once, so a migrating author knows what
 * to replace.
 */
final class Preprocessors {
  private static final Pattern SYNTAX = Pattern.compile("\\{\\{(#(?:include|rustdoc_include|playground|title|template)\\b|[<%]\\s*/?[A-Za-z][\\w-]*)");

  private Preprocessors() {}

  static void report(String body, MarkdownConverter.Lines lines, Diagnostics diagnostics) {
    if (body.indexOf("{{") < 0) {
      return;
    }
    Matcher m = SYNTAX.matcher(body);
    if (m.find()) {
      boolean hugo = m.group(1).charAt(0) != '#';
      diagnostics.warning(lines.pos(m.start()),
          (hugo ? "Hugo shortcode " : "mdBook directive ") + "\"{{" + m.group(1) + "\" is not run by Passage, so it is shown as written"
              + " (the first of this file)",
          hugo ? "write its output into the page" : "paste the included text into the page, or link to the file");
    }
  }
}
