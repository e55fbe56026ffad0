package org.passage.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.paths.SitePaths;
import org.passage.config.SiteConfig;
import org.passage.diagnostics.Diagnostics;
import org.passage.paths.Urls;
import org.passage.site.LanguageSite;
import org.passage.site.Site;

/**
 * Renders templates of a {@link ThemeChain} with Pebble: autoescape on, strict variables, one
 * engine per build. Template errors are reported with the template's file and line.
 */
public final class TemplateRenderer {
  private final PebbleEngine engine;
  private final ThemeLoader loader;
  private final SiteViews views;
  /** The {@code site} variable by language code. */
  private final Map<String, SiteView> siteViews;
  /** The {@code language} variable (code, name, direction, home) by language code. */
  private final Map<String, LanguageView> languageViews;
  /** The site's root as a path on its server ("/" or "/docs/"), from the base URL. */
  private final String serverRoot;

  public TemplateRenderer(ThemeChain chain, Site site, Diagnostics diagnostics) throws IOException {
    this.loader = new ThemeLoader(chain);
    this.views = new SiteViews(site);
    List<String> langs = site.languages().stream().map(l -> l.language().code()).toList();
    I18n i18n = new I18n(chain, langs, diagnostics);
    views.i18n(i18n);
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .strictVariables(true)
            .autoEscaping(true)
            .defaultLocale(Locale.ROOT)
            .newLineTrimming(true)
            .extension(new PassageExtension(i18n, views, loader::display,
                defaultNavigation(chain)))
            .build();
    SiteConfig c = site.config();
    Map<String, LanguageView> languageViews = new HashMap<>();
    for (SiteConfig.Language l : c.languages()) {
      languageViews.put(l.code(), new LanguageView(l.code(), l.name(), l.direction(), SitePaths.home(l.dir())));
    }
    List<LanguageView> all = c.languages().stream().map(l -> languageViews.get(l.code())).toList();
    Map<String, SiteView> perLanguage = new HashMap<>();
    for (SiteConfig.Language l : c.languages()) {
      // The site's title and description in each language (site.yml's languages entries).
      perLanguage.put(l.code(), new SiteView(l.title().isEmpty() ? c.title() : l.title(), l.title().isEmpty() ? c.description() : l.description(),
          c.baseUrl().orElse(""), c.params(), c.multilingual(), all));
    }
    this.siteViews = Map.copyOf(perLanguage);
    this.languageViews = Map.copyOf(languageViews);
    this.serverRoot = c.baseUrl().map(u -> java.net.URI.create(u).getPath()).filter(p -> p.startsWith("/")).orElse("/");
  }

  /**
   * Loads and initialises Pebble's classes by compiling and rendering a small template (a JVM of
   * its own runs this while the pages load, when no other thread uses Pebble).
   */
  public static void warmUp() throws IOException {
    PebbleEngine engine = new PebbleEngine.Builder().loader(new io.pebbletemplates.pebble.loader.StringLoader())
        .strictVariables(true).autoEscaping(true).newLineTrimming(true).build();
    String template = "{% for i in items %}{% if loop.first %}<ul>{% endif %}<li class=\"{{ i }}\">{{ i | upper }}</li>{% endfor %}"
        + "{% if items is empty %}none{% else %}{{ items | length }} {{ 'a' ~ 'b' }}{% endif %}{% macro m(x) %}{{ x }}{% endmacro %}{{ m(1) }}";
    engine.getTemplate(template).evaluate(new java.io.StringWriter(), Map.of("items", List.of("a", "b")));
  }

  SiteViews views() {
    return views;
  }

  public boolean exists(String template) {
    return loader.resourceExists(template);
  }

  /**
   * Whether the navigation item template in use is the bundled default theme's, byte for byte:
   * then {@link NavHtml} writes the navigation. A theme of any name with its own nav-item.peb gets
   * its template rendered.
   */
  static boolean defaultNavigation(ThemeChain chain) {
    return chain.locate("partials/nav-item.peb").map(l -> {
      try {
        return java.util.Arrays.equals(java.nio.file.Files.readAllBytes(l.file()),
            java.nio.file.Files.readAllBytes(ThemeChain.bundledDefault().resolve("partials/nav-item.peb")));
      } catch (IOException e) {
        return false;
      }
    }).orElse(false);
  }

  /** The first of {@code candidates} that exists in the theme chain. */
  public Optional<String> first(String... candidates) {
    for (String c : candidates) {
      if (exists(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Renders {@code template} for the page written at {@code sitePath}. {@code vars} adds to the
   * common context: site, lang, data, nav, root, taxonomies. The HTML goes to {@code out}.
   */
  public void render(String template, LanguageSite lang, String sitePath, Map<String, Object> vars, Writer out) {
    Map<String, Object> ctx = new HashMap<>(vars);
    ctx.put("site", siteViews.get(lang.language().code()));
    ctx.put("lang", lang.language().code());
    ctx.put("data", lang.data());
    ctx.putIfAbsent("nav", views.nav(lang)); // pages bring their own, with their sections open
    ctx.putIfAbsent("translations", List.of()); // the language switcher's entries (LanguageLinks)
    ctx.putIfAbsent("untranslated", List.of());
    ctx.put("direction", lang.language().direction());
    ctx.put("language", languageViews.get(lang.language().code()));
    ctx.put("_path", sitePath);
    // The 404 page is served at any address, so its links start from the site's root on the server.
    ctx.put("root", sitePath.equals("404.html") ? serverRoot : Urls.rootPrefix(sitePath));
    ctx.put("home", SitePaths.home(lang.language().dir()));
    ctx.put("taxonomies", views.taxonomies(lang));
    ctx.put("searchPath", searchPath(lang));
    TemplateChains.reset();
    try {
      PebbleTemplate t = engine.getTemplate(template);
      t.evaluate(out, ctx, Locale.ROOT);
    } catch (StackOverflowError e) {
      throw new TemplateError(loader.display(template), 0,
          "rendering went too deep, which looks like a macro that calls itself without end (while rendering " + sitePath + ")");
    } catch (PebbleException e) {
      String file = e.getFileName() == null ? loader.display(template) : loader.display(e.getFileName());
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      String msg = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
      throw new TemplateError(file, line, msg.strip() + " (while rendering " + sitePath + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Site path of a language's full search results page. */
  public static String searchPath(LanguageSite lang) {
    return SitePaths.searchPage(lang.language().dir());
  }

  /** Site path of the script that names facet values for the search page. */
  public static String labelsPath(LanguageSite lang) {
    return SitePaths.searchLabels(lang.language().code());
  }
}
