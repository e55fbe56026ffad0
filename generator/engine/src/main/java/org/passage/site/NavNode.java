package org.passage.site;

import java.util.List;

/**
 * A node of the navigation tree: a section (a folder with an index page, or a chapter of a book
 * outline with sub-chapters; {@code page} is that page) with its ordered children, a single page,
 * or a label (a part title of a book outline: no page, no children).
 *
 * @param folder the section's key: its folder, or for a chapter of an outline its content path
 * @param title the title to show; null for the page's own title
 */
public record NavNode(Page page, String folder, boolean section, List<NavNode> children, String title) {

  public NavNode(Page page, String folder, boolean section, List<NavNode> children) {
    this(page, folder, section, children, null);
  }

  /** Nodes are compared by identity: a record would hash the whole subtree below (thousands of pages). */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** The title the navigation shows. */
  public String shownTitle() {
    return title != null ? title : page != null ? page.title() : folder;
  }

  /** A part title of a book: text between chapters, not a link. */
  public boolean isLabel() {
    return page == null && !section;
  }
}
