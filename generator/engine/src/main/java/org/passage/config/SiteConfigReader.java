package org.passage.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.config.SiteConfig.AbbreviationSource;
import org.passage.config.SiteConfig.CollectionConfig;
import org.passage.config.SiteConfig.FieldSpec;
import org.passage.config.SiteConfig.FieldType;
import org.passage.config.SiteConfig.HtmlPolicy;
import org.passage.config.SiteConfig.Implication;
import org.passage.config.SiteConfig.Language;
import org.passage.config.SiteConfig.MarkdownConfig;
import org.passage.config.SiteConfig.PrintConfig;
import org.passage.config.SiteConfig.TaxonomyConfig;
import org.passage.config.SiteConfig.TermSource;
import org.passage.diagnostics.Diagnostics;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;

/** Reads site.yml strictly: wrong types and unknown keys are problems at their line. */
public final class SiteConfigReader {
  private final Diagnostics diagnostics;

  public SiteConfigReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@code root} may be null when the folder has no site.yml. */
  public SiteConfig read(YNode root, BuildConfig build) {
    StrictMap site = new StrictMap(root, diagnostics, "site.yml");
    String title = site.string("title", "Documentation");
    String description = site.string("description", "");
    // Read (and checked) even when the build gives its own base URL, as the preview always does.
    Optional<String> siteBaseUrl = site.string("baseUrl").filter(url -> webAddress(url, site.node("baseUrl")));
    Optional<String> baseUrl = build.baseUrl().or(() -> siteBaseUrl).map(SiteConfigReader::withSlash);
    String theme = build.theme().orElseGet(() -> themeName(site));
    List<Language> languages = languages(site.list("languages"), title, description);
    boolean multilingual = !languages.isEmpty();
    if (!multilingual) {
      languages = List.of(new Language("en", "English", "", title, description));
    }
    MarkdownConfig markdown = markdown(site.node("markdown"), strictLinks(site));
    List<String> codes = languages.stream().map(Language::code).toList();
    List<TaxonomyConfig> taxonomies = taxonomies(named(site, "taxonomies", "taxonomy"), codes);
    List<CollectionConfig> collections = collections(named(site, "collections", "collection"), taxonomies);
    PrintConfig print = print(site.node("print"));
    Optional<SiteConfig.Repository> repository = repository(site.node("repository"));
    YNode params = site.node("params");
    @SuppressWarnings("unchecked")
    Map<String, Object> paramMap = params != null && params.isMap() ? (Map<String, Object>) params.toPlain() : Map.of();
    site.finish();
    return new SiteConfig(
        title, description, baseUrl, theme, List.copyOf(languages), multilingual, markdown, collections, taxonomies, paramMap, print, repository);
  }

  private static final String REPOSITORY_HINT = "e.g. repository: {url: https://github.com/org/guide, branch: main, path: content}";

  /**
   * {@code repository: https://github.com/org/guide}, or a map of {@code url} (required),
   * {@code branch} (default main), {@code path} (the content folder in the repository, default
   * its root) and {@code editUrl} (a base address that replaces the link made from the others).
   */
  private Optional<SiteConfig.Repository> repository(YNode node) {
    if (node == null || node.value() == null) {
      return Optional.empty();
    }
    YNode urlNode = node;
    Optional<String> url;
    String branch = "main";
    String path = "";
    Optional<String> editUrl = Optional.empty();
    YNode branchNode = null;
    YNode pathNode = null;
    if (node.isScalar()) {
      url = Optional.ofNullable(node.asText());
    } else {
      StrictMap m = new StrictMap(node, diagnostics, "repository");
      url = m.string("url");
      branch = m.string("branch", "main");
      path = m.string("path", "");
      editUrl = m.string("editUrl");
      m.finish();
      urlNode = node.get("url");
      branchNode = node.get("branch");
      pathNode = node.get("path");
      if (url.isEmpty()) {
        diagnostics.error(node.pos(), "repository needs a \"url\"", REPOSITORY_HINT);
        return Optional.empty();
      }
    }
    boolean ok = true;
    String address = url.orElse("").strip();
    if (!httpAddress(address)) {
      diagnostics.error(urlNode.pos(), "repository url " + Names.quote(address) + " is not a web address", REPOSITORY_HINT);
      ok = false;
    }
    if (branch.isBlank() || !branch.matches("[A-Za-z0-9._/+-]+") || branch.startsWith("/") || branch.endsWith("/") || branch.contains("..")) {
      diagnostics.error(branchNode == null ? node.pos() : branchNode.pos(), "repository branch " + Names.quote(branch) + " is not a branch name", "e.g. branch: main");
      ok = false;
    }
    String folder = path.strip();
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    if (folder.startsWith("/") || folder.contains("\\") || java.util.Arrays.asList(folder.split("/")).contains("..") || folder.equals(".")) {
      diagnostics.error(pathNode == null ? node.pos() : pathNode.pos(), "repository path " + Names.quote(path) + " is not a folder inside the repository",
          "the content folder's path from the repository's root, e.g. path: content (empty when the content is the root)");
      ok = false;
    }
    if (editUrl.isPresent() && !httpAddress(editUrl.get().strip())) {
      diagnostics.error(node.get("editUrl").pos(), "repository editUrl " + Names.quote(editUrl.get()) + " is not a web address",
          "the address each file's path (from the content folder) is appended to, e.g. editUrl: https://gitlab.example.org/org/guide/-/edit/main/content/");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String base = address.replaceAll("/+$", "").replaceAll("\\.git$", "");
    return Optional.of(new SiteConfig.Repository(base, branch, folder, editUrl.map(String::strip).map(SiteConfigReader::withSlash)));
  }

  /** An absolute http(s) address with a host, and no query or fragment that a path could not follow. */
  private static boolean httpAddress(String text) {
    try {
      java.net.URI uri = new java.net.URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private boolean webAddress(String url, YNode at) {
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return true;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    diagnostics.error(at.pos(), "baseUrl " + Names.quote(url) + " is not a web address", "write the address the site is published at, e.g. https://example.org/docs/");
    return false;
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private String themeName(StrictMap site) {
    String name = site.string("theme", "default");
    if (!Names.isName(name)) {
      diagnostics.error(site.node("theme").pos(), "theme name " + Names.quote(name) + " is not a folder name", Names.NAME_HINT);
      return "default";
    }
    return name;
  }

  /**
   * The entries of a map whose keys name folders of the output (taxonomies, collections); keys
   * that are not plain names are reported at their position and left out.
   */
  private Map<String, YNode> named(StrictMap site, String key, String what) {
    Map<String, YNode> entries = site.map(key);
    YNode parent = site.node(key);
    Map<String, YNode> out = new LinkedHashMap<>();
    entries.forEach((name, node) -> {
      if (Names.isName(name)) {
        out.put(name, node);
      } else {
        diagnostics.error(parent.keyPos(name), what + " name " + Names.quote(name) + " is not a plain name", Names.NAME_HINT);
      }
    });
    return out;
  }

  /**
   * {@code languages:} entries, each a code or {@code {code, name, title, description}}; the
   * title and description are the site's in that language (the site's own where left out).
   */
  private List<Language> languages(List<YNode> nodes, String siteTitle, String siteDescription) {
    List<Language> out = new ArrayList<>();
    for (YNode n : nodes) {
      YNode codeNode = n;
      Optional<String> code;
      String name;
      String title = siteTitle;
      String description = siteDescription;
      if (n.isScalar() && n.value() != null) {
        code = Optional.of(n.asText());
        name = n.asText();
      } else {
        StrictMap m = new StrictMap(n, diagnostics, "a language");
        code = m.string("code");
        name = m.string("name", code.orElse(""));
        title = m.string("title", siteTitle);
        description = m.string("description", siteDescription);
        m.finish();
        codeNode = n.get("code");
      }
      if (code.isEmpty()) {
        diagnostics.error(n.pos(), "a language needs a \"code\"", "e.g. - code: en");
        continue;
      }
      if (!Names.isLanguageCode(code.get())) {
        diagnostics.error(codeNode.pos(), "language code " + Names.quote(code.get()) + " is not a language tag", Names.LANGUAGE_HINT);
        continue;
      }
      if (out.stream().anyMatch(l -> l.code().equals(code.get()))) {
        diagnostics.error(codeNode.pos(), "language \"" + code.get() + "\" is listed twice");
        continue;
      }
      out.add(new Language(code.get(), name, code.get(), title, description));
    }
    return out;
  }

  /** {@code links: strict} (unchecked links are errors) or {@code links: warn} (the default). */
  private boolean strictLinks(StrictMap site) {
    Optional<String> links = site.string("links");
    if (links.isEmpty() || links.get().equals("warn")) {
      return false;
    }
    if (links.get().equals("strict")) {
      return true;
    }
    diagnostics.error(site.node("links").pos(), "links must be \"strict\" or \"warn\", not " + Names.quote(links.get()),
        "strict makes links that leave the content folder errors");
    return false;
  }

  private MarkdownConfig markdown(YNode node, boolean strictLinks) {
    StrictMap m = new StrictMap(node, diagnostics, "markdown");
    HtmlPolicy html = HtmlPolicy.SANITIZE;
    Optional<String> htmlValue = m.string("html");
    if (htmlValue.isPresent()) {
      switch (htmlValue.get()) {
        case "escape" -> html = HtmlPolicy.ESCAPE;
        case "sanitize" -> html = HtmlPolicy.SANITIZE;
        default -> diagnostics.error(node.keyPos("html"), "markdown.html must be \"escape\" or \"sanitize\"");
      }
    }
    Optional<AbbreviationSource> abbreviations = Optional.empty();
    YNode abbr = m.node("abbreviations");
    if (abbr != null && abbr.value() != null) {
      StrictMap a = new StrictMap(abbr, diagnostics, "markdown.abbreviations");
      Optional<String> data = a.string("data");
      String key = a.string("key", "abbr");
      String title = a.string("title", "term");
      a.finish();
      if (data.isEmpty()) {
        diagnostics.error(abbr.pos(), "markdown.abbreviations needs \"data\"", "the data file, e.g. data: glossary");
      } else {
        abbreviations = Optional.of(new AbbreviationSource(data.get(), key, title, abbr.pos()));
      }
    }
    m.finish();
    return new MarkdownConfig(html, abbreviations, strictLinks);
  }

  private PrintConfig print(YNode node) {
    if (node == null || node.value() == null) {
      return PrintConfig.DEFAULT;
    }
    if (node.value() instanceof Boolean on) { // print: false, no print views at all
      return new PrintConfig(Optional.of(on), List.of());
    }
    StrictMap m = new StrictMap(node, diagnostics, "print");
    Optional<Boolean> whole = m.node("site") == null ? Optional.empty() : Optional.of(m.bool("site", true));
    List<String> sections = new ArrayList<>();
    for (YNode pattern : m.list("sections")) {
      String text = pattern.isScalar() && pattern.value() != null ? pattern.asText().strip() : "";
      if (text.isEmpty() || text.startsWith("/") || text.contains("..") || text.contains("\\")) {
        diagnostics.error(pattern.pos(), "print.sections entries are section folders or globs relative to the language folder, not " + (text.isEmpty() ? "this" : Names.quote(text)),
            "e.g. sections: [process/step-*]");
      } else {
        sections.add(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      }
    }
    m.finish();
    return new PrintConfig(whole, List.copyOf(sections));
  }

  /**
   * A text that may be given per language: {@code title: Targets} or {@code title: {en: Targets,
   * fr: Cibles}}. Returns the text by language code (empty when absent); the first language's is
   * required in the map form, the others fall back to it, and unknown codes are errors.
   */
  private Map<String, String> perLanguage(StrictMap m, String key, String where, List<String> codes) {
    YNode v = m.node(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || v.value() == null) {
      return out;
    }
    if (v.isScalar()) {
      out.put(codes.get(0), v.asText());
      return out;
    }
    if (!v.isMap()) {
      diagnostics.error(v.pos(), "\"" + key + "\" of " + where + " must be text, or a map of texts by language code, not " + v.typeName());
      return out;
    }
    v.map().forEach((lang, text) -> {
      if (!codes.contains(lang)) {
        diagnostics.error(v.keyPos(lang), "\"" + lang + "\" is not a language of the site", Suggest.hint(lang, codes, "languages: " + String.join(", ", codes)));
      } else if (!text.isScalar() || text.value() == null) {
        diagnostics.error(text.pos(), "the " + lang + " \"" + key + "\" of " + where + " must be text, not " + text.typeName());
      } else {
        out.put(lang, text.asText());
      }
    });
    if (!out.isEmpty() && !out.containsKey(codes.get(0))) {
      diagnostics.error(v.pos(), "\"" + key + "\" of " + where + " has no " + codes.get(0) + " text", "the default language's text is shown where a language has none");
    } else {
      for (String lang : codes) {
        if (!out.containsKey(lang)) {
          diagnostics.warning(v.pos(), "\"" + key + "\" of " + where + " has no " + lang + " text: the " + codes.get(0) + " one is shown", "");
        }
      }
    }
    return out;
  }

  private List<TaxonomyConfig> taxonomies(Map<String, YNode> nodes, List<String> codes) {
    List<TaxonomyConfig> out = new ArrayList<>();
    nodes.forEach(
        (name, node) -> {
          StrictMap m = new StrictMap(node, diagnostics, "taxonomy \"" + name + "\"");
          Map<String, String> titles = perLanguage(m, "title", "taxonomy \"" + name + "\"", codes);
          Map<String, String> singulars = perLanguage(m, "singular", "taxonomy \"" + name + "\"", codes);
          String title = titles.getOrDefault(codes.get(0), name);
          String singular = singulars.getOrDefault(codes.get(0), title);
          for (String lang : codes) {
            titles.putIfAbsent(lang, titles.getOrDefault(codes.get(0), title));
            singulars.putIfAbsent(lang, singulars.getOrDefault(lang, singulars.getOrDefault(codes.get(0), titles.get(lang))));
          }
          Optional<TermSource> terms = Optional.empty();
          YNode t = m.node("terms");
          if (t != null && t.value() != null) {
            StrictMap tm = new StrictMap(t, diagnostics, "terms of \"" + name + "\"");
            Optional<String> data = tm.string("data");
            String key = tm.string("key", "id");
            String label = tm.string("label", key);
            tm.finish();
            if (data.isEmpty()) {
              diagnostics.error(t.pos(), "terms of \"" + name + "\" need \"data\"", "the data file, e.g. data: sdg/targets");
            } else {
              terms = Optional.of(new TermSource(data.get(), key, label, t.get("data").pos()));
            }
          }
          Optional<Implication> implies = Optional.empty();
          YNode i = m.node("implies");
          if (i != null && i.value() != null) {
            StrictMap im = new StrictMap(i, diagnostics, "implies of \"" + name + "\"");
            Optional<String> tax = im.string("taxonomy");
            Optional<String> field = im.string("field");
            im.finish();
            if (tax.isEmpty() || field.isEmpty()) {
              diagnostics.error(i.pos(), "implies needs \"taxonomy\" and \"field\"", "e.g. implies: {taxonomy: goals, field: goal}");
            } else {
              implies = Optional.of(new Implication(tax.get(), field.get(), i.pos()));
            }
          }
          m.finish();
          out.add(new TaxonomyConfig(name, title, singular, terms, implies, node.pos(), Map.copyOf(titles), Map.copyOf(singulars)));
        });
    List<String> names = out.stream().map(TaxonomyConfig::name).toList();
    for (TaxonomyConfig t : out) {
      t.implies()
          .filter(i -> !names.contains(i.taxonomy()))
          .ifPresent(
              i -> diagnostics.error(i.pos(), "unknown taxonomy \"" + i.taxonomy() + "\"", Suggest.hint(i.taxonomy(), names, "")));
    }
    return List.copyOf(out);
  }

  private List<CollectionConfig> collections(Map<String, YNode> nodes, List<TaxonomyConfig> taxonomies) {
    List<String> taxonomyNames = taxonomies.stream().map(TaxonomyConfig::name).toList();
    List<CollectionConfig> out = new ArrayList<>();
    nodes.forEach(
        (name, node) -> {
          StrictMap m = new StrictMap(node, diagnostics, "collection \"" + name + "\"");
          Optional<String> path = m.string("path");
          String layout = m.string("layout", name);
          if (!Names.isLayout(layout)) {
            diagnostics.error(node.get("layout").pos(), "layout name " + Names.quote(layout) + " is not a template name", "name a file of the theme's layouts/ folder without .peb, e.g. layout: case-study");
            layout = name;
          }
          Map<String, FieldSpec> fields = new LinkedHashMap<>();
          m.map("fields").forEach((fieldName, spec) -> field(fieldName, spec, taxonomyNames).ifPresent(f -> fields.put(fieldName, f)));
          m.finish();
          if (path.isEmpty()) {
            diagnostics.error(node.pos(), "collection \"" + name + "\" needs a \"path\"", "a folder or glob, e.g. path: en/case-studies/*.md");
            return;
          }
          out.add(new CollectionConfig(name, path.get(), layout, Map.copyOf(fields), node.pos()));
        });
    return List.copyOf(out);
  }

  private Optional<FieldSpec> field(String name, YNode spec, List<String> taxonomyNames) {
    // Short form: "summary: text"
    if (spec.isScalar() && spec.value() != null) {
      return fieldType(spec.asText(), spec).map(t -> new FieldSpec(name, t, FieldType.STRING, null, false, spec.pos()));
    }
    StrictMap m = new StrictMap(spec, diagnostics, "field \"" + name + "\"");
    Optional<FieldType> type = m.string("type").flatMap(t -> fieldType(t, spec.get("type")));
    Optional<FieldType> of = m.string("of").flatMap(t -> fieldType(t, spec.get("of")));
    Optional<String> taxonomy = m.string("taxonomy");
    boolean required = m.bool("required", false);
    m.finish();
    if (type.isEmpty()) {
      if (spec.get("type") == null) {
        diagnostics.error(spec.pos(), "field \"" + name + "\" needs a \"type\"", "one of " + typeNames());
      }
      return Optional.empty();
    }
    boolean refers = type.get() == FieldType.REFERENCE || of.orElse(null) == FieldType.REFERENCE;
    if (refers) {
      String target = taxonomy.orElse(name);
      if (!taxonomyNames.contains(target)) {
        diagnostics.error(
            spec.pos(), "field \"" + name + "\" refers to unknown taxonomy \"" + target + "\"", Suggest.hint(target, taxonomyNames, "declare it under taxonomies"));
        return Optional.empty();
      }
      taxonomy = Optional.of(target);
    }
    return Optional.of(new FieldSpec(name, type.get(), of.orElse(FieldType.STRING), taxonomy.orElse(null), required, spec.pos()));
  }

  private Optional<FieldType> fieldType(String text, YNode at) {
    try {
      return Optional.of(FieldType.valueOf(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      List<String> names = List.of(typeNames().split(", "));
      diagnostics.error(at.pos(), "unknown field type \"" + text + "\"", Suggest.hint(text, names, "one of " + typeNames()));
      return Optional.empty();
    }
  }

  private static String typeNames() {
    List<String> names = new ArrayList<>();
    for (FieldType t : FieldType.values()) {
      names.add(t.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }
}
