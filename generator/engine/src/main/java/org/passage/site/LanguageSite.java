package org.passage.site;

import java.util.List;
import java.util.Map;
import org.passage.paths.SitePaths;
import org.passage.config.SiteConfig.Language;
import org.passage.taxonomy.Taxonomy;

/**
 * One language of the site: its pages (sorted by content path), navigation, taxonomies with the
 * pages that use each term, and backlinks.
 *
 * @param data the language's data files for templates, translations merged in ({@code data.sdg.goals})
 * @param termPages taxonomy to term id to the pages referencing it (sorted by title)
 * @param backlinks content path to the pages that link to it (sorted by title)
 * @param linear the navigation is a book's outline, read front to back (prev/next follow it)
 */
public record LanguageSite(
    Language language,
    List<Page> pages,
    Map<String, Page> byContentPath,
    NavNode nav,
    Map<String, Taxonomy> taxonomies,
    Map<String, Object> data,
    Map<String, Map<String, List<Page>>> termPages,
    Map<String, List<Page>> backlinks,
    boolean linear) {

  /** Site path of the page listing a taxonomy's terms. */
  public String taxonomyPath(String taxonomy) {
    return SitePaths.inLanguage(language.dir(), taxonomy + "/index.html");
  }

  /** Site path of a term's page. */
  public String termPath(String taxonomy, String slug) {
    return SitePaths.termPage(language.dir(), taxonomy, slug);
  }
}
