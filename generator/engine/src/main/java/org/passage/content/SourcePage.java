package org.passage.content;

import org.passage.config.SiteConfig.Language;
import org.passage.text.PackedText;
import org.passage.yaml.YNode;

/**
 * A Markdown file as read from disk: front matter split off (null when there was none), body
 * text, and the line of the file where the body starts.
 *
 * <p>The body is kept packed, from loading until the page is converted. Unpacked (40 MB at 10,000
 * pages), the collections made while loading copied it again and again, and the JVM grew its
 * heap in answer: peak RSS 0.79–0.95 GiB, packed 0.66–0.68 GiB.
 *
 * @param contentPath path relative to the content folder, with '/'
 * @param display path relative to the project root, for messages
 */
public record SourcePage(
    String contentPath, String display, Language language, YNode frontMatter, PackedText body, int bodyLine) {

  public SourcePage(String contentPath, String display, Language language, YNode frontMatter, String body, int bodyLine) {
    this(contentPath, display, language, frontMatter, PackedText.of(body), bodyLine);
  }

  /**
   * This page without its Markdown text and front matter tree (null), which nothing needs once
   * the page is converted: the front matter's values are in its {@link PageMeta}.
   */
  public SourcePage withoutText() {
    return new SourcePage(contentPath, display, language, null, "", bodyLine);
  }
}
