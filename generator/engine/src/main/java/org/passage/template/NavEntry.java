package org.passage.template;

import java.util.List;

/**
 * An entry of the navigation ({@link NavViews}). {@code isMore}: the "N more" entry, with
 * {@code count}; {@code fallback}: the language code of the page the entry leads to when the
 * navigation's language has no version of it (empty otherwise); {@code children}: empty unless
 * the section is open.
 */
record NavEntry(String title, String path, String fallback, String folder, boolean isSection, boolean isMore, boolean isLabel, int count,
    List<NavEntry> children) {}
