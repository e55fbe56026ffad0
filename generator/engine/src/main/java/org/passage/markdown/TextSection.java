package org.passage.markdown;

/**
 * Plain text of part of a page, for search: the part before the first h2 (heading "" and anchor
 * "") and each h2 section with the text of its sub-headings and paragraphs.
 */
public record TextSection(String heading, String anchor, String headings, String text) {}
