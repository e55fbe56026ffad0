package org.passage.site;

import java.util.List;
import java.util.Map;
import org.passage.config.SiteConfig;
import org.passage.content.Asset;

/** The assembled site: settings, data for templates, languages and the files to copy. */
public record Site(SiteConfig config, Map<String, Object> data, List<LanguageSite> languages, List<Asset> assets) {}
