package org.passage.template;

import java.util.List;
import java.util.Map;

/**
 * The {@code site} variable: site.yml's title and description (in the page's language),
 * base URL, params, and the languages. One per language, built by {@link TemplateRenderer}.
 */
record SiteView(String title, String description, String baseUrl, Map<String, Object> params, boolean multilingual,
    List<LanguageView> languages) {}
