package org.passage.content;

import org.passage.paths.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.passage.paths.SitePaths;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.diagnostics.SourcePos;

/**
 * Every folder is a page: a folder that holds pages (at any depth) but no index page of its own
 * gets one, made here, with no text. It is a section like any other, so it lists its pages and
 * sub-sections, is linked from the navigation and breadcrumbs, and answers a link to the folder.
 * Where a language's root has no index page, this is the home page.
 */
public final class GeneratedSections {
  private GeneratedSections() {}

  /** {@code pages} with a generated index page for each folder that lacks one, in content-path order. */
  public static List<PageMeta> addMissing(SiteConfig site, List<PageMeta> pages, Function<String, String> displayOfFolder) {
    Set<String> indexed = new TreeSet<>();
    for (PageMeta p : pages) {
      if (SitePaths.isIndexPage(p.contentPath())) {
        indexed.add(Urls.parent(p.contentPath()));
      }
    }
    List<PageMeta> out = new ArrayList<>(pages);
    for (Language lang : site.languages()) {
      Set<String> folders = new TreeSet<>();
      folders.add(lang.dir());
      for (PageMeta p : pages) {
        if (!p.source().language().equals(lang)) {
          continue;
        }
        for (String f = Urls.parent(p.contentPath()); !f.equals(lang.dir()) && !f.isEmpty(); f = Urls.parent(f)) {
          folders.add(f);
        }
      }
      for (String folder : folders) {
        if (!indexed.contains(folder)) {
          out.add(generated(folder, lang, displayOfFolder.apply(folder)));
        }
      }
    }
    out.sort(Comparator.comparing(PageMeta::contentPath));
    return List.copyOf(out);
  }

  private static PageMeta generated(String folder, Language lang, String display) {
    String prefix = SitePaths.prefix(folder);
    SourcePage source = new SourcePage(prefix + "index.md", display, lang, null, "", 1);
    return new PageMeta(source, prefix + "index.html", Optional.empty(), "", 0, Optional.empty(), SourcePos.of(display),
        Optional.empty(), Optional.empty(), true, true, Map.of(), Map.of(), List.of(), true, Optional.empty());
  }
}
