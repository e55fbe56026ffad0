package org.passage.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.config.SiteConfig.TaxonomyConfig;

/**
 * A taxonomy and its terms: from a data file in the file's order, or, when free-form, the terms
 * pages use, sorted.
 */
public record Taxonomy(TaxonomyConfig config, List<Term> terms, Map<String, Term> byId) {

  public String name() {
    return config.name();
  }

  public boolean freeForm() {
    return config.terms().isEmpty();
  }

  public Optional<Term> term(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
