package org.passage.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;
import org.passage.config.SiteConfig.HtmlPolicy;

/**
 * A page parsed with only the extensions its text could use, and rendered with only those, gives
 * the HTML of a parse and a render with all of them.
 */
class MarkdownParsersTest {
  private final MarkdownParsers parsers = new MarkdownParsers(HtmlPolicy.SANITIZE);

  private void same(String markdown) {
    String expected = parsers.renderer(MarkdownParsers.ALL).render(parsers.parser(MarkdownParsers.ALL).parse(BasedSequence.of(markdown)));
    var doc = parsers.parse(markdown, markdown);
    String actual = parsers.rendererFor(doc).render(doc);
    assertEquals(expected, actual, markdown);
  }

  @Test
  void addressesThatAutolinkingTurnsIntoLinks() {
    same("See https://example.org/a?b=c for more.\n");
    same("Visit www.example.org today, or WWW.EXAMPLE.ORG.\n");
    same("Write to someone@example.org.\n");
    same("An escaped scheme https\\://example.org still links.\n");
    same("Entities: user&#64;example.org and https&#58;//example.org\n");
    same("*emphasis around https://example.org/x*\n");
    same("> quoted: <https://a.example> and https://b.example\n");
    same("- item `code@x` then mail@example.org\n");
    same("| a | b |\n|---|---|\n| https://example.org | x@y.org |\n");
  }

  @Test
  void addressesThatAutolinkingLeavesAlone() {
    same("> More information: <https://example.org/tar>.\n\n- Create: `tar cf {{target.tar}} {{file1}}`\n");
    same("[a link](https://example.org/page) and ![image](https://example.org/i.png)\n");
    same("`ssh user@host` and `curl https://example.org`\n");
    same("```\nhttps://example.org in a fenced block, mail@example.org\n```\n");
    same("    indented code https://example.org\n");
    same("<div>raw https://example.org html</div>\n");
    same("[https://example.org](https://example.org) as its own text\n");
  }

  @Test
  void eachExtensionAloneAndTogether() {
    same("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
    same("!!! note \"Title\"\n    Admonition text.\n\nAfter.\n");
    same("Text with a note[^1].\n\n[^1]: The note.\n");
    same("[TOC]\n\n## One\n\n## Two\n");
    same("Term\n: Definition\n");
    same("## Heading {#custom .klass}\n\nParagraph {.lead}\n");
    same("~~struck~~ and\n\n- [ ] open\n- [x] done\n");
    same("# Title\n\n| t | u |\n|---|---|\n| x[^n] | y |\n\n[^n]: In a table.\n\n!!! tip\n    https://example.org\n\nTerm\n: Def {.c}\n");
  }

  @Test
  void abbreviationsDefinedOnThePage() {
    same("*[HTML]: HyperText Markup Language\n\nHTML pages, html, and XHTML.\n");
    same("A list:\n\n* [link](x.md)\n* [other](y.md)\n");
  }
}
