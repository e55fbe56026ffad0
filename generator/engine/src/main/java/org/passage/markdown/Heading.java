package org.passage.markdown;

/** A heading of a page: level 1–6, plain text, its HTML id and its source line. */
public record Heading(int level, String text, String id, int line) {}
