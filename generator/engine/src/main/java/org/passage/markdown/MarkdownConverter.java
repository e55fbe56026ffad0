package org.passage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
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
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.config.SiteConfig.HtmlPolicy;
import org.passage.config.SiteConfig.MarkdownConfig;
import org.passage.content.SourcePage;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.text.PackedText;

/**
 * Stage 2, Convert: turns one page's Markdown into HTML with Flexmark: CommonMark, GFM tables, strikethrough, task
 * lists and autolinks, footnotes, admonitions, heading ids with anchor links, {@code [TOC]},
 * definition lists, abbreviations and {@code {#id .class}} attributes.
 *
 * <p>Links to Markdown files become links to the pages' output files; links that leave the
 * content folder, are root-relative, or name a missing page or file are reported. One instance
 * serves a whole build; {@link #convert} is thread-safe.
 */
public final class MarkdownConverter {
  /** The URL rewrites of the page being rendered, read by {@link PageLinkResolver}. */
  static final DataKey<Map<String, String>> REWRITES = new DataKey<>("PASSAGE_REWRITES", Map.of());

  private static final Map<String, String> ADMONITION_TYPES = Map.copyOf(AdmonitionExtension.getQualifierTypeMap());
  private static final Map<String, String> ADMONITION_TITLES = Map.copyOf(AdmonitionExtension.getQualifierTitleMap());

  private final MutableDataSet options;
  private final HtmlRenderer renderer;
  private final Map<Integer, Parser> parsers;
  private final HtmlPolicy htmlPolicy;
  private final boolean strictLinks;
  /** By language code; pages of a language without an entry get none. */
  private final Map<String, SiteAbbreviations> abbreviations;
  private final LinkTargets targets;
  private final long budgetNanos;

  /**
   * @param abbreviations the site-wide abbreviations, applied to each page's tree
   * @param budget the longest one page may take; a page that takes longer is stopped and reported
   */
  public MarkdownConverter(MarkdownConfig markdown, SiteAbbreviations abbreviations, LinkTargets targets, Duration budget) {
    this(markdown, new AllLanguages(abbreviations), targets, budget);
  }

  /** The same with each language's abbreviations (from its own glossary), by language code. */
  public MarkdownConverter(MarkdownConfig markdown, Map<String, SiteAbbreviations> abbreviations, LinkTargets targets, Duration budget) {
    this.htmlPolicy = markdown.html();
    this.strictLinks = markdown.strictLinks();
    this.abbreviations = abbreviations;
    this.targets = targets;
    this.budgetNanos = budget.toNanos();
    this.options = options(this.htmlPolicy, List.of(Feature.values()));
    this.renderer = HtmlRenderer.builder(options).build();
    this.parsers = new java.util.concurrent.ConcurrentHashMap<>();
  }

  /**
   * Syntax extensions that cost time on every page but can only match when their marker is in
   * the text. Each page is parsed with just the extensions its text could use, which gives the
   * same tree as parsing with all of them, several times faster on plain pages.
   */
  enum Feature {
    TABLES, ADMONITIONS, AUTOLINKS, FOOTNOTES, TOC, DEFINITIONS, ATTRIBUTES;

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
      };
    }
  }

  private Parser parser(int mask) {
    return parsers.computeIfAbsent(mask, m -> {
      List<Feature> features = new ArrayList<>();
      for (Feature f : Feature.values()) {
        if ((m & (1 << f.ordinal())) != 0) {
          features.add(f);
        }
      }
      return Parser.builder(options(htmlPolicy, features)).build();
    });
  }

  private static MutableDataSet options(HtmlPolicy htmlPolicy, List<Feature> features) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> extensions = new ArrayList<>();
    extensions.add(StrikethroughExtension.create());
    extensions.add(TaskListExtension.create());
    extensions.add(AbbreviationExtension.create());
    for (Feature f : features) {
      extensions.add(f.extension());
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

  /**
   * Converts one page. A page whose conversion runs over the budget, or nests too deeply for the
   * parser, is reported at its first line and comes back empty (the build then fails).
   */
  public ConvertedPage convert(SourcePage page, Diagnostics diagnostics) {
    try {
      return convertWithin(page, diagnostics, System.nanoTime() + budgetNanos);
    } catch (BudgetedText.OverBudget e) {
      diagnostics.error(new SourcePos(page.display(), page.bodyLine(), 0),
          "converting this page took longer than " + (budgetNanos >= 1_000_000_000 ? budgetNanos / 1_000_000_000 + " s" : budgetNanos / 1_000_000 + " ms") + ", so it was stopped",
          "some shapes of Markdown take the parser very long, such as thousands of nested brackets: simplify the page or split it");
    } catch (StackOverflowError e) {
      diagnostics.error(new SourcePos(page.display(), page.bodyLine(), 0), "this page nests blocks or inline elements too deeply to convert",
          "thousands of nested quotes, lists or brackets cannot be shown: simplify the page");
    }
    return new ConvertedPage(PackedText.of(""), Optional.empty(), List.of(), Set.of(), List.of(), List.of(), 0);
  }

  private ConvertedPage convertWithin(SourcePage page, Diagnostics diagnostics, long deadline) {
    String body = page.body().text();
    Document doc = parser(Feature.of(body)).parse(BasedSequence.of(new BudgetedText(body, deadline)));
    abbreviations.getOrDefault(page.language().code(), SiteAbbreviations.NONE).apply(doc);
    HeadingIds.assign(doc);

    Optional<String> h1 = Optional.empty();
    Node first = doc.getFirstChild();
    while (first != null && first.isOrDescendantOfType(com.vladsch.flexmark.util.ast.BlankLine.class)) {
      first = first.getNext();
    }
    boolean titled = page.frontMatter() != null && page.frontMatter().get("title") != null;
    if (first instanceof Heading heading && heading.getLevel() == 1 && !titled) {
      // The leading heading becomes the page title, which the layout prints once.
      h1 = Optional.of(plain(heading).strip());
      heading.unlink();
    }

    Lines lines = new Lines(body, page.bodyLine(), page.display());
    for (SafeAttributes.Dropped d : SafeAttributes.DROPPED.get(doc)) {
      diagnostics.warning(lines.pos(d.offset()), "attribute \"" + d.name() + "\" was left out: a page may set only "
          + "id, class, title, lang, dir, width, height and data-* attributes", "links and images take their address from the Markdown, and pages run no scripts");
    }
    List<org.passage.markdown.Heading> headings = new ArrayList<>();
    Set<String> anchors = new LinkedHashSet<>();
    List<LinkRef> links = new ArrayList<>();
    Map<String, String> rewrites = new HashMap<>();
    List<TextSection> sections = new ArrayList<>();
    LinkRewriter rewriter = new LinkRewriter(page, targets, strictLinks, diagnostics);
    Preprocessors.report(body, lines, diagnostics);

    collect(doc, headings, anchors, lines, rewriter, links, rewrites);
    sectionText(doc, sections);
    int words = 0;
    for (TextSection s : sections) {
      words += countWords(s.text());
    }

    // Same-page anchors can be checked now; anchors on other pages wait for the Validate stage.
    for (LinkRef link : links) {
      if (!link.isTerm() && link.target().equals(page.contentPath()) && !link.anchor().isEmpty() && !anchors.contains(link.anchor())) {
        Optional<String> near = Anchors.nearest(link.anchor(), anchors);
        if (strictLinks) {
          diagnostics.error(link.pos(), "link to missing heading \"#" + link.anchor() + "\"", near.map(n -> "did you mean \"" + n + "\"?").orElse("headings on this page: " + String.join(", ", anchors)));
        } else {
          diagnostics.warning(link.pos(), "link to missing heading \"#" + link.anchor() + "\": " + near.map(n -> "it leads to \"#" + n + "\", the closest heading").orElse("it leads to the top of the page"),
              "set links: strict in site.yml to make this an error");
          String href = rewrites.getOrDefault(link.url(), link.url());
          rewrites.put(link.url(), href.substring(0, href.indexOf('#')) + "#" + near.orElse(""));
        }
      }
    }
    doc.set(REWRITES, rewrites);
    String html = renderer.render(doc);
    // Only raw HTML can bring what the sanitiser removes; Flexmark's own output is safe already.
    if (htmlPolicy == HtmlPolicy.SANITIZE && hasRawHtml(doc)) {
      html = HtmlSanitizer.clean(html);
    }
    html = addAnchorLinks(html, headings);
    html = labelTaskBoxes(html);
    return new ConvertedPage(PackedText.of(html), h1, List.copyOf(headings), Set.copyOf(anchors), List.copyOf(links), List.copyOf(sections), words);
  }

  private static boolean hasRawHtml(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.HtmlBlockBase || child instanceof com.vladsch.flexmark.ast.HtmlInlineBase || hasRawHtml(child)) {
        return true;
      }
    }
    return false;
  }

  private void collect(
      Node node,
      List<org.passage.markdown.Heading> headings,
      Set<String> anchors,
      Lines lines,
      LinkRewriter rewriter,
      List<LinkRef> links,
      Map<String, String> rewrites) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        String id = h.getAnchorRefId();
        headings.add(new org.passage.markdown.Heading(h.getLevel(), plain(h).strip(), id, lines.line(h.getStartOffset())));
        if (id != null && !id.isEmpty()) {
          anchors.add(id);
        }
      } else if (child instanceof AttributeNode attr && attr.isId()) {
        anchors.add(attr.getValue().toString());
      } else if (child instanceof com.vladsch.flexmark.ext.footnotes.Footnote footnote) {
        anchors.add("fnref-" + footnote.getReferenceOrdinal());
        anchors.add("fn-" + footnote.getReferenceOrdinal());
      }
      if (child instanceof com.vladsch.flexmark.ast.AutoLink auto) {
        rewriter.checkAddress(auto.getText().toString(), lines.pos(auto.getStartOffset()));
      } else if (child instanceof Link link) {
        rewriter.rewrite(link.getUrl().toString(), false, lines.pos(link.getStartOffset()), links, rewrites);
      } else if (child instanceof Image image) {
        rewriter.rewrite(image.getUrl().toString(), true, lines.pos(image.getStartOffset()), links, rewrites);
      } else if (child instanceof Reference ref) {
        rewriter.rewrite(ref.getUrl().toString(), false, lines.pos(ref.getStartOffset()), links, rewrites);
      }
      collect(child, headings, anchors, lines, rewriter, links, rewrites);
    }
  }

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<h([2-6])\\b([^>]*)\\bid=\"([^\"]+)\"([^>]*)>(.*?)</h\\1>", java.util.regex.Pattern.DOTALL);

  /**
   * Gives each heading h2–h6 a link to itself, after its text. The link is named for screen
   * readers by the heading it sits in (aria-labelledby), so the name is in the page's language
   * whatever it is, and shows a "#" through CSS, so heading text stays clean.
   */
  static String addAnchorLinks(String html, List<org.passage.markdown.Heading> headings) {
    if (headings.isEmpty()) {
      return html;
    }
    java.util.regex.Matcher m = HEADING.matcher(html);
    StringBuilder sb = new StringBuilder(html.length() + headings.size() * 80);
    while (m.find()) {
      String id = m.group(3);
      String anchor = "<a class=\"anchor\" href=\"#" + id + "\" aria-labelledby=\"" + id + "\"></a>";
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          "<h" + m.group(1) + m.group(2) + "id=\"" + id + "\"" + m.group(4) + ">" + m.group(5) + anchor + "</h" + m.group(1) + ">"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static final java.util.regex.Pattern TASK_BOX =
      java.util.regex.Pattern.compile("<input type=\"checkbox\" class=\"task-list-item-checkbox\"([^>]*)/>&nbsp;");
  private static final java.util.regex.Pattern ITEM_END = java.util.regex.Pattern.compile("</li>|</p>|<ul|<ol");

  /**
   * Names each task-list checkbox by its item's text: a form control needs a label, and the
   * box (disabled, a printed tick box) stands before the text it belongs to.
   */
  static String labelTaskBoxes(String html) {
    if (!html.contains("task-list-item-checkbox")) {
      return html;
    }
    java.util.regex.Matcher m = TASK_BOX.matcher(html);
    StringBuilder sb = new StringBuilder(html.length() + 256);
    while (m.find()) {
      java.util.regex.Matcher end = ITEM_END.matcher(html);
      int stop = end.find(m.end()) ? end.start() : html.length();
      String text = html.substring(m.end(), stop).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip().replace("\"", "&quot;");
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          "<input type=\"checkbox\" class=\"task-list-item-checkbox\"" + m.group(1) + (text.isEmpty() ? "" : "aria-label=\"" + text + "\" ") + "/>&nbsp;"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Splits the page's text at level-2 headings. */
  private static void sectionText(Document doc, List<TextSection> out) {
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

  private static int countWords(String text) {
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

  /** Maps offsets in the Markdown body to file line and column. */
  static final class Lines {
    private final int[] starts;
    private final int firstLine;
    private final String display;

    Lines(String body, int firstLine, String display) {
      this.firstLine = firstLine;
      this.display = display;
      int count = 1;
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          count++;
        }
      }
      starts = new int[count];
      int k = 1;
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          starts[k++] = i + 1;
        }
      }
    }

    int lineIndex(int offset) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    int line(int offset) {
      return firstLine + lineIndex(offset);
    }

    SourcePos pos(int offset) {
      int idx = lineIndex(offset);
      return new SourcePos(display, firstLine + idx, offset - starts[idx] + 1);
    }
  }

  /** The same abbreviations for every language. */
  private static final class AllLanguages extends java.util.AbstractMap<String, SiteAbbreviations> {
    private final SiteAbbreviations all;

    AllLanguages(SiteAbbreviations all) {
      this.all = all;
    }

    @Override
    public SiteAbbreviations getOrDefault(Object key, SiteAbbreviations fallback) {
      return all;
    }

    @Override
    public java.util.Set<Map.Entry<String, SiteAbbreviations>> entrySet() {
      return java.util.Set.of();
    }
  }
}
