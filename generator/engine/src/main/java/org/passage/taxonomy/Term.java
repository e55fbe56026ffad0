package org.passage.taxonomy;

import java.util.Map;

/** A term of a taxonomy: its id ("10.7"), label, file-name slug and its data-file entry. */
public record Term(String taxonomy, String id, String label, String slug, Map<String, Object> data) {}
