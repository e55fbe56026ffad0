package org.passage.template;

/**
 * A taxonomy as templates read it ({@code taxonomies}, and {@code taxonomy} on its index and
 * term pages): name, title and singular in the page's language, and the site path of its index.
 * Built once per language by {@link SiteViews}.
 */
record TaxonomyView(String name, String title, String singular, String path) {}
