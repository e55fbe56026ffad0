package org.passage.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.config.SiteConfig.Language;
import org.passage.paths.SitePaths;
import org.passage.site.LanguageSite;
import org.passage.site.Page;
import org.passage.site.Site;

/**
 * The links between a page and its versions in the other languages: the language switcher's
 * entries ({@code translations}), the notices on a default-language page that some languages
 * lack ({@code untranslated}), and each written page's alternates for {@code sitemap.xml}.
 *
 * <p>A language that lacks the page is offered the default language's page, marked as such and
 * pointing at that page's notice in the reader's language ({@code #untranslated-fr}); a page of
 * another language that the default language lacks leads to the language's home page.
 */
final class LanguageLinks {
  /** Id of the notice, on a default-language page, that {@code lang} has no translation of it. */
  static String noticeId(String lang) {
    return "untranslated-" + lang;
  }

  private final Site site;
  private final Language defaultLanguage;
  private final SiteViews views;
  /** Site path of every page with versions in other languages, to those versions: language code to site path. */
  private final Map<String, Map<String, String>> alternates = new ConcurrentHashMap<>();

  /**
   * An entry of the language switcher. {@code exists}: the page has a version in the language (an
   * alternate for the head and the sitemap, named there when {@code alternate}: the page has
   * more than one); else {@code fallback} is the language of the page it leads to instead (the
   * default language's page, or the language's home page) and {@code note} says so.
   */
  record Translation(String code, String name, String dir, String path, boolean current, boolean exists, String fallback, String note,
      boolean alternate) {}

  /** The notice, on a default-language page, that language {@code code} has no version of it. */
  record Notice(String code, String dir, String id, String text) {}

  LanguageLinks(Site site, SiteViews views) {
    this.site = site;
    this.defaultLanguage = site.config().languages().get(0);
    this.views = views;
  }

  /** The switcher of a page made from Markdown. */
  List<Translation> of(Page page, LanguageSite lang) {
    if (!site.config().multilingual()) {
      return List.of();
    }
    Map<String, Page> versions = site.translations().versions(page);
    List<Translation> out = new ArrayList<>();
    Map<String, String> exist = new java.util.LinkedHashMap<>();
    Page fallback = versions.get(defaultLanguage.code());
    for (LanguageSite other : site.languages()) {
      Language l = other.language();
      Page version = versions.get(l.code());
      if (version != null) {
        exist.put(l.code(), version.outputPath());
        out.add(entry(l, version.outputPath(), l.equals(lang.language()), "", true));
      } else if (fallback != null) {
        out.add(entry(l, fallback.outputPath() + "#" + noticeId(l.code()), false, defaultLanguage.code(), false));
      } else {
        out.add(entry(l, SitePaths.home(l.dir()), false, l.code(), false));
      }
    }
    if (exist.size() > 1) {
      alternates.put(page.outputPath(), Collections.unmodifiableMap(exist));
    }
    return alternatesMarked(out, exist.size() > 1);
  }

  /** The switcher of a page Passage generates in every language at the same place (a term's page, a taxonomy's, the search page). */
  List<Translation> generated(String sitePath, LanguageSite lang, boolean inSitemap) {
    if (!site.config().multilingual()) {
      return List.of();
    }
    String relative = sitePath.substring(SitePaths.prefix(lang.language().dir()).length());
    List<Translation> out = new ArrayList<>();
    Map<String, String> exist = new java.util.LinkedHashMap<>();
    for (LanguageSite other : site.languages()) {
      String path = SitePaths.inLanguage(other.language().dir(), relative);
      exist.put(other.language().code(), path);
      out.add(entry(other.language(), path, other.language().equals(lang.language()), "", true));
    }
    if (inSitemap) {
      alternates.put(sitePath, Collections.unmodifiableMap(exist));
    }
    return alternatesMarked(out, true);
  }

  /** The entries with {@code alternate}: an existing version, named in the head when the page has more than one. */
  private static List<Translation> alternatesMarked(List<Translation> entries, boolean several) {
    List<Translation> out = new ArrayList<>();
    for (Translation e : entries) {
      out.add(new Translation(e.code(), e.name(), e.dir(), e.path(), e.current(), e.exists(), e.fallback(), e.note(), several && e.exists()));
    }
    return Collections.unmodifiableList(out);
  }

  /** On a default-language page: a notice, in each language that lacks a translation of it, saying so. */
  List<Notice> untranslated(Page page, LanguageSite lang) {
    if (!site.config().multilingual() || !lang.language().equals(defaultLanguage)) {
      return List.of();
    }
    Map<String, Page> versions = site.translations().versions(page);
    List<Notice> out = new ArrayList<>();
    for (LanguageSite other : site.languages()) {
      Language l = other.language();
      if (!versions.containsKey(l.code())) {
        out.add(new Notice(l.code(), l.direction(), noticeId(l.code()), views.i18n(l.code(), "translation_missing")));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** A switcher entry, before {@link #alternatesMarked} says whether it is named in the head. */
  private Translation entry(Language l, String path, boolean current, String fallback, boolean exists) {
    int hash = path.indexOf('#');
    String encoded = hash < 0 ? org.passage.paths.Urls.encodePath(path) : org.passage.paths.Urls.encodePath(path.substring(0, hash)) + path.substring(hash);
    return new Translation(l.code(), l.name(), l.direction(), encoded, current, exists, fallback, exists ? "" : views.i18n(l.code(), "not_translated"), false);
  }

  /** Site path of each written page that has versions in other languages, to each version's site path by language code. */
  Map<String, Map<String, String>> alternates() {
    return Map.copyOf(alternates);
  }
}
