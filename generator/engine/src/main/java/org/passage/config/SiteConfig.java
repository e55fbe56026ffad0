package org.passage.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.diagnostics.SourcePos;

/**
 * The site's own settings from {@code content/site.yml}; every key has a default so a bare folder
 * of Markdown needs no file at all.
 */
public record SiteConfig(
    String title,
    String description,
    Optional<String> baseUrl,
    String theme,
    List<Language> languages,
    boolean multilingual,
    MarkdownConfig markdown,
    List<CollectionConfig> collections,
    List<TaxonomyConfig> taxonomies,
    Map<String, Object> params,
    PrintConfig print,
    Optional<Repository> repository) {

  /**
   * Where the site's sources live ({@code repository:} in site.yml), for each page's "Edit this
   * page" link: the repository's web address, the branch edits are proposed against, and the
   * content folder's path inside the repository; or, as Docusaurus' {@code editUrl}, a base
   * address to which the file's path from the content folder is appended.
   */
  public record Repository(String url, String branch, String path, Optional<String> editUrl) {
    /**
     * The address that opens {@code contentPath} (a path from the content folder, with '/') in
     * the host's editor: {@code editUrl + contentPath}, else
     * {@code url/edit/branch/path/contentPath} ({@code /-/edit/} on GitLab).
     */
    public String editLink(String contentPath) {
      if (editUrl.isPresent()) {
        return editUrl.get() + org.passage.paths.Urls.encodePath(contentPath);
      }
      String fromRoot = path.isEmpty() ? contentPath : path + "/" + contentPath;
      String edit = java.net.URI.create(url).getHost().toLowerCase(java.util.Locale.ROOT).contains("gitlab") ? "/-/edit/" : "/edit/";
      return url + edit + org.passage.paths.Urls.encodePath(branch) + "/" + org.passage.paths.Urls.encodePath(fromRoot);
    }
  }

  /**
   * A language of the site; its pages live under {@code dir} ("" for a one-language bare folder).
   * {@code title} and {@code description} are the site's in this language.
   */
  public record Language(String code, String name, String dir, String title, String description) {
    /** Primary language subtags written right to left. */
    private static final java.util.Set<String> RTL = java.util.Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

    public Language(String code, String name, String dir) {
      this(code, name, dir, "", "");
    }

    /** "rtl" for Arabic, Hebrew, Persian, Urdu and the other languages written right to left (an explicit script subtag wins), else "ltr". */
    public String direction() {
      java.util.Locale locale = java.util.Locale.forLanguageTag(code);
      String script = locale.getScript();
      if (!script.isEmpty()) {
        return java.util.Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg").contains(script) ? "rtl" : "ltr";
      }
      return RTL.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
  }

  /** How raw HTML in Markdown is treated. */
  public enum HtmlPolicy {
    /** Shown as text. */
    ESCAPE,
    /** A safe subset is kept; scripts, event handlers and javascript: URLs never pass. */
    SANITIZE
  }

  /**
   * Markdown options: raw HTML policy, the data file that supplies site-wide abbreviations, and
   * whether links Passage cannot check (out of the content folder) are errors ({@code links:
   * strict} in site.yml) or warnings.
   */
  public record MarkdownConfig(HtmlPolicy html, Optional<AbbreviationSource> abbreviations, boolean strictLinks) {
    public static final MarkdownConfig DEFAULT = new MarkdownConfig(HtmlPolicy.SANITIZE, Optional.empty(), false);
  }

  /** Abbreviations come from a data file: entries' {@code key} field is the abbreviation, {@code title} its expansion. */
  public record AbbreviationSource(String data, String key, String title, SourcePos pos) {}

  /**
   * Print views ({@code print:} in site.yml): {@code site} gives each language a {@code print.html}
   * holding the whole site in navigation order (when not set: for a language of at most
   * {@link #WHOLE_SITE_PAGES} pages, a book rather than a reference of thousands of pages); {@code sections} (folder globs, relative to the
   * language folder) name sections that get a print view of their own. A section's index page
   * can also ask with front matter {@code print: true}, or refuse with {@code print: false}.
   */
  public record PrintConfig(Optional<Boolean> site, List<String> sections) {
    public static final PrintConfig DEFAULT = new PrintConfig(Optional.empty(), List.of());
    /** Above this many pages in a language, the whole-site view is made only when asked for. */
    public static final int WHOLE_SITE_PAGES = 1000;

    /** Whether a language of {@code pages} pages gets the whole-site view. */
    public boolean wholeSite(int pages) {
      return site.orElse(pages <= WHOLE_SITE_PAGES);
    }
  }

  /** A collection: pages matching a glob share a layout and a typed set of front-matter fields. */
  public record CollectionConfig(String name, String path, String layout, Map<String, FieldSpec> fields, SourcePos pos) {}

  /** Front-matter field types a collection can declare. */
  public enum FieldType {
    STRING, TEXT, DATE, NUMBER, BOOLEAN, URL, LIST, REFERENCE
  }

  /** One declared field; {@code of} is the item type of a list, {@code taxonomy} the target of a reference. */
  public record FieldSpec(String name, FieldType type, FieldType of, String taxonomy, boolean required, SourcePos pos) {}

  /**
   * A taxonomy. {@code title} and {@code singular} are in the default language; {@code titles}
   * and {@code singulars} hold them by language code when site.yml gives them per language
   * ({@code title: {en: Targets, fr: Cibles}}). Terms come from a data file ({@code terms}) or are free-form. {@code implies}
   * makes a reference to a term also a reference to a term of another taxonomy named by one of
   * the term's fields (a target implies its goal).
   */
  public record TaxonomyConfig(
      String name, String title, String singular, Optional<TermSource> terms, Optional<Implication> implies, SourcePos pos,
      Map<String, String> titles, Map<String, String> singulars) {

    /** The same with the title and singular of {@code lang} (the default language's where it has none). */
    public TaxonomyConfig inLanguage(String lang) {
      return new TaxonomyConfig(name, titles.getOrDefault(lang, title), singulars.getOrDefault(lang, singular), terms, implies, pos, titles, singulars);
    }
  }

  public record TermSource(String data, String key, String label, SourcePos pos) {}

  public record Implication(String taxonomy, String field, SourcePos pos) {}

  public Optional<TaxonomyConfig> taxonomy(String name) {
    return taxonomies.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
