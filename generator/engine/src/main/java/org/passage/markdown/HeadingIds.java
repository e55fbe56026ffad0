package org.passage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heading ids as GitHub computes them, which mdBook, Hugo and MkDocs follow closely, so that links
 * written for those tools keep working: the heading's text (code spans and emphasis included),
 * in lower case, with punctuation and symbols other than {@code -} and {@code _} removed and each
 * space made a {@code -}; a repeated id gets {@code -1}, {@code -2} … An explicit {@code {#id}}
 * wins.
 */
final class HeadingIds {
  private HeadingIds() {}

  static void assign(Node document) {
    Set<String> taken = new HashSet<>();
    Map<String, Integer> repeats = new HashMap<>();
    // Explicit ids first, so a generated id never takes one an author chose.
    forEachHeading(document, h -> {
      if (!h.getAnchorRefId().isEmpty()) {
        taken.add(h.getAnchorRefId());
      }
    });
    forEachHeading(document, h -> {
      if (!h.getAnchorRefId().isEmpty()) {
        return;
      }
      String base = slug(PlainText.plain(h).strip());
      String id = base;
      while (taken.contains(id) || id.isEmpty()) {
        int n = repeats.merge(base, 1, Integer::sum);
        id = base.isEmpty() ? "section-" + n : base + "-" + n;
      }
      taken.add(id);
      h.setAnchorRefId(id);
    });
  }

  /** GitHub's slug of a heading's text. */
  static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        sb.append('-');
      } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static void forEachHeading(Node node, java.util.function.Consumer<Heading> action) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        action.accept(h);
      } else {
        forEachHeading(child, action);
      }
    }
  }
}
