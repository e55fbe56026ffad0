package org.passage.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.TaxonomyConfig;
import org.passage.config.SiteConfig.TermSource;
import org.passage.content.DataFile;
import org.passage.content.PageMeta;
import org.passage.content.PageMeta.TermUse;
import org.passage.diagnostics.Diagnostics;
import org.passage.paths.Urls;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;

/**
 * Builds each taxonomy's terms from its data file (every entry needs the key field, ids are
 * unique) or from the pages' own use for free-form taxonomies.
 */
public final class TermLoader {
  private final Diagnostics diagnostics;

  public TermLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Every language's taxonomies, by language code: the same terms, with the titles and labels of
   * each language's data ({@link org.passage.content.LoadedContent#data(String)}). Problems of
   * the data are reported once, for the default language; the others share its entries and ids.
   */
  public Map<String, Map<String, Taxonomy>> loadAll(SiteConfig site, org.passage.content.LoadedContent content, List<PageMeta> pages) {
    Map<String, Map<String, Taxonomy>> out = new LinkedHashMap<>();
    String first = site.languages().get(0).code();
    out.put(first, load(site, content.data(first), pages, first));
    TermLoader quiet = new TermLoader(new Diagnostics());
    for (SiteConfig.Language lang : site.languages().subList(1, site.languages().size())) {
      out.put(lang.code(), quiet.load(site, content.data(lang.code()), pages, lang.code()));
    }
    return Map.copyOf(out);
  }

  public Map<String, Taxonomy> load(SiteConfig site, Map<String, DataFile> data, List<PageMeta> pages) {
    return load(site, data, pages, site.languages().get(0).code());
  }

  private Map<String, Taxonomy> load(SiteConfig site, Map<String, DataFile> data, List<PageMeta> pages, String lang) {
    Map<String, Taxonomy> out = new LinkedHashMap<>();
    for (TaxonomyConfig shared : site.taxonomies()) {
      TaxonomyConfig config = shared.inLanguage(lang);
      List<Term> terms = config.terms().map(src -> fromData(config, src, data)).orElseGet(() -> fromPages(config, pages));
      Map<String, Term> byId = new LinkedHashMap<>();
      Map<String, String> slugs = new LinkedHashMap<>();
      for (Term t : terms) {
        byId.put(t.id(), t);
        String previous = slugs.putIfAbsent(t.slug(), t.id());
        if (previous != null) {
          diagnostics.error(config.pos(), "terms \"" + previous + "\" and \"" + t.id() + "\" of \"" + config.name() + "\" would share the page " + t.slug() + ".html", "make the ids differ in more than case or punctuation");
        }
      }
      out.put(config.name(), new Taxonomy(config, List.copyOf(terms), Map.copyOf(byId)));
    }
    return out;
  }

  private List<Term> fromData(TaxonomyConfig config, TermSource src, Map<String, DataFile> data) {
    DataFile file = data.get(src.data());
    if (file == null) {
      diagnostics.error(src.pos(), "data file \"" + src.data() + "\" for taxonomy \"" + config.name() + "\" does not exist", Suggest.hint(src.data(), data.keySet(), "put it at data/" + src.data() + ".yml"));
      return List.of();
    }
    YNode root = file.root();
    if (!root.isList()) {
      diagnostics.error(root.pos(), "terms of \"" + config.name() + "\" must be a list of entries, not " + root.typeName());
      return List.of();
    }
    List<Term> terms = new ArrayList<>();
    Map<String, YNode> seen = new LinkedHashMap<>();
    for (YNode entry : root.list()) {
      YNode key = entry.get(src.key());
      if (!entry.isMap() || key == null || key.asText() == null || key.asText().isBlank()) {
        diagnostics.error(entry.pos(), "entry has no \"" + src.key() + "\"", "every entry of a taxonomy's data file needs its id in \"" + src.key() + "\"");
        continue;
      }
      String id = key.asText();
      if (seen.containsKey(id)) {
        diagnostics.error(key.pos(), "duplicate term \"" + id + "\"", "first defined at line " + seen.get(id).pos().line());
        continue;
      }
      seen.put(id, key);
      YNode labelNode = entry.get(src.label());
      String label = labelNode != null && labelNode.asText() != null ? labelNode.asText() : id;
      @SuppressWarnings("unchecked")
      Map<String, Object> plain = (Map<String, Object>) entry.toPlain();
      terms.add(new Term(config.name(), id, label, Urls.slug(id), plain));
    }
    return terms;
  }

  private static List<Term> fromPages(TaxonomyConfig config, List<PageMeta> pages) {
    Map<String, Term> sorted = new TreeMap<>();
    for (PageMeta page : pages) {
      for (TermUse use : page.terms().getOrDefault(config.name(), List.of())) {
        sorted.computeIfAbsent(use.term(), id -> new Term(config.name(), id, id, Urls.slug(id), Map.of("id", id)));
      }
    }
    return new ArrayList<>(sorted.values());
  }

  /** Reports references to unknown terms, with the closest known id as a hint. */
  public void check(Map<String, Taxonomy> taxonomies, List<PageMeta> pages) {
    for (PageMeta page : pages) {
      page.terms().forEach((name, uses) -> {
        Taxonomy tax = taxonomies.get(name);
        if (tax == null || tax.freeForm()) {
          return;
        }
        for (TermUse use : uses) {
          if (tax.term(use.term()).isEmpty()) {
            diagnostics.error(use.pos(), "unknown " + tax.config().singular() + " \"" + use.term() + "\"", Suggest.hint(use.term(), tax.byId().keySet(), "known terms are listed in data/" + tax.config().terms().get().data() + ".yml"));
          }
        }
      });
    }
  }

  /** A term's term ids in other taxonomies through {@code implies} (a target implies its goal). */
  public static Optional<String> implied(Taxonomy tax, Term term) {
    return tax.config().implies().flatMap(i -> Optional.ofNullable(term.data().get(i.field()))).map(String::valueOf);
  }
}
