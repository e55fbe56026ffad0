package org.passage.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.config.SiteConfig.HtmlPolicy;

/**
 * Flexmark's parsers and renderer, set up once per build: one parser per set of syntax
 * extensions a page's text can use (see {@link Feature}), the renderer with all of them.
 */
final class MarkdownParsers {
  private static final Map<String, String> ADMONITION_TYPES = Map.copyOf(AdmonitionExtension.getQualifierTypeMap());
  private static final Map<String, String> ADMONITION_TITLES = Map.copyOf(AdmonitionExtension.getQualifierTitleMap());
  /** Every extension (bits by {@link Feature} ordinal). */
  static final int ALL = (1 << Feature.values().length) - 1;
  /** The extensions a document was parsed with. */
  private static final DataKey<Integer> FEATURES = new DataKey<>("PASSAGE_FEATURES", ALL);

  private final HtmlPolicy htmlPolicy;
  private final Map<Integer, Parser> parsers = new ConcurrentHashMap<>();
  private final Map<Integer, HtmlRenderer> renderers = new ConcurrentHashMap<>();

  MarkdownParsers(HtmlPolicy htmlPolicy) {
    this.htmlPolicy = htmlPolicy;
  }

  /**
   * Parses {@code input}, a page whose text is {@code text}, with the extensions the text could use.
   * A text with an address or an '@' is parsed without the autolink extension first: when those
   * only stand where autolinking never looks (code, link destinations, {@code <…>} links, HTML),
   * that tree is the same, and autolinking every text node costs more than parsing again the
   * few pages where it finds something.
   */
  Document parse(String text, CharSequence input) {
    int mask = Feature.of(text);
    int autolinks = 1 << Feature.AUTOLINKS.ordinal();
    Document doc;
    if ((mask & autolinks) == 0) {
      doc = parser(mask).parse(BasedSequence.of(input));
    } else {
      doc = parser(mask & ~autolinks).parse(BasedSequence.of(input));
      if (Autolinks.couldLink(doc, text)) {
        doc = parser(mask).parse(BasedSequence.of(input));
      }
    }
    doc.set(FEATURES, mask);
    return doc;
  }

  /**
   * The renderer for {@code doc}: one with the extensions it was parsed with, since building every
   * extension's renderers for each page cost as much as a tenth of rendering it. Abbreviations
   * are always in: the site's glossary adds them to any page.
   */
  HtmlRenderer rendererFor(Document doc) {
    return renderer(FEATURES.get(doc) | (1 << Feature.ABBREVIATIONS.ordinal()));
  }

  /** The renderer with the extensions of {@code mask}. */
  HtmlRenderer renderer(int mask) {
    return renderers.computeIfAbsent(mask, m -> HtmlRenderer.builder(options(htmlPolicy, features(m))).build());
  }

  /** A page that uses every extension, for {@link MarkdownConverter#warmUp()}. */
  private static final String SAMPLE = """
      # Title {#top}

      Text with *emphasis*, **strong**, `code`, ~~struck~~, a [link](other.md#part), https://example.org and HTML.

      - item
      - [ ] task
        1. nested

      > quote

      | a | b |
      |---|---|
      | 1 | 2 |

      ```java
      code();
      ```

      !!! note "Note"
          Admonition.

      Term
      : Definition[^1]

      [^1]: Footnote.

      [TOC]

      *[HTML]: HyperText Markup Language
      """;

  /** Parses and renders {@link #SAMPLE} with every extension and with none. */
  void warmUp() {
    renderer(ALL).render(parser(ALL).parse(BasedSequence.of(SAMPLE)));
    Document plain = parse("plain *text* <https://example.org>\n", "plain *text* <https://example.org>\n");
    rendererFor(plain).render(plain);
  }

  /**
   * Syntax extensions that cost time on every page but can only match when their marker is in
   * the text. Each page is parsed with just the extensions its text could use, which gives the
   * same tree as parsing with all of them, several times faster on plain pages.
   */
  enum Feature {
    TABLES, ADMONITIONS, AUTOLINKS, FOOTNOTES, TOC, DEFINITIONS, ATTRIBUTES, ABBREVIATIONS;

    static int of(String text) {
      int mask = 0;
      if (text.indexOf('|') >= 0 && hasLineOf(text, "|-: \t", '-', '|')) {
        mask |= 1 << TABLES.ordinal(); // a table needs its delimiter row: | --- | :-: |
      }
      if (text.contains("!!!") || text.contains("???")) {
        mask |= 1 << ADMONITIONS.ordinal();
      }
      if (text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0) {
        mask |= 1 << AUTOLINKS.ordinal();
      }
      if (text.contains("[^")) {
        mask |= 1 << FOOTNOTES.ordinal();
      }
      if (text.contains("[TOC") || text.contains("[toc")) {
        mask |= 1 << TOC.ordinal();
      }
      if (text.indexOf(':') >= 0 && hasDefinition(text)) {
        mask |= 1 << DEFINITIONS.ordinal();
      }
      if (text.indexOf('{') >= 0 && hasAttributeList(text)) {
        mask |= 1 << ATTRIBUTES.ordinal();
      }
      if (text.contains("*[")) {
        mask |= 1 << ABBREVIATIONS.ordinal(); // a definition: *[HTML]: HyperText Markup Language
      }
      return mask;
    }

    /** A line made only of {@code allowed} characters that holds both {@code a} and {@code b}. */
    static boolean hasLineOf(String text, String allowed, char a, char b) {
      int start = 0;
      while (start <= text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        boolean onlyAllowed = true;
        boolean seenA = false;
        boolean seenB = false;
        for (int i = start; i < end && onlyAllowed; i++) {
          char c = text.charAt(i);
          onlyAllowed = allowed.indexOf(c) >= 0 || c == '\r';
          seenA |= c == a;
          seenB |= c == b;
        }
        if (onlyAllowed && seenA && seenB) {
          return true;
        }
        start = end + 1;
      }
      return false;
    }

    /** A line that starts (after up to three spaces) with ':' and a space: a definition. */
    static boolean hasDefinition(String text) {
      for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
        int lineStart = text.lastIndexOf('\n', i) + 1;
        boolean indented = i - lineStart <= 3 && text.substring(lineStart, i).isBlank();
        if (indented && i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
          return true;
        }
      }
      return false;
    }

    /** A '{' that opens something shaped like an attribute list: {#id}, {.class} or {name=…}. */
    static boolean hasAttributeList(String text) {
      for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
          j++;
        }
        if (j >= text.length()) {
          return false;
        }
        char c = text.charAt(j);
        if (c == '#' || c == '.') {
          return true;
        }
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '_' || text.charAt(j) == ':')) {
          j++;
        }
        if (j < text.length() && j > i + 1 && text.charAt(j) == '=') {
          return true;
        }
      }
      return false;
    }

    Extension extension() {
      return switch (this) {
        case TABLES -> TablesExtension.create();
        case ADMONITIONS -> AdmonitionExtension.create();
        case AUTOLINKS -> AutolinkExtension.create();
        case FOOTNOTES -> FootnoteExtension.create();
        case TOC -> TocExtension.create();
        case DEFINITIONS -> DefinitionExtension.create();
        case ATTRIBUTES -> AttributesExtension.create();
        case ABBREVIATIONS -> AbbreviationExtension.create();
      };
    }
  }

  /** The parser with the extensions of {@code mask} (bits by {@link Feature} ordinal). */
  Parser parser(int mask) {
    return parsers.computeIfAbsent(mask, m -> Parser.builder(options(htmlPolicy, features(m))).build());
  }

  private static List<Feature> features(int mask) {
    List<Feature> features = new ArrayList<>();
    for (Feature f : Feature.values()) {
      if ((mask & (1 << f.ordinal())) != 0) {
        features.add(f);
      }
    }
    return features;
  }

  private static MutableDataSet options(HtmlPolicy htmlPolicy, List<Feature> features) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> extensions = new ArrayList<>();
    extensions.add(StrikethroughExtension.create());
    extensions.add(TaskListExtension.create());
    if (features.contains(Feature.ABBREVIATIONS)) {
      extensions.add(Feature.ABBREVIATIONS.extension()); // where it always stood in the list
    }
    for (Feature f : features) {
      if (f != Feature.ABBREVIATIONS) {
        extensions.add(f.extension());
      }
    }
    if (features.contains(Feature.ATTRIBUTES)) {
      extensions.add(SafeAttributes.extension());
    }
    extensions.add(PageLinkResolver.extension());
    options.set(Parser.EXTENSIONS, extensions);
    // Attributes after text go to the block they end, never to a span around the text before them.
    options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    options.set(HtmlRenderer.ESCAPE_HTML, htmlPolicy == HtmlPolicy.ESCAPE);
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(TocExtension.LEVELS, (1 << 2) | (1 << 3));
    options.set(TocExtension.TITLE, "Contents");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
    // A disabled box is already read-only; "readonly" on a checkbox is invalid HTML.
    options.set(com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension.ITEM_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" />&nbsp;");
    options.set(com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension.ITEM_NOT_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />&nbsp;");
    // Given once: left unset, Flexmark rebuilds these maps (reading SVG files from its jar) for
    // every page. Icons come from the theme's CSS, so no SVGs are embedded.
    options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, ADMONITION_TYPES);
    options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, ADMONITION_TITLES);
    options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    return options;
  }
}
