package org.passage.site;

import java.util.List;
import java.util.Map;
import org.passage.config.SiteConfig;
import org.passage.content.Asset;

/**
 * The assembled site: settings, the default language's data for templates, languages, the files
 * to copy, when each content file was last committed (content path to ISO-8601 committer date;
 * empty outside git), and which pages translate which.
 */
public record Site(SiteConfig config, Map<String, Object> data, List<LanguageSite> languages, List<Asset> assets, Map<String, String> lastCommitted, Translations translations) {}
