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
    Map<String, Object> params) {

  /** A reference to a taxonomy term written in front matter. */
  public record TermUse(String term, SourcePos pos) {}

  /** This page's facts without its Markdown text and front matter tree (see {@link SourcePage#withoutText()}). */
  public PageMeta withoutText() {
    return new PageMeta(source.withoutText(), outputPath, title, description, weight, layout, layoutAt, collection, date, toc, searchable, terms, params);
  }

  public String contentPath() {
    return source.contentPath();
  }
}
