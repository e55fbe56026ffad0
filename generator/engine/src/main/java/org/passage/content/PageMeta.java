package org.passage.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.diagnostics.SourcePos;

/**
 * A page's front matter, checked and typed, plus where the page will be written.
 *
 * @param title from front matter; empty when the first heading or file name must supply it
 * @param terms taxonomy name to the term ids the page references, with their positions
 * @param layoutAt where the layout is named (for "layout not found")
 * @param params every front-matter field as plain data, for templates
 * @param aliases old addresses of the page, each written as a page that leads to it
 * @param generated made by Passage for a folder that has no index page of its own
 * @param fallbackTitle the title when front matter gives none and the page has no leading heading
 *     (a book outline's name for the chapter), before the file name
 */
public record PageMeta(
    SourcePage source,
    String outputPath,
    Optional<String> title,
    String description,
    double weight,
    Optional<String> layout,
    SourcePos layoutAt,
    Optional<String> collection,
    Optional<String> date,
    boolean toc,
    boolean searchable,
    Map<String, List<TermUse>> terms,
    Map<String, Object> params,
    List<Alias> aliases,
    boolean generated,
    Optional<String> fallbackTitle) {

  /** A reference to a taxonomy term written in front matter. */
  public record TermUse(String term, SourcePos pos) {}

  /** An old address of the page ({@code sitePath} of the redirect page), and where it was written. */
  public record Alias(String sitePath, SourcePos pos) {}

  /** This page's facts without its Markdown text and front matter tree (see {@link SourcePage#withoutText()}). */
  public PageMeta withoutText() {
    return new PageMeta(source.withoutText(), outputPath, title, description, weight, layout, layoutAt, collection, date, toc, searchable, terms, params, aliases, generated, fallbackTitle);
  }

  /** This page with the title it takes when it has none of its own. */
  public PageMeta withFallbackTitle(String title) {
    return new PageMeta(source, outputPath, this.title, description, weight, layout, layoutAt, collection, date, toc, searchable, terms, params, aliases, generated, Optional.of(title));
  }

  /**
   * Whether {@code other} is this page with at most its Markdown text changed: the same file and
   * every fact other pages may show (title, terms, weight, fields …). The preview's test that an
   * edit concerns the page alone.
   */
  public boolean sameFactsAs(PageMeta other) {
    SourcePage a = source, b = other.source;
    return a.contentPath().equals(b.contentPath()) && a.display().equals(b.display()) && a.language().equals(b.language())
        && withSource(NO_SOURCE).equals(other.withSource(NO_SOURCE));
  }

  private static final SourcePage NO_SOURCE = new SourcePage("", "", null, null, "", 0);

  private PageMeta withSource(SourcePage s) {
    return new PageMeta(s, outputPath, title, description, weight, layout, layoutAt, collection, date, toc, searchable, terms, params, aliases, generated, fallbackTitle);
  }

  /**
   * This page as it stands in for its missing translation in another language's navigation: at
   * {@code contentPath} there, still of its own language and written at its own output path.
   */
  public PageMeta standingIn(String contentPath) {
    return withSource(new SourcePage(contentPath, source.display(), source.language(), null, "", source.bodyLine()));
  }

  public String contentPath() {
    return source.contentPath();
  }
}
