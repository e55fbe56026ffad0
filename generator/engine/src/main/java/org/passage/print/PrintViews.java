package org.passage.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passage.paths.SitePaths;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.content.Asset;
import org.passage.content.Glob;
import org.passage.content.PageMeta;
import org.passage.diagnostics.SourcePos;
import org.passage.paths.Urls;

/**
 * Which print views a site has, decided once from site.yml and front matter so that the output
 * plan can claim their files and the renderer write them. Each language gets {@value #FILE} at
 * its root, the whole site in navigation order ({@code print.site}, on by default up to 1,000
 * pages in a language: past that a single page holding every page helps no reader and costs the
 * build its memory; it gives way
 * to a page of the site written at the same place). A section gets a {@value #FILE} of its own
 * when its folder matches {@code print.sections} or its index page says {@code print: true};
 * {@code print: false} on an index page refuses one (on the home page: the whole-site view).
 */
public final class PrintViews {
  /** The file name of every print view. */
  public static final String FILE = "print.html";

  private PrintViews() {}

  /**
   * A print view: the page at {@code sitePath} holding the section whose index page is
   * {@code rootContentPath} (the language's home page for the whole site) and all below it.
   *
   * @param askedAt where the view was asked for: the section's index page, or site.yml
   */
  public record View(String language, String sitePath, String rootContentPath, boolean wholeSite, SourcePos askedAt) {}

  /** The print views of the site, per language, the whole-site view first, then sections in content order. */
  public static List<View> plan(SiteConfig site, List<PageMeta> pages, List<Asset> assets, SourcePos siteFile) {
    Set<String> taken = new HashSet<>();
    for (PageMeta p : pages) {
      taken.add(p.outputPath());
      p.aliases().forEach(a -> taken.add(a.sitePath()));
    }
    assets.forEach(a -> taken.add(a.contentPath()));
    List<View> out = new ArrayList<>();
    for (Language lang : site.languages()) {
      String prefix = SitePaths.prefix(lang.dir());
      List<PageMeta> own = pages.stream().filter(p -> p.source().language().equals(lang)).sorted(java.util.Comparator.comparing(PageMeta::contentPath)).toList();
      for (PageMeta p : own) {
        if (!SitePaths.isIndexPage(p.contentPath())) {
          continue;
        }
        String folder = Urls.parent(p.contentPath());
        boolean root = folder.equals(lang.dir());
        Object asked = p.params().get("print");
        if (root) {
          if (site.print().wholeSite(own.size()) && !Boolean.FALSE.equals(asked) && !taken.contains(prefix + FILE)) {
            out.add(new View(lang.code(), prefix + FILE, p.contentPath(), true, siteFile));
          }
          continue;
        }
        String relative = folder.substring(prefix.length());
        boolean wanted = asked instanceof Boolean b ? b : site.print().sections().stream().anyMatch(g -> matches(g, relative));
        if (wanted) {
          String dir = Urls.parent(p.outputPath());
          out.add(new View(lang.code(), SitePaths.inLanguage(dir, FILE), p.contentPath(), false, SourcePos.of(p.source().display())));
        }
      }
    }
    // The whole-site views first, so that a section's view, more specific, is the one pages link to.
    out.sort(java.util.Comparator.comparing((View v) -> !v.wholeSite()));
    return List.copyOf(out);
  }

  /** A section folder against a pattern of {@code print.sections}: a glob, or a folder named exactly. */
  static boolean matches(String pattern, String folder) {
    return pattern.contains("*") || pattern.contains("?") ? Glob.matches(pattern, folder) : pattern.equals(folder);
  }
}
