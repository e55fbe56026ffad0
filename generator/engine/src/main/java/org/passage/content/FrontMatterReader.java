package org.passage.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.passage.paths.SitePaths;
import org.passage.config.Names;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.CollectionConfig;
import org.passage.config.SiteConfig.FieldSpec;
import org.passage.config.SiteConfig.FieldType;
import org.passage.content.PageMeta.Alias;
import org.passage.content.PageMeta.TermUse;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;

/**
 * Checks each page's front matter: built-in fields, taxonomy references, and for pages of a
 * collection its declared fields (missing required fields, wrong types and unknown fields are
 * problems at their line). Drafts are dropped here.
 */
public final class FrontMatterReader {
  /** Fields every page may have. */
  public static final Set<String> BUILT_IN =
      Set.of("title", "description", "weight", "draft", "layout", "date", "slug", "toc", "search", "aliases", "sidebar_position", "nav_order", "print", "translationKey");

  private final SiteConfig site;
  private final Diagnostics diagnostics;
  private final Set<String> taxonomyNames = new TreeSet<>();

  public FrontMatterReader(SiteConfig site, Diagnostics diagnostics) {
    this.site = site;
    this.diagnostics = diagnostics;
    site.taxonomies().forEach(t -> taxonomyNames.add(t.name()));
  }

  public List<PageMeta> read(List<SourcePage> pages) {
    List<PageMeta> out = new ArrayList<>();
    for (SourcePage page : pages) {
      read(page).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private Optional<PageMeta> read(SourcePage page) {
    YNode fm = page.frontMatter();
    Map<String, YNode> fields = fm == null ? Map.of() : fm.map();
    if (bool(fields, "draft", false)) {
      return Optional.empty();
    }
    Optional<CollectionConfig> collection = collectionOf(page.contentPath());
    Optional<String> title = text(fields, "title");
    String description = text(fields, "description").orElse("");
    double weight = number(fields, "weight").or(() -> foreignOrder(fields)).orElse(0d);
    Optional<String> layout = checked(fields, "layout", Names::isLayout, "is not a template name", "name a file of the theme's layouts/ folder without .peb, e.g. layout: page")
        .or(() -> collection.map(CollectionConfig::layout));
    Optional<String> date = date(fields, "date");
    boolean toc = bool(fields, "toc", true);
    bool(fields, "print", true); // checked here; the print views read it from params
    boolean searchable = searchable(fields);
    Optional<String> slug = checked(fields, "slug", Names::isSlug, "is not a file name or path", "use letters, digits, '.', '-' and '_', and '/' between folders, e.g. slug: getting-started");

    Map<String, List<TermUse>> terms = new LinkedHashMap<>();
    Map<String, FieldSpec> specs = collection.map(CollectionConfig::fields).orElse(Map.of());
    for (Map.Entry<String, YNode> e : fields.entrySet()) {
      String key = e.getKey();
      YNode value = e.getValue();
      if (BUILT_IN.contains(key)) {
        continue;
      }
      FieldSpec spec = specs.get(key);
      if (spec != null) {
        checkField(spec, value, fm.keyPos(key), terms);
      } else if (taxonomyNames.contains(key)) {
        terms.put(key, termUses(value));
      } else if (collection.isPresent()) {
        List<String> known = new ArrayList<>(specs.keySet());
        known.addAll(BUILT_IN);
        known.addAll(taxonomyNames);
        diagnostics.error(
            fm.keyPos(key),
            "unknown field \"" + key + "\" for collection \"" + collection.get().name() + "\"",
            Suggest.hint(key, known, "declare it under collections." + collection.get().name() + ".fields in site.yml"));
      }
    }
    for (FieldSpec spec : specs.values()) {
      YNode value = fields.get(spec.name());
      if (spec.required() && (value == null || value.value() == null || (value.isList() && value.list().isEmpty()))) {
        diagnostics.error(
            new SourcePos(page.display(), 1, 1),
            "missing required field \"" + spec.name() + "\" for collection \"" + collection.get().name() + "\"",
            "add " + spec.name() + ": to the front matter");
      }
    }

    String output = outputPath(page.contentPath(), page.language().dir(), slug);
    List<Alias> aliases = aliases(fields, page);
    SourcePos layoutAt = fm != null ? fm.keyPos("layout") : SourcePos.of(page.display());
    Map<String, Object> params = fm == null ? Map.of() : castMap(fm.toPlain());
    return Optional.of(
        new PageMeta(page, output, title, description, weight, layout, layoutAt, collection.map(CollectionConfig::name), date, toc, searchable, Map.copyOf(terms), params, aliases, false, Optional.empty()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  /**
   * en/sdgs/goal-10.md -> en/sdgs/goal-10.html. A slug (checked by {@link Names#isSlug}) replaces
   * the file name, or names a path below the folder ("a/b"), below the language root ("/a/b"),
   * or a folder whose index the page is ("a/").
   */
  static String outputPath(String contentPath, String languageDir, Optional<String> slug) {
    int slash = contentPath.lastIndexOf('/');
    String dir = slash < 0 ? "" : contentPath.substring(0, slash + 1);
    String name = contentPath.substring(slash + 1);
    if (slug.isEmpty()) {
      return dir + name.substring(0, name.lastIndexOf('.')) + ".html";
    }
    String s = slug.get();
    if (s.startsWith("/")) {
      dir = SitePaths.prefix(languageDir);
      s = s.substring(1);
    }
    return s.isEmpty() || s.endsWith("/") ? dir + s + "index.html" : dir + s + ".html";
  }

  /** Order from other generators' front matter, when Passage's own weight is absent: Docusaurus, Just the Docs. */
  private Optional<Double> foreignOrder(Map<String, YNode> fields) {
    for (String key : List.of("sidebar_position", "nav_order")) {
      YNode v = fields.get(key);
      if (v != null && v.value() instanceof Number n) {
        return Optional.of(n.doubleValue());
      }
      if (v != null && v.value() != null) {
        diagnostics.warning(v.pos(), "\"" + key + "\" is not a number, so it does not order the page", "write digits, e.g. " + key + ": 3");
      }
    }
    return Optional.empty();
  }

  /** {@code search: false}, or a map as MkDocs Material writes it ({@code search: {exclude: true}}). */
  private boolean searchable(Map<String, YNode> fields) {
    YNode v = fields.get("search");
    if (v == null || v.value() == null) {
      return true;
    }
    if (v.value() instanceof Boolean b) {
      return b;
    }
    if (v.isMap()) {
      YNode exclude = v.get("exclude");
      if (exclude == null || exclude.value() == null) {
        return true;
      }
      if (exclude.value() instanceof Boolean b) {
        return !b;
      }
      diagnostics.error(exclude.pos(), "\"search.exclude\" must be true or false, not " + show(exclude));
      return true;
    }
    diagnostics.error(v.pos(), "\"search\" must be true, false or a map such as {exclude: true}, not " + show(v));
    return true;
  }

  /** Old addresses of the page (Hugo's and MkDocs' {@code aliases}): each gets a page that sends readers on. */
  private List<Alias> aliases(Map<String, YNode> fields, SourcePage page) {
    YNode v = fields.get("aliases");
    if (v == null || v.value() == null) {
      return List.of();
    }
    List<YNode> items = v.isList() ? v.list() : List.of(v);
    if (v.isMap()) {
      diagnostics.error(v.pos(), "\"aliases\" must be a list of old addresses, not a map", "e.g. aliases: [old-name.html, /guide/old/]");
      return List.of();
    }
    List<Alias> out = new ArrayList<>();
    String folder = page.contentPath().contains("/") ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/') + 1) : "";
    String root = SitePaths.prefix(page.language().dir());
    for (YNode item : items) {
      String a = item.asText();
      if (a == null || !Names.isSlug(a.endsWith(".html") ? a.substring(0, a.length() - 5) : a)) {
        diagnostics.error(item.pos(), "alias " + (a == null ? item.typeName() : Names.quote(a)) + " is not an address inside the site", "write a path such as old-name.html or /guide/old/");
        continue;
      }
      String path = a.startsWith("/") ? root + a.substring(1) : folder + a;
      if (path.endsWith("/") || path.isEmpty()) {
        path = path + "index.html";
      } else if (!path.endsWith(".html")) {
        path = path + "/index.html";
      }
      out.add(new Alias(path, item.pos()));
    }
    return List.copyOf(out);
  }

  /** A text field that must have a given shape; a value of another shape is reported and ignored. */
  private Optional<String> checked(Map<String, YNode> fields, String key, java.util.function.Predicate<String> shape, String problem, String hint) {
    return text(fields, key).filter(v -> {
      if (shape.test(v)) {
        return true;
      }
      diagnostics.error(fields.get(key).pos(), "\"" + key + "\" " + Names.quote(v) + " " + problem, hint);
      return false;
    });
  }

  private Optional<CollectionConfig> collectionOf(String contentPath) {
    String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
    if (name.startsWith("index.")) {
      return Optional.empty(); // a section's index page introduces the collection, it is not a member
    }
    for (CollectionConfig c : site.collections()) {
      if (Glob.matches(c.path(), contentPath)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private void checkField(FieldSpec spec, YNode value, SourcePos keyPos, Map<String, List<TermUse>> terms) {
    if (value.value() == null) {
      return;
    }
    if (spec.type() == FieldType.LIST) {
      if (!value.isList()) {
        diagnostics.error(value.pos(), "field \"" + spec.name() + "\" must be a list, not " + value.typeName(), "write [a, b] or one \"- item\" per line");
        return;
      }
      List<TermUse> uses = new ArrayList<>();
      for (YNode item : value.list()) {
        if (checkScalar(spec, spec.of(), item) && spec.of() == FieldType.REFERENCE) {
          uses.add(new TermUse(item.asText(), item.pos()));
        }
      }
      if (spec.of() == FieldType.REFERENCE) {
        terms.put(spec.taxonomy(), uses);
      }
      return;
    }
    if (checkScalar(spec, spec.type(), value) && spec.type() == FieldType.REFERENCE) {
      terms.put(spec.taxonomy(), List.of(new TermUse(value.asText(), value.pos())));
    }
  }

  private boolean checkScalar(FieldSpec spec, FieldType type, YNode value) {
    String name = spec.name();
    if (!value.isScalar() || value.value() == null) {
      diagnostics.error(value.pos(), "field \"" + name + "\" must be " + describe(type) + ", not " + value.typeName());
      return false;
    }
    Object v = value.value();
    String text = value.asText();
    boolean ok =
        switch (type) {
          case STRING -> !(v instanceof Boolean) && !text.contains("\n");
          case TEXT, REFERENCE -> !(v instanceof Boolean);
          case NUMBER -> v instanceof Long || v instanceof Double;
          case BOOLEAN -> v instanceof Boolean;
          case DATE -> isDate(text);
          case URL -> isUrl(text);
          case LIST -> false;
        };
    if (!ok) {
      diagnostics.error(value.pos(), "field \"" + name + "\" must be " + describe(type) + ", not " + show(value), hintFor(type));
    }
    return ok;
  }

  private static String show(YNode value) {
    String t = value.asText();
    return t == null || t.length() > 60 ? value.typeName() : "\"" + t + "\"";
  }

  private static String describe(FieldType type) {
    return switch (type) {
      case STRING -> "a single line of text";
      case TEXT -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date";
      case URL -> "an absolute URL";
      case LIST -> "a list";
      case REFERENCE -> "a term id";
    };
  }

  private static String hintFor(FieldType type) {
    return switch (type) {
      case DATE -> "write YYYY-MM-DD";
      case URL -> "write a full address such as https://example.org/page";
      case NUMBER -> "write digits, e.g. 3 or 2.5";
      default -> "";
    };
  }

  static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      try {
        OffsetDateTime.parse(text);
        return true;
      } catch (DateTimeParseException e2) {
        return false;
      }
    }
  }

  static boolean isUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private List<TermUse> termUses(YNode value) {
    List<TermUse> uses = new ArrayList<>();
    if (value.value() == null) {
      return uses;
    }
    if (value.isScalar()) {
      uses.add(new TermUse(value.asText(), value.pos()));
      return uses;
    }
    if (value.isMap()) {
      diagnostics.error(value.pos(), "taxonomy field must be a term or a list of terms, not a map");
      return uses;
    }
    for (YNode item : value.list()) {
      if (item.isScalar() && item.value() != null) {
        uses.add(new TermUse(item.asText(), item.pos()));
      } else {
        diagnostics.error(item.pos(), "a term must be a single value, not " + item.typeName());
      }
    }
    return uses;
  }

  private Optional<String> text(Map<String, YNode> fields, String key) {
    return YNode.text(fields.get(key), key, diagnostics);
  }

  private Optional<Double> number(Map<String, YNode> fields, String key) {
    YNode v = fields.get(key);
    if (v == null || v.value() == null) {
      return Optional.empty();
    }
    if (v.value() instanceof Long l) {
      return Optional.of(l.doubleValue());
    }
    if (v.value() instanceof Double d) {
      return Optional.of(d);
    }
    diagnostics.error(v.pos(), "\"" + key + "\" must be a number, not " + show(v), "write digits, e.g. 3 or 2.5");
    return Optional.empty();
  }

  private boolean bool(Map<String, YNode> fields, String key, boolean fallback) {
    YNode v = fields.get(key);
    if (v == null || v.value() == null) {
      return fallback;
    }
    if (v.value() instanceof Boolean b) {
      return b;
    }
    diagnostics.error(v.pos(), "\"" + key + "\" must be true or false, not " + show(v));
    return fallback;
  }

  private Optional<String> date(Map<String, YNode> fields, String key) {
    return text(fields, key)
        .filter(
            t -> {
              if (isDate(t)) {
                return true;
              }
              diagnostics.error(fields.get(key).pos(), "\"" + key + "\" must be a date, not \"" + t + "\"", "write YYYY-MM-DD");
              return false;
            });
  }
}
