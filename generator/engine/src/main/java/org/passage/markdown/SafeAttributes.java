package org.passage.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.WhiteSpace;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the attribute syntax ({@code {#id .class key=value}}) to what it is for, before Flexmark's
 * attributes extension sees it:
 *
 * <ul>
 *   <li>Only a list of {@code #id}, {@code .class} and {@code key=value} items, at the end of a
 *       block or right after an inline element (a link, an image, emphasis, code), is an
 *       attribute list. Any other brace text ({@code {placeholder}}, {@code {{ name }}}) stays
 *       text, as written.
 *   <li>Only {@code id}, {@code class} and a few harmless attributes pass. Event handlers,
 *       {@code style}, {@code href}, {@code src} and everything else are dropped and reported,
 *       so attributes can never run a script or change where a link goes.
 * </ul>
 */
final class SafeAttributes {
  /** Attributes a page may set; {@code data-*} too. */
  static final Set<String> ALLOWED = Set.of("id", "class", "title", "lang", "dir", "width", "height", "start", "reversed", "colspan", "rowspan");

  /** What was dropped while parsing a page: one entry per attribute, for the converter to report. */
  static final DataKey<List<Dropped>> DROPPED = new DataKey<>("PASSAGE_DROPPED_ATTRIBUTES", new ArrayList<>(), doc -> new ArrayList<>());

  /** An attribute left out of the page, and where its list began (an offset in the page's text). */
  record Dropped(String name, int offset) {}

  private static final String ITEM = "(?:#[^\\s{}#=\"']+|\\.[^\\s{}#.=\"']+|[A-Za-z_:][A-Za-z0-9_.:-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`{}]+))";
  private static final Pattern LIST = Pattern.compile("\\s*" + ITEM + "(?:\\s+" + ITEM + ")*\\s*");

  private SafeAttributes() {}

  static Parser.ParserExtension extension() {
    return new Parser.ParserExtension() {
      @Override
      public void parserOptions(MutableDataHolder options) {}

      @Override
      public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
      }
    };
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(AttributesNode.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(AttributesNodePostProcessor.Factory.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      List<Dropped> dropped = DROPPED.get(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          AttributesNode attributes = (AttributesNode) node;
          if (!LIST.matcher(attributes.getText()).matches() || !inPlace(attributes)) {
            Text text = new Text(attributes.getChars());
            attributes.insertBefore(text);
            attributes.unlink();
            state.nodeRemoved(attributes);
            state.nodeAdded(text);
            return;
          }
          for (Node child = attributes.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof AttributeNode a && !allowed(a)) {
              dropped.add(new Dropped(a.getName().toString(), attributes.getStartOffset()));
              a.unlink();
              state.nodeRemoved(a);
            }
            child = next;
          }
        }
      };
    }
  }

  /** At the end of its block (only more attributes or blank lines after it), or right after an inline element. */
  private static boolean inPlace(AttributesNode attributes) {
    Node next = attributes.getNext();
    while (next instanceof AttributesNode || next instanceof BlankLine || next instanceof WhiteSpace) {
      next = next.getNext();
    }
    if (next == null) {
      return true;
    }
    Node previous = attributes.getPrevious();
    return previous != null
        && !(previous instanceof Text || previous instanceof TextBase || previous instanceof SoftLineBreak || previous instanceof WhiteSpace)
        && previous.getEndOffset() == attributes.getStartOffset()
        && !(attributes.getParent() instanceof Document)
        && !(previous instanceof Paragraph);
  }

  private static boolean allowed(AttributeNode a) {
    if (a.isId() || a.isClass()) {
      return true;
    }
    String name = a.getName().toString().toLowerCase(Locale.ROOT);
    return ALLOWED.contains(name) || (name.startsWith("data-") && name.length() > 5);
  }
}
