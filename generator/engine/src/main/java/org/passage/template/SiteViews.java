package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
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
 * The site as read-only records and lists for templates: each page's {@link PageView}, each
 * term's {@link TermView}, each language's {@link TaxonomyView}s and navigation, built here once
 * and shared by every page render. Paths in views are site paths;
 * templates turn them into relative URLs with {@code url()}.
 */
final class SiteViews {
  private final Map<String, LanguageSite> languages = new LinkedHashMap<>();
  private final Map<Page, PageView> pageViews = new ConcurrentHashMap<>();
  private final Map<String, TermView> termViews = new ConcurrentHashMap<>();
  /** By language code. */
  private final Map<String, List<TaxonomyView>> taxonomyViews = new ConcurrentHashMap<>();
  private final Map<String, NavViews> navs = new ConcurrentHashMap<>();

  private I18n i18n;

  void i18n(I18n strings) {
    this.i18n = strings;
  }

  String i18n(String lang, String key) {
    return i18n == null ? key : i18n.get(lang, key);
  }

  private final Site site;
  /** Dates as each language writes them, by language; a date is formatted once per language. */
  private final Map<String, Map<String, String>> dateTexts = new ConcurrentHashMap<>();

  SiteViews(Site site) {
    this.site = site;
    for (LanguageSite l : site.languages()) {
      languages.put(l.language().code(), l);
    }
  }

  LanguageSite language(String code) {
    return languages.get(code);
  }

  PageView page(Page page) {
    return pageViews.computeIfAbsent(page, this::buildPage);
  }

  private PageView buildPage(Page page) {
    LanguageSite lang = languageOf(page);
    // Pages made from a Markdown file: when it was last committed, and where to edit it.
    String committed = page.meta().generated() ? "" : site.lastCommitted().getOrDefault(page.contentPath(), "");
    Map<String, List<TermView>> terms = new LinkedHashMap<>();
    page.terms().forEach((tax, ids) -> {
      List<TermView> list = new ArrayList<>();
      for (String id : ids) {
        TermView t = term(lang, tax, id);
        if (t != null) {
          list.add(t);
        }
      }
      terms.put(tax, Collections.unmodifiableList(list));
    });
    return new PageView(
        page.title(),
        page.meta().description(),
        Urls.encodePath(page.outputPath()),
        page.contentPath(),
        page.section(),
        page.sectionIndex(),
        page.meta().generated(),
        page.meta().collection().orElse(""),
        page.meta().layout().orElse(""),
        page.meta().weight(),
        page.meta().date().orElse(""),
        page.meta().params(),
        page.content().words(),
        committed,
        committed.isEmpty() ? "" : dateText(lang.language().code(), committed),
        page.meta().generated() ? "" : site.config().repository().map(r -> r.editLink(page.contentPath())).orElse(""),
        Collections.unmodifiableMap(terms));
  }

  /**
   * {@code iso} (a committer date) as a date in {@code lang}, with the theme's {@code date_format}
   * string (a {@link DateTimeFormatter} pattern, e.g. {@code d MMMM y}), else the language's long
   * form: "2 December 2026", "2 décembre 2026". The day is the committer's.
   */
  String dateText(String lang, String iso) {
    return dateTexts.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).computeIfAbsent(iso, d -> {
      LocalDate day;
      try {
        day = OffsetDateTime.parse(d).toLocalDate();
      } catch (DateTimeParseException e) {
        return d;
      }
      Locale locale = Locale.forLanguageTag(lang);
      String pattern = i18n(lang, "date_format");
      DateTimeFormatter format;
      try {
        format = pattern.equals("date_format") || pattern.isBlank() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale) : DateTimeFormatter.ofPattern(pattern, locale);
        return format.format(day);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day); // a theme's pattern that does not parse
      }
    });
  }

  private LanguageSite languageOf(Page page) {
    return languages.get(page.meta().source().language().code());
  }

  TermView term(String lang, String taxonomy, String id) {
    return term(languages.get(lang), taxonomy, id);
  }

  TermView term(LanguageSite lang, String taxonomy, String id) {
    if (lang == null) {
      return null;
    }
    Taxonomy tax = lang.taxonomies().get(taxonomy);
    if (tax == null || tax.term(id).isEmpty()) {
      return null;
    }
    return termViews.computeIfAbsent(lang.language().code() + "\u0000" + taxonomy + "\u0000" + id, k -> buildTerm(lang, tax, tax.term(id).get()));
  }

  private TermView buildTerm(LanguageSite lang, Taxonomy tax, Term t) {
    TaxonomyView taxonomy = taxonomy(lang, tax.name());
    return new TermView(t.id(), t.label(), t.slug(), taxonomy.name(), taxonomy.title(), taxonomy.singular(), lang.termPath(tax.name(), t.slug()),
        t.data(), lang.termPages().get(tax.name()).getOrDefault(t.id(), List.of()).size());
  }

  /** The language's taxonomies, in site.yml's order. */
  List<TaxonomyView> taxonomies(LanguageSite lang) {
    return taxonomyViews.computeIfAbsent(lang.language().code(), k -> lang.taxonomies().values().stream()
        .map(t -> new TaxonomyView(t.name(), t.config().title(), t.config().singular(), lang.taxonomyPath(t.name()))).toList());
  }

  /** The language's taxonomy {@code name}; it exists. */
  TaxonomyView taxonomy(LanguageSite lang, String name) {
    return taxonomies(lang).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  List<TermView> terms(String lang, String taxonomy) {
    LanguageSite l = languages.get(lang);
    Taxonomy tax = l == null ? null : l.taxonomies().get(taxonomy);
    if (tax == null) {
      return List.of();
    }
    List<TermView> out = new ArrayList<>();
    for (Term t : tax.terms()) {
      out.add(term(l, taxonomy, t.id()));
    }
    return out;
  }

  List<PageView> pagesOf(String lang, String taxonomy, String term) {
    LanguageSite l = languages.get(lang);
    if (l == null || !l.termPages().containsKey(taxonomy)) {
      return List.of();
    }
    return views(l.termPages().get(taxonomy).getOrDefault(term, List.of()));
  }

  List<PageView> collection(String lang, String name) {
    LanguageSite l = languages.get(lang);
    if (l == null) {
      return List.of();
    }
    List<Page> members = l.pages().stream().filter(p -> p.meta().collection().filter(name::equals).isPresent()).sorted(SiteAssembler.ORDER).toList();
    return views(members);
  }

  PageView page(String lang, String contentPath) {
    LanguageSite l = languages.get(lang);
    Page p = l == null ? null : l.byContentPath().get(contentPath);
    return p == null ? null : page(p);
  }

  List<PageView> views(List<Page> pages) {
    List<PageView> out = new ArrayList<>(pages.size());
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
  NavEntry nav(LanguageSite lang) {
    return navViews(lang).open(List.of(), null);
  }
}
