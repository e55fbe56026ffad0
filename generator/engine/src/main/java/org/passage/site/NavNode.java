package org.passage.site;

import java.util.List;

/**
 * A node of the navigation tree: a section (a folder with an index page; {@code page} is that
 * index) with its ordered children, or a single page.
 */
public record NavNode(Page page, String folder, boolean section, List<NavNode> children) {}
