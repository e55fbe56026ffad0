package org.passage.site;

import java.util.List;
import java.util.Map;
import org.passage.content.PageMeta;
import org.passage.markdown.ConvertedPage;

/**
 * A page of the assembled site.
 *
 * @param title from front matter, else the first heading, else the file name
 * @param section folder of the section the page belongs to ("" for the language root)
 * @param terms taxonomy to term ids, including terms implied by others (a target's goal)
 */
public record Page(
    PageMeta meta, ConvertedPage content, String title, String section, boolean sectionIndex, Map<String, List<String>> terms) {

  /** Pages are compared by identity: each source file is one page, and hashing its content would be slow. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  public String contentPath() {
    return meta.contentPath();
  }

  public String outputPath() {
    return meta.outputPath();
  }

  public String display() {
    return meta.source().display();
  }

  /** Folder of the page in content paths ("en/sdgs"). */
  public String folder() {
    return org.passage.paths.Urls.parent(contentPath());
  }
}
