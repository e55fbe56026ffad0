package org.passage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
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

  private final MarkdownParsers parsers;
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
    this.parsers = new MarkdownParsers(this.htmlPolicy);
  }

  /**
   * Loads and initialises Flexmark's classes (a JVM of its own runs this while the pages load).
   * Not to run while another thread uses Flexmark: two threads initialising a library's classes
   * from different ends can deadlock.
   */
  public static void warmUp() {
    new MarkdownParsers(HtmlPolicy.SANITIZE).warmUp();
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
    Document doc = parsers.parse(body, new BudgetedText(body, deadline));
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
      h1 = Optional.of(PlainText.plain(heading).strip());
      heading.unlink();
    }

    SourceLines lines = new SourceLines(body, page.bodyLine(), page.display());
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
    PlainText.sectionText(doc, sections);
    int words = 0;
    for (TextSection s : sections) {
      words += PlainText.countWords(s.text());
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
    String html = parsers.rendererFor(doc).render(doc);
    // Only raw HTML can bring what the sanitiser removes; Flexmark's own output is safe already.
    if (htmlPolicy == HtmlPolicy.SANITIZE && hasRawHtml(doc)) {
      html = HtmlSanitizer.clean(html);
    }
    html = HtmlPasses.addAnchorLinks(html, headings);
    html = HtmlPasses.labelTaskBoxes(html);
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
      SourceLines lines,
      LinkRewriter rewriter,
      List<LinkRef> links,
      Map<String, String> rewrites) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        String id = h.getAnchorRefId();
        headings.add(new org.passage.markdown.Heading(h.getLevel(), PlainText.plain(h).strip(), id, lines.line(h.getStartOffset())));
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
