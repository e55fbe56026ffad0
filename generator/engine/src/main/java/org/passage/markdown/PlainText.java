package org.passage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** The text of a page as a reader sees it, for titles, heading ids, search and word counts. */
final class PlainText {
  private PlainText() {}

  /**
   * The text of a node as a reader sees it: text, code and link text, blocks separated by line
   * breaks. (Flexmark's TextCollectingVisitor trips an internal assertion on some documents.)
   */
  static String plain(Node node) {
    StringBuilder sb = new StringBuilder();
    collectText(node, sb);
    return sb.toString();
  }

  private static void collectText(Node node, StringBuilder sb) {
    if (node instanceof com.vladsch.flexmark.ast.Text) {
      BasedSequence chars = node.getChars();
      // unescape() runs two regular expressions; most text has nothing for them to do
      sb.append(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : chars.unescape());
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.Code code) {
      sb.append(code.getText()); // without the backticks
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.AutoLink auto) {
      sb.append(auto.getText());
      return;
    }
    if (node instanceof com.vladsch.flexmark.ext.abbreviation.Abbreviation abbr) {
      sb.append(abbr.getChars()); // the abbreviation as written ("GCM"), which has no child nodes
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock code) {
      sb.append(code.getContentChars()).append('\n');
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock code) {
      sb.append(code.getContentChars()).append('\n');
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.SoftLineBreak || node instanceof com.vladsch.flexmark.ast.HardLineBreak) {
      sb.append(' ');
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline || node instanceof AttributeNode
        || node instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collectText(child, sb);
    }
    if (node instanceof com.vladsch.flexmark.ext.tables.TableCell) {
      sb.append(' '); // cells and rows are not blocks, but their texts are separate words
    } else if (node instanceof com.vladsch.flexmark.ext.tables.TableRow) {
      sb.append('\n');
    }
    if (node instanceof com.vladsch.flexmark.util.ast.Block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }

  /** Splits the page's text at level-2 headings. */
  static void sectionText(Document doc, List<TextSection> out) {
    String heading = "";
    String anchor = "";
    StringBuilder subHeadings = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h && h.getLevel() <= 2) {
        if (!heading.isEmpty() || text.length() > 0) {
          out.add(new TextSection(heading, anchor, subHeadings.toString().strip(), text.toString().strip()));
        }
        heading = plain(h).strip();
        anchor = h.getAnchorRefId() == null ? "" : h.getAnchorRefId();
        subHeadings.setLength(0);
        text.setLength(0);
      } else if (child instanceof Heading h) {
        subHeadings.append(plain(h).strip()).append('\n');
      } else if (!(child instanceof Reference) && !(child instanceof com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock)) {
        String t = plain(child).strip();
        if (!t.isEmpty()) {
          text.append(t).append('\n');
        }
      }
    }
    if (!heading.isEmpty() || text.length() > 0) {
      out.add(new TextSection(heading, anchor, subHeadings.toString().strip(), text.toString().strip()));
    }
  }

  static int countWords(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
