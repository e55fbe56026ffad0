package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.paths.Urls;
import org.passage.site.LanguageSite;
import org.passage.site.Page;
import org.passage.site.Site;
import org.passage.site.SiteAssembler;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;

/**
 * The site as plain, read-only maps and lists for templates. Paths in views are site paths;
 * templates turn them into relative URLs with {@code url()}. Views are built once and shared by
 * every page render.
 */
final class SiteViews {
  private final Map<String, LanguageSite> languages = new LinkedHashMap<>();
  private final Map<Page, Map<String, Object>> pageViews = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> termViews = new ConcurrentHashMap<>();
  private final Map<String, NavViews> navs = new ConcurrentHashMap<>();

  private I18n i18n;

  void i18n(I18n strings) {
    this.i18n = strings;
  }

  String i18n(String lang, String key) {
    return i18n == null ? key : i18n.get(lang, key);
  }

  SiteViews(Site site) {
    for (LanguageSite l : site.languages()) {
      languages.put(l.language().code(), l);
    }
  }

  LanguageSite language(String code) {
    return languages.get(code);
  }

  Map<String, Object> page(Page page) {
    return pageViews.computeIfAbsent(page, this::buildPage);
  }

  private Map<String, Object> buildPage(Page page) {
    LanguageSite lang = languageOf(page);
    Map<String, Object> v = new HashMap<>();
    v.put("title", page.title());
    v.put("description", page.meta().description());
    v.put("path", Urls.encodePath(page.outputPath()));
    v.put("contentPath", page.contentPath());
    v.put("section", page.section());
    v.put("isSection", page.sectionIndex());
    v.put("generated", page.meta().generated()); // a folder's page that Passage made
    v.put("collection", page.meta().collection().orElse(""));
    v.put("layout", page.meta().layout().orElse(""));
    v.put("weight", page.meta().weight());
    v.put("date", page.meta().date().orElse(""));
    v.put("params", page.meta().params());
    v.put("words", page.content().words());
    Map<String, Object> terms = new LinkedHashMap<>();
    page.terms().forEach((tax, ids) -> {
      List<Object> list = new ArrayList<>();
      for (String id : ids) {
        Map<String, Object> t = term(lang, tax, id);
        if (t != null) {
          list.add(t);
        }
      }
      terms.put(tax, Collections.unmodifiableList(list));
    });
    v.put("terms", Collections.unmodifiableMap(terms));
    return Collections.unmodifiableMap(v);
  }

  private LanguageSite languageOf(Page page) {
    return languages.get(page.meta().source().language().code());
  }

  Map<String, Object> term(String lang, String taxonomy, String id) {
    return term(languages.get(lang), taxonomy, id);
  }

  Map<String, Object> term(LanguageSite lang, String taxonomy, String id) {
    if (lang == null) {
      return null;
    }
    Taxonomy tax = lang.taxonomies().get(taxonomy);
    if (tax == null || tax.term(id).isEmpty()) {
      return null;
    }
    return termViews.computeIfAbsent(lang.language().code() + "\u0000" + taxonomy + "\u0000" + id, k -> buildTerm(lang, tax, tax.term(id).get()));
  }

  private Map<String, Object> buildTerm(LanguageSite lang, Taxonomy tax, Term t) {
    Map<String, Object> v = new HashMap<>();
    v.put("id", t.id());
    v.put("label", t.label());
    v.put("slug", t.slug());
    v.put("taxonomy", tax.name());
    v.put("taxonomyTitle", tax.config().title());
    v.put("singular", tax.config().singular());
    v.put("path", lang.termPath(tax.name(), t.slug()));
    v.put("data", t.data());
    v.put("count", lang.termPages().get(tax.name()).getOrDefault(t.id(), List.of()).size());
    return Collections.unmodifiableMap(v);
  }

  List<Object> terms(String lang, String taxonomy) {
    LanguageSite l = languages.get(lang);
    Taxonomy tax = l == null ? null : l.taxonomies().get(taxonomy);
    if (tax == null) {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    for (Term t : tax.terms()) {
      out.add(term(l, taxonomy, t.id()));
    }
    return out;
  }

  List<Object> pagesOf(String lang, String taxonomy, String term) {
    LanguageSite l = languages.get(lang);
    if (l == null || !l.termPages().containsKey(taxonomy)) {
      return List.of();
    }
    return views(l.termPages().get(taxonomy).getOrDefault(term, List.of()));
  }

  List<Object> collection(String lang, String name) {
    LanguageSite l = languages.get(lang);
    if (l == null) {
      return List.of();
    }
    List<Page> members = l.pages().stream().filter(p -> p.meta().collection().filter(name::equals).isPresent()).sorted(SiteAssembler.ORDER).toList();
    return views(members);
  }

  Object page(String lang, String contentPath) {
    LanguageSite l = languages.get(lang);
    Page p = l == null ? null : l.byContentPath().get(contentPath);
    return p == null ? null : page(p);
  }

  List<Object> views(List<Page> pages) {
    List<Object> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      out.add(page(p));
    }
    return Collections.unmodifiableList(out);
  }

  /** The navigation of a language, bounded ({@link NavViews}). */
  NavViews navViews(LanguageSite lang) {
    return navs.computeIfAbsent(lang.language().code(), k -> new NavViews(lang.nav(), lang.language().code()));
  }

  /** The navigation a page that is not in the tree (a term, the search page) shows: the top level, closed. */
  Object nav(LanguageSite lang) {
    return navViews(lang).open(List.of(), null);
  }
}
