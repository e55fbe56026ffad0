package org.passage.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.passage.paths.Urls;

/**
 * Template functions: {@code url(path)} (a site path made relative to the page being rendered),
 * {@code t(key[, lang])} (a UI string in the page's language, or in {@code lang}: the not-found
 * page, served at any address, speaks every language), {@code pagesOf(taxonomy, term[, lang])}
 * (the pages of the page's language, or of {@code lang}: a translation can list what only the
 * default language has yet),
 * {@code term(taxonomy, id)}, {@code terms(taxonomy)}, {@code collection(name)} and
 * {@code page(contentPath)}. They read plain data; nothing in content is evaluated as a template.
 */
final class PassageExtension extends AbstractExtension {
  private final I18n i18n;
  private final SiteViews views;

  /** How a template's name is shown in messages (its theme file). */
  private final java.util.function.UnaryOperator<String> display;

  /** Whether the default theme's navigation templates are the ones in use (no theme overrides nav-item.peb). */
  private final boolean builtInNav;

  PassageExtension(I18n i18n, SiteViews views, java.util.function.UnaryOperator<String> display, boolean builtInNav) {
    this.builtInNav = builtInNav;
    this.i18n = i18n;
    this.views = views;
    this.display = display;
  }

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of(
        "url", fn(List.of("path"), (args, ctx) -> Urls.relative((String) ctx.getVariable("_path"), String.valueOf(args.get("path")))),
        "t", new Function() {
          @Override
          public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            String key = String.valueOf(args.get("key"));
            if (!i18n.defines(key)) {
              i18n.used(display.apply(self.getName()), line, key); // a key made at render time, which the templates' scan cannot see
            }
            Object lang = args.get("lang");
            return i18n.get(lang == null ? (String) ctx.getVariable("lang") : String.valueOf(lang), key);
          }

          @Override
          public List<String> getArgumentNames() {
            return List.of("key", "lang");
          }
        },
        "pagesOf", fn(List.of("taxonomy", "term", "lang"), (args, ctx) -> views.pagesOf(args.get("lang") == null ? lang(ctx) : str(args.get("lang")), str(args.get("taxonomy")), str(args.get("term")))),
        "term", fn(List.of("taxonomy", "id"), (args, ctx) -> views.term(lang(ctx), str(args.get("taxonomy")), str(args.get("id")))),
        "terms", fn(List.of("taxonomy"), (args, ctx) -> views.terms(lang(ctx), str(args.get("taxonomy")))),
        "collection", fn(List.of("name"), (args, ctx) -> views.collection(lang(ctx), str(args.get("name")))),
        "page", fn(List.of("path"), (args, ctx) -> views.page(lang(ctx), str(args.get("path")))),
        // The default navigation in Java (NavHtml); null, for the template to write it, when a theme has its own nav-item.peb.
        "navigation", fn(List.of(), (args, ctx) -> navigation(ctx)));
  }

  /**
   * {@code localNumber} (12,345 in English, 12 345 in French) and {@code localDate} (an ISO date
   * such as a page's {@code date}: "March 5, 2026", "5 mars 2026") in the page's language, with
   * the JDK's locale data: the same output on every run. {@code localSort} orders a list of
   * texts as a reader of the page's language expects ("África" with the A's in Spanish, not after
   * "Oceanía" as raw character codes put it).
   */
  @Override
  public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
    return Map.of(
        "localNumber", filter((input, locale) -> {
          Object n = input;
          if (input instanceof String text) {
            try {
              n = new java.math.BigDecimal(text.strip());
            } catch (NumberFormatException e) {
              return input;
            }
          }
          return n instanceof Number ? numberFormat(locale).format(n) : input;
        }),
        "localSort", filter((input, locale) -> {
          if (!(input instanceof java.util.Collection<?> items)) {
            return input;
          }
          java.text.Collator collator = java.text.Collator.getInstance(locale);
          // Ties in the collation (case, accents at the same strength) fall back to code order: the same output every run.
          return items.stream().map(String::valueOf).sorted(java.util.Comparator.<String, String>comparing(t -> t, collator).thenComparing(java.util.Comparator.naturalOrder())).toList();
        }),
        "localDate", filter((input, locale) -> {
          String text = input == null ? "" : String.valueOf(input);
          try {
            java.time.LocalDate date = java.time.LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale));
          } catch (java.time.format.DateTimeParseException e) {
            return input;
          }
        }));
  }

  private static io.pebbletemplates.pebble.extension.Filter filter(java.util.function.BiFunction<Object, java.util.Locale, Object> body) {
    return new io.pebbletemplates.pebble.extension.Filter() {
      @Override
      public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
        return body.apply(input, java.util.Locale.forLanguageTag(lang(ctx)));
      }

      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }
    };
  }

  /** {@code include} and {@code extends} with a guard against templates that include or extend themselves. */
  @Override
  public List<io.pebbletemplates.pebble.tokenParser.TokenParser> getTokenParsers() {
    return TemplateChains.tokenParsers();
  }

  @Override
  public List<AttributeResolver> getAttributeResolver() {
    return List.of(VIEWS);
  }

  /**
   * Reads {@code view.name}: a component of one of our view records by its exact name, or a key
   * of a map (front matter params, data files). A {@link PageContext} reads as its page's
   * {@link PageView} plus its own components, so templates write {@code page.title}.
   *
   * <p>Pebble's own resolver cannot call the accessors of this package's records (they are not
   * public), tries {@code getX}, {@code isX} and {@code hasX} before {@code x}
   * ({@code page.section} would call {@code isSection()}), and allocates a cache key at every
   * access (0.5 GB over 10,000 pages). Anything else (a missing name, an index, a method call)
   * goes on to Pebble's resolver, which reports a missing name at the template's line.
   */
  private static final AttributeResolver VIEWS =
      (instance, name, args, argsNode, context, file, line) -> {
        if (args != null || !(name instanceof String key)) {
          return null;
        }
        if (instance instanceof Map<?, ?> map) {
          Object value = map.get(key);
          return value != null || map.containsKey(key) ? new ResolvedAttribute(value) : null;
        }
        if (instance instanceof PageContext page) {
          ResolvedAttribute own = ViewAccessors.read(page, key);
          return own != null ? own : ViewAccessors.read(page.view(), key);
        }
        return instance instanceof Record view ? ViewAccessors.read(view, key) : null;
      };

  private static final Map<java.util.Locale, java.text.NumberFormat> NUMBER_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A copy of the locale's number format: looking one up costs more than formatting, and a format is not thread-safe. */
  private static java.text.NumberFormat numberFormat(java.util.Locale locale) {
    return (java.text.NumberFormat) NUMBER_FORMATS.computeIfAbsent(locale, java.text.NumberFormat::getNumberInstance).clone();
  }

  /**
   * The default navigation written by {@link NavHtml}, or null, for the template to write it, when
   * a theme has its own nav-item.peb (or the page has no navigation).
   */
  private Object navigation(EvaluationContext ctx) {
    if (!builtInNav || !(ctx.getVariable("page") instanceof PageContext page) || !(ctx.getVariable("nav") instanceof NavEntry nav)) {
      return null;
    }
    String lang = lang(ctx);
    return new io.pebbletemplates.pebble.extension.escaper.SafeString(NavHtml.render(nav, page, (String) ctx.getVariable("root"), lang,
        i18n.get(lang, "nav_more"), i18n.get(lang, "not_translated"), n -> numberFormat(java.util.Locale.forLanguageTag(lang)).format(n)));
  }

  private static String lang(EvaluationContext ctx) {
    return (String) ctx.getVariable("lang");
  }

  /** Term ids may arrive as numbers from data files (goal 10); compare them as text. */
  private static String str(Object o) {
    if (o instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(o);
  }

  private interface Body {
    Object apply(Map<String, Object> args, EvaluationContext ctx);
  }

  private static Function fn(List<String> names, Body body) {
    return new Function() {
      @Override
      public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        return body.apply(args, context);
      }

      @Override
      public List<String> getArgumentNames() {
        return names;
      }
    };
  }
}
