package org.passage.output;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.paths.SitePaths;
import org.passage.paths.Urls;
import org.passage.paths.Pagination;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.content.Asset;
import org.passage.content.PageMeta;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.files.Confined;
import org.passage.markdown.LinkTargets;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;

/**
 * Where every file of the site will be written. Two sources that would write the same path are
 * an error naming both; the plan also answers the Markdown converter's link questions.
 */
public final class OutputPlan implements LinkTargets {
  private final Map<String, String> pageOutputs;
  private final Set<String> assets;
  private final Set<String> taxonomies;
  private final List<Language> languages;

  private OutputPlan(Map<String, String> pageOutputs, Set<String> assets, Set<String> taxonomies, List<Language> languages) {
    this.pageOutputs = pageOutputs;
    this.assets = assets;
    this.taxonomies = taxonomies;
    this.languages = languages;
  }

  /** {@code printViews}: the site path of each print view, and where it was asked for. */
  public static OutputPlan of(
      BuildConfig build, SiteConfig site, List<PageMeta> pages, List<Asset> assets, Map<String, Taxonomy> taxonomies, Map<String, SourcePos> printViews,
      Diagnostics diagnostics) {
    Map<String, String> owners = new HashMap<>();
    Map<String, String> pageOutputs = new HashMap<>();
    for (String reserved : List.of("404.html", "sitemap.xml", "robots.txt", Publisher.MARKER)) {
      owners.put(reserved, "Passage (" + reserved + ")");
    }
    if (site.multilingual()) {
      owners.put("index.html", "Passage (the language chooser)");
    }
    for (PageMeta p : pages) {
      claim(owners, p.outputPath(), p.source().display(), new SourcePos(p.source().display(), 1, 1), diagnostics);
      pageOutputs.put(p.contentPath(), p.outputPath());
      for (PageMeta.Alias a : p.aliases()) {
        claim(owners, a.sitePath(), "the alias of " + p.source().display(), a.pos(), diagnostics);
      }
    }
    // The listing pages of long sections (page-2.html …), counted as the navigation will count them.
    Set<String> roots = new HashSet<>();
    site.languages().forEach(l -> roots.add(l.dir()));
    Map<String, Integer> entries = new HashMap<>();
    for (PageMeta p : pages) {
      String folder = Urls.parent(p.contentPath());
      if (!SitePaths.isIndexPage(p.contentPath())) {
        entries.merge(folder, 1, Integer::sum);
      } else if (!roots.contains(folder)) {
        entries.merge(Urls.parent(folder), 1, Integer::sum); // a sub-section is an entry of its parent
      }
    }
    for (PageMeta p : pages) {
      if (SitePaths.isIndexPage(p.contentPath())) {
        int count = Pagination.pages(entries.getOrDefault(Urls.parent(p.contentPath()), 0));
        for (int k = 2; k <= count; k++) {
          claim(owners, Pagination.path(p.outputPath(), k), "the listing of " + p.source().display(), SourcePos.of(p.source().display()), diagnostics);
        }
      }
    }
    Set<String> assetPaths = new HashSet<>();
    for (Asset a : assets) {
      claim(owners, a.contentPath(), build.display(a.file()), SourcePos.of(build.display(a.file())), diagnostics);
      assetPaths.add(a.contentPath());
    }
    new java.util.TreeMap<>(printViews).forEach((path, at) -> claim(owners, path, "the print view " + path, at, diagnostics));
    for (Language lang : site.languages()) {
      owners.putIfAbsent(SitePaths.searchPage(lang.dir()), "Passage (the search page)");
      owners.putIfAbsent(SitePaths.searchLabels(lang.code()), "Passage (search labels)");
      for (Taxonomy t : taxonomies.values()) {
        String what = "the pages of taxonomy \"" + t.name() + "\"";
        claim(owners, SitePaths.inLanguage(lang.dir(), t.name() + "/index.html"), what, t.config().pos(), diagnostics);
        for (Term term : t.terms()) {
          claim(owners, SitePaths.termPage(lang.dir(), t.name(), term.slug()), what, t.config().pos(), diagnostics);
        }
      }
    }
    return new OutputPlan(Map.copyOf(pageOutputs), Set.copyOf(assetPaths), Set.copyOf(taxonomies.keySet()), site.multilingual() ? site.languages() : List.of());
  }

  private static void claim(Map<String, String> owners, String path, String owner, SourcePos at, Diagnostics diagnostics) {
    Optional<String> badName = Confined.nameProblem(path);
    if (badName.isPresent()) {
      diagnostics.error(at, "cannot write " + path + ": " + badName.get(), "shorten the file or folder name");
      return;
    }
    String previous = owners.putIfAbsent(path, owner);
    if (previous != null) {
      diagnostics.error(at, "two sources would write " + path + ": " + previous + " and " + owner, "rename one of them, or set a different slug");
    }
  }

  @Override
  public Optional<String> pageOutput(String contentPath) {
    return Optional.ofNullable(pageOutputs.get(contentPath));
  }

  @Override
  public Optional<String> defaultLanguagePage(String contentPath) {
    if (languages.size() < 2) {
      return Optional.empty();
    }
    String home = languages.get(0).dir() + "/";
    for (Language l : languages.subList(1, languages.size())) {
      String prefix = l.dir() + "/";
      if (contentPath.startsWith(prefix)) {
        String other = home + contentPath.substring(prefix.length());
        return pageOutputs.containsKey(other) ? Optional.of(other) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean assetExists(String contentPath) {
    return assets.contains(contentPath);
  }

  @Override
  public Optional<String> termOutput(String languageDir, String taxonomy, String term) {
    if (!taxonomies.contains(taxonomy)) {
      return Optional.empty();
    }
    return Optional.of(SitePaths.termPage(languageDir, taxonomy, Urls.slug(term)));
  }
}
