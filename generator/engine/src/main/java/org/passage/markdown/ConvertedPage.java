package org.passage.markdown;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passage.text.PackedText;

/**
 * A page's Markdown turned into HTML and the facts later stages need; the syntax tree is not kept,
 * so memory stays flat on large sites.
 *
 * @param h1 text of a leading level-1 heading, which becomes the title and is left out of html
 * @param anchors every id the page defines (headings, {@code {#id}} attributes, footnotes)
 */
public record ConvertedPage(
    PackedText html, // unpacked when the page is rendered
    Optional<String> h1,
    List<Heading> headings,
    Set<String> anchors,
    List<LinkRef> links,
    List<TextSection> sections, // for the search index; dropped once it has them
    int words) {

  /** This page without its plain text, once the search index has it. */
  public ConvertedPage withoutText() {
    return new ConvertedPage(html, h1, headings, anchors, links, List.of(), words);
  }
}
