package org.passage.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether Flexmark's autolink extension could change a parsed page. It only reads text nodes,
 * backslash escapes and entities resolved, and links what holds "://" (an address or a bare
 * scheme), "www." or '@' (an e-mail address); a tree whose text nodes hold none of these is the
 * tree the extension would leave. A text node holding '\' or '&' counts as a match (what they
 * stand for is not worked out), and so does text under links, which the extension skips: either
 * only costs a second parse.
 */
final class Autolinks {
  private Autolinks() {}

  /** Whether autolinking could change {@code doc}, parsed from {@code text}. */
  static boolean couldLink(Node doc, String text) {
    // Where the markers stand in the text (start, end); nearly always a handful per page.
    int[] spans = new int[16];
    int n = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      int end = switch (c) {
        case '@', '&', '\\' -> i + 1;
        case ':' -> text.startsWith("//", i + 1) ? i + 3 : -1;
        case 'w', 'W' -> text.regionMatches(true, i, "www.", 0, 4) ? i + 4 : -1;
        default -> -1;
      };
      if (end > 0) {
        if (n == spans.length) {
          spans = Arrays.copyOf(spans, n * 2);
        }
        spans[n++] = i;
        spans[n++] = end;
      }
    }
    if (n == 0) {
      return false;
    }
    for (Node node : doc.getDescendants()) {
      if (node instanceof Text) {
        BasedSequence chars = node.getChars();
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (end - start != chars.length()) {
          if (holdsMarker(chars)) { // not one stretch of the page's text: read it
            return true;
          }
          continue;
        }
        for (int k = 0; k < n; k += 2) {
          if (spans[k] >= start && spans[k + 1] <= end) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean holdsMarker(CharSequence chars) {
    String text = chars.toString();
    if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
      text = Escaping.unescapeString(text);
    }
    return text.indexOf('@') >= 0 || text.contains("://") || text.toLowerCase(Locale.ROOT).contains("www.");
  }
}
