package org.passage.content;

import org.passage.config.SiteConfig.Language;
import org.passage.text.TextArena;
import org.passage.yaml.YNode;

/**
 * A Markdown file as read from disk: front matter split off (null when there was none), body
 * text, and the line of the file where the body starts.
 *
 * <p>The body waits in a {@link TextArena} from loading until the page is converted.
 *
 * @param contentPath path relative to the content folder, with '/'
 * @param display path relative to the project root, for messages
 */
public record SourcePage(
    String contentPath, String display, Language language, YNode frontMatter, TextArena.Text body, int bodyLine) {

  public SourcePage(String contentPath, String display, Language language, YNode frontMatter, String body, int bodyLine) {
    this(contentPath, display, language, frontMatter, TextArena.Text.of(body), bodyLine);
  }

  /**
   * This page without its Markdown text and front matter tree (null), which nothing needs once
   * the page is converted: the front matter's values are in its {@link PageMeta}.
   */
  public SourcePage withoutText() {
    return new SourcePage(contentPath, display, language, null, "", bodyLine);
  }
}
