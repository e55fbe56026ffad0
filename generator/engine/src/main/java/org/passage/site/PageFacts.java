package org.passage.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.content.PageMeta;
import org.passage.taxonomy.Taxonomy;

/**
 * What a page is called and which terms it references (implied terms included), worked out once
 * when the page is converted: search indexes them right away, and assembly places the page with
 * them.
 */
public record PageFacts(String title, Map<String, List<String>> terms) {
  public PageFacts {
    terms = Map.copyOf(terms);
  }

  /** The facts of the page {@code meta}, whose leading heading is {@code h1}, in its language's {@code taxonomies}. */
  public static PageFacts of(PageMeta meta, Optional<String> h1, Map<String, Taxonomy> taxonomies) {
    return new PageFacts(SiteAssembler.title(meta, h1), SiteAssembler.terms(meta, taxonomies));
  }
}
