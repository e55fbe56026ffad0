package org.passage.template;

import java.util.Map;

/**
 * A taxonomy term as templates read it: on a term's page ({@code term}), in
 * {@code page.terms}, and from {@code term()} and {@code terms()}. {@code data} is the term's
 * entry in its data file; {@code count} the pages that carry it. Built once per language and
 * term by {@link SiteViews}.
 */
record TermView(String id, String label, String slug, String taxonomy, String taxonomyTitle, String singular, String path,
    Map<String, Object> data, int count) {}
