package org.passage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig;
import org.passage.content.Asset;
import org.passage.content.ContentLoader;
import org.passage.content.FrontMatterReader;
import org.passage.content.LoadedContent;
import org.passage.content.PageMeta;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.Problem;
import org.passage.diagnostics.SourcePos;
import org.passage.markdown.ConvertedPage;
import org.passage.markdown.MarkdownConverter;
import org.passage.output.OutputPlan;
import org.passage.output.Publisher;
import org.passage.output.SitemapWriter;
import org.passage.output.ThemeAssets;
import org.passage.search.SearchDocuments;
import org.passage.search.SearchIndexer;
import org.passage.site.Site;
import org.passage.site.SiteAssembler;
import org.passage.site.SiteValidator;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.TermLoader;
import org.passage.template.SiteRenderer;
import org.passage.template.TemplateRenderer;
import org.passage.template.ThemeChain;

/**
 * Builds a site. The pipeline is a list of named stages — load, convert, assemble, validate,
 * render, index, write — each taking the previous stage's immutable result. Problems in the
 * user's input are collected across stages and reported together; the site is published only
 * if there were none.
 */
public final class Passage {
  private final BuildConfig config;
  private final Optional<SearchIndexer> search;

  public Passage(BuildConfig config, Optional<SearchIndexer> search) {
    this.config = config;
    this.search = search;
  }

  /** The outcome of a successful build: warnings and the number of pages written. */
  public record Result(List<Problem> warnings, int pages) {}

  /**
   * Runs the build. Throws {@link BuildFailedException} (with every problem) when the input has
   * errors, and IOException for failures of the machine; in both cases the previous site stays.
   */
  public Result build() throws IOException, BuildFailedException {
    Diagnostics diagnostics = new Diagnostics();

    // 1. Load
    LoadedContent loaded = new ContentLoader(config, diagnostics).load();
    SiteConfig siteConfig = loaded.site();
    List<PageMeta> metas = new FrontMatterReader(siteConfig, diagnostics).read(loaded.pages());
    TermLoader termLoader = new TermLoader(diagnostics);
    Map<String, Taxonomy> taxonomies = termLoader.load(siteConfig, loaded.data(), metas);
    OutputPlan plan = OutputPlan.of(config, siteConfig, metas, loaded.assets(), taxonomies, diagnostics);

    // 2. Convert Markdown (parallel; results kept in source order)
    String abbreviations = Abbreviations.markdown(siteConfig, loaded.data(), diagnostics);
    MarkdownConverter converter = new MarkdownConverter(siteConfig.markdown().html(), abbreviations, plan);
    Map<String, ConvertedPage> converted = new ConcurrentHashMap<>();
    metas.parallelStream().forEach(m -> converted.put(m.contentPath(), converter.convert(m.source(), diagnostics)));

    // 3. Assemble and validate
    Site site = new SiteAssembler().assemble(siteConfig, metas, converted, taxonomies, loaded.data(), loaded.assets());
    termLoader.check(taxonomies, metas);
    new SiteValidator(diagnostics).validate(site);
    SourcePos themeAt = new SourcePos(config.display(config.contentDir().resolve(ContentLoader.SITE_FILE)), 0, 0);
    ThemeChain themes = ThemeChain.resolve(siteConfig.theme(), config, themeAt, diagnostics);
    fail(diagnostics);

    Publisher publisher = new Publisher(config.outputDir());
    if (!publisher.mayReplace()) {
      diagnostics.error(SourcePos.of(config.display(config.outputDir())), "output folder exists and was not made by Passage; refusing to replace it", "choose an empty or new output folder");
      fail(diagnostics);
    }
    Path staging = publisher.begin();
    boolean published = false;
    try {
      // 4. Render
      TemplateRenderer templates = new TemplateRenderer(themes, site, diagnostics);
      List<String> written = new SiteRenderer(templates, diagnostics).render(site, staging);
      copyAssets(loaded.assets(), staging);
      ThemeAssets.copy(themes, staging);
      siteConfig.baseUrl().ifPresent(base -> write(staging.resolve("sitemap.xml"), SitemapWriter.sitemap(base, written)));
      write(staging.resolve("robots.txt"), SitemapWriter.robots(siteConfig.baseUrl().orElse("")));
      fail(diagnostics);

      // 5. Index
      if (search.isPresent()) {
        for (var lang : site.languages()) {
          String code = lang.language().code();
          search.get().index(code, SearchDocuments.of(lang), config.workDir().resolve("lucene").resolve(code), staging);
        }
      }
      fail(diagnostics);

      // 6. Write
      publisher.publish();
      published = true;
      return new Result(diagnostics.sorted().stream().filter(p -> !p.isError()).toList(), written.size());
    } finally {
      if (!published) {
        publisher.abandon(); // whatever went wrong (even running out of memory), no half site is left
      }
    }
  }

  private static void fail(Diagnostics diagnostics) throws BuildFailedException {
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.sorted());
    }
  }

  private static void copyAssets(List<Asset> assets, Path out) throws IOException {
    for (Asset a : assets) {
      Path target = out.resolve(a.contentPath());
      Files.createDirectories(target.getParent());
      Files.copy(a.file(), target);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Builds the site-wide abbreviation definitions from the configured data file. */
  static final class Abbreviations {
    private Abbreviations() {}

    static String markdown(SiteConfig site, Map<String, org.passage.content.DataFile> data, Diagnostics diagnostics) {
      if (site.markdown().abbreviations().isEmpty()) {
        return "";
      }
      SiteConfig.AbbreviationSource src = site.markdown().abbreviations().get();
      org.passage.content.DataFile file = data.get(src.data());
      if (file == null) {
        diagnostics.error(src.pos(), "data file \"" + src.data() + "\" for abbreviations does not exist", "put it at data/" + src.data() + ".yml");
        return "";
      }
      Map<String, String> defs = new LinkedHashMap<>();
      for (var entry : file.root().list()) {
        var abbr = entry.get(src.key());
        var title = entry.get(src.title());
        if (abbr != null && abbr.asText() != null && title != null && title.asText() != null) {
          defs.put(abbr.asText().strip(), title.asText().strip().replace('\n', ' '));
        }
      }
      List<String> lines = new ArrayList<>();
      defs.forEach((k, v) -> lines.add("*[" + k + "]: " + v));
      return String.join("\n", lines) + "\n";
    }
  }
}
