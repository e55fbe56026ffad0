package org.passage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig;
import org.passage.content.ContentLoader;
import org.passage.content.FrontMatterReader;
import org.passage.content.GeneratedSections;
import org.passage.content.GitHistory;
import org.passage.content.LoadedContent;
import org.passage.content.PageMeta;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.Problem;
import org.passage.diagnostics.SourcePos;
import org.passage.markdown.BookOutline;
import org.passage.markdown.ConvertedPage;
import org.passage.markdown.MarkdownConverter;
import org.passage.markdown.SiteAbbreviations;
import org.passage.files.FolderLock;
import org.passage.output.BuildFolders;
import org.passage.output.OfflineZip;
import org.passage.output.OutputPlan;
import org.passage.output.SiteAssets;
import org.passage.output.Publisher;
import org.passage.template.ThemeAssets;
import org.passage.print.PrintViews;
import org.passage.search.SearchIndexer;
import org.passage.search.SearchPage;
import org.passage.search.SiteSearch;
import org.passage.site.Site;
import org.passage.site.SiteAssembler;
import org.passage.site.SiteValidator;
import org.passage.site.PageFacts;
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
  /** How long a build waits for another one that writes the same folders. */
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private final BuildConfig config;
  private final Optional<SearchIndexer> search;
  private final Consumer<String> progress;
  private final BuildFolders folders;
  /** The libraries' warm-up, which the load stage waits for before it uses them. */
  private Warmup warmup = Warmup.NONE;
  /** Hears each stage's results when the preview keeps them for its next, partial, build; else null. */
  private Consumer<Snapshot> retain;

  public Passage(BuildConfig config, Optional<SearchIndexer> search) {
    this(config, search, line -> {});
  }

  /** {@code progress} hears what a user should know while the build runs (that it waits for another build). */
  public Passage(BuildConfig config, Optional<SearchIndexer> search, Consumer<String> progress) {
    this.config = config;
    this.search = search;
    this.progress = progress;
    this.folders = BuildFolders.of(config);
  }

  /**
   * The outcome of a successful build: warnings, the number of pages written, and how long each
   * stage took (milliseconds, in stage order), for {@code Main --timings} and the mojo's debug log.
   */
  public record Result(List<Problem> warnings, int pages, Map<String, Long> stageMillis) {
    /** "load 2.1 s, convert 20.3 s, …". */
    public String timings() {
      StringBuilder b = new StringBuilder();
      stageMillis.forEach((stage, ms) -> b.append(b.length() > 0 ? ", " : "").append(stage).append(' ')
          .append(String.format(Locale.ROOT, "%.1f", ms / 1000.0)).append(" s"));
      return b.toString();
    }
  }

  private StageClock clock;

  /** This build, with {@code w} warming the libraries up while its pages load ({@link Main}: a JVM of its own). */
  Passage with(Warmup w) {
    this.warmup = w;
    return this;
  }

  /**
   * What the stages made, kept by the preview ({@link IncrementalBuild}) so that an edit to one
   * page rebuilds that page and what shows it instead of the whole site. {@code searchPages}
   * holds each language's search documents by page number (empty without search).
   */
  record Snapshot(Loaded loaded, Map<String, ConvertedPage> converted, Map<String, PageFacts> facts, Validated validated,
      MarkdownConverter converter, Map<String, SearchPage[]> searchPages, List<String> written) {}

  /**
   * Stages 3 and 4 again, after the preview re-converted some pages: assembles and validates the site
   * from {@code pages} (every page, the edited ones replaced), reporting into {@code diagnostics}.
   */
  Validated reassemble(Loaded loaded, Map<String, ConvertedPage> pages, Map<String, PageFacts> facts, Diagnostics diagnostics)
      throws IOException, BuildFailedException {
    clock = new StageClock();
    return validate(assemble(new Converted(loaded.with(diagnostics), pages, facts, null)));
  }

  /** Builds as {@link #build()} does and hands the stages' results to {@code retain}. */
  Result build(Consumer<Snapshot> retain) throws IOException, BuildFailedException {
    this.retain = retain;
    try {
      return build();
    } finally {
      this.retain = null;
    }
  }

  /**
   * Runs the build. Throws {@link BuildFailedException} (with every problem) when the input has
   * errors, and IOException for failures of the machine; in both cases the previous site stays.
   */
  public Result build() throws IOException, BuildFailedException {
    Diagnostics diagnostics = new Diagnostics(config.strict());
    folders.check(config, diagnostics);
    fail(diagnostics);
    try (FolderLock lock = FolderLock.acquire(folders.locks(), config.display(config.outputDir()), PATIENCE, progress)) {
      return buildLocked(diagnostics);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // from a stage that runs on several threads
    }
  }

  /**
   * Runs every validation a build runs — load, convert, assemble, validate, and every page,
   * listing, term page and print view through its templates, since template errors only show
   * while rendering — and writes nothing: no output, staging or lock folder, no search index.
   * Throws {@link BuildFailedException} exactly when {@link #build()} would for the same input
   * (except for the output folder's own settings, which a check has none of). The result counts
   * the HTML pages a build would write.
   */
  public Result check() throws IOException, BuildFailedException {
    Diagnostics diagnostics = new Diagnostics(config.strict());
    clock = new StageClock();
    try (SiteSearch none = SiteSearch.none()) {
      Validated validated = validate(assemble(convert(load(diagnostics), none)));
      clock.mark("render");
      Site site = validated.site();
      TemplateRenderer templates = new TemplateRenderer(validated.themes(), site, diagnostics);
      List<String> pages = new SiteRenderer(templates, validated.fixes(), diagnostics).render(site, null, printViews(site));
      clock.mark(null);
      fail(diagnostics);
      return new Result(diagnostics.sorted().stream().filter(p -> !p.isError()).toList(), pages.size(), clock.millis());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Result buildLocked(Diagnostics diagnostics) throws IOException, BuildFailedException {
    clock = new StageClock();
    Loaded loaded = load(diagnostics);
    try (SiteSearch search = openSearch(loaded)) {
      // Each stage's result is handed straight to the next, so what a stage no longer needs (the
      // Markdown text, the pages' plain text, the whole site once rendered) can be collected.
      Converted converted = convert(loaded, search);
      Validated validated = validate(assemble(converted));
      Staged staged = render(validated, search);
      boolean published = false;
      try {
        // 6. Index: the documents went in during conversion and rendering; the export began
        // while the content pages rendered, and this stage waits for its end.
        clock.mark("index");
        staged.index().finish();
        fail(diagnostics);

        // 7. Write: the offline zip is made from the staged site, then both are swapped into place
        clock.mark("write");
        try (OfflineZip.Pending zip = offlineZip(staged.dir())) {
          staged.publisher().publish().ifPresent(note -> diagnostics.warning(SourcePos.of(config.display(config.outputDir())), note, ""));
          published = true;
          if (zip != null) {
            zip.commit();
          }
        }
        clock.mark(null);
        if (retain != null) {
          retain.accept(new Snapshot(converted.loaded(), converted.pages(), converted.facts(), validated, converted.converter(), search.pages(), staged.written()));
        }
        return new Result(diagnostics.sorted().stream().filter(p -> !p.isError()).toList(), staged.written().size(), clock.millis());
      } finally {
        if (!published) {
          staged.index().abandon();
          staged.publisher().abandon(); // whatever went wrong (even running out of memory), no half site is left
        }
      }
    }
  }

  /** Stage 1's result: the site's settings and pages' front matter, data, assets and output paths. */
  record Loaded(
      Diagnostics diagnostics, LoadedContent content, List<PageMeta> metas, TermLoader termLoader, Map<String, Map<String, Taxonomy>> languageTaxonomies, OutputPlan plan,
      Map<String, BookOutline> outlines, Map<String, String> lastCommitted) {
    Loaded withMetas(List<PageMeta> other) {
      return new Loaded(diagnostics, content, other, termLoader, languageTaxonomies, plan, outlines, lastCommitted);
    }

    /** The same, reporting into another build's diagnostics (the preview's next build keeps the git history: no git per save). */
    Loaded with(Diagnostics other) {
      return new Loaded(other, content, metas, new TermLoader(other), languageTaxonomies, plan, outlines, lastCommitted);
    }

    /** The taxonomies of {@code lang}: its own, else the default language's. */
    Map<String, Taxonomy> taxonomies(String lang) {
      return languageTaxonomies.getOrDefault(lang, taxonomies());
    }

    /** The taxonomies in the default language (every language has the same terms). */
    Map<String, Taxonomy> taxonomies() {
      return languageTaxonomies.get(content.site().languages().get(0).code());
    }
  }

  /** Stage 2's result: the pages without their Markdown text, what conversion made of them, and their titles and terms. */
  record Converted(Loaded loaded, Map<String, ConvertedPage> pages, Map<String, PageFacts> facts, MarkdownConverter converter) {}

  /** Stage 3's result: the site model, pages placed in sections, navigation and taxonomies. */
  record Assembled(Loaded loaded, Site site) {}

  /** Stage 4's result: the site checked as a whole, with the themes it renders through. */
  record Validated(Diagnostics diagnostics, Site site, ThemeChain themes, SiteValidator.AnchorFixes fixes) {}

  /** A rendered site in its staging folder, not yet published, and its search index being exported there. */
  private record Staged(Publisher publisher, Path dir, List<String> written, SiteSearch.PendingExport index) {}

  // 1. Load
  private Loaded load(Diagnostics diagnostics) throws IOException {
    clock.mark("load");
    GitHistory history = GitHistory.start(config.contentDir()); // one git log, while the pages load
    LoadedContent loaded = new ContentLoader(config, diagnostics).load();
    SiteConfig siteConfig = loaded.site();
    List<PageMeta> metas = GeneratedSections.addMissing(siteConfig, new FrontMatterReader(siteConfig, diagnostics).read(loaded.pages()),
        folder -> config.display(config.contentDir().resolve(folder)) + "/");
    TermLoader termLoader = new TermLoader(diagnostics);
    Map<String, Map<String, Taxonomy>> languageTaxonomies = termLoader.loadAll(siteConfig, loaded, metas);
    Map<String, Taxonomy> taxonomies = languageTaxonomies.get(siteConfig.languages().get(0).code());
    Map<String, SourcePos> prints = new TreeMap<>();
    PrintViews.plan(siteConfig, metas, loaded.assets(), siteFile()).forEach(v -> prints.put(v.sitePath(), v.askedAt()));
    warmup.await(); // from here on the build uses the libraries the warm-up initialises
    OutputPlan plan = OutputPlan.of(config, siteConfig, metas, loaded.assets(), taxonomies, prints, diagnostics);
    Set<String> pagePaths = new HashSet<>();
    metas.forEach(m -> pagePaths.add(m.contentPath()));
    Map<String, BookOutline> outlines = new TreeMap<>();
    loaded.outlines().forEach((lang, file) -> outlines.put(lang, BookOutline.parse(file.text(), file.folder(), file.display(), pagePaths, diagnostics)));
    Map<String, String> chapterTitles = new HashMap<>();
    outlines.values().forEach(o -> o.titles(chapterTitles));
    if (!chapterTitles.isEmpty()) {
      metas = metas.stream().map(m -> chapterTitles.containsKey(m.contentPath()) ? m.withFallbackTitle(chapterTitles.get(m.contentPath())) : m).toList();
    }
    return new Loaded(diagnostics, loaded.withoutPages(), metas, termLoader, languageTaxonomies, plan, Map.copyOf(outlines), history.dates());
  }

  /** Each language's search index, open from conversion until export (none without search). */
  private SiteSearch openSearch(Loaded in) throws IOException {
    if (search.isEmpty()) {
      return SiteSearch.none();
    }
    SiteSearch.LuceneFolders lucene = new SiteSearch.LuceneFolders() {
      @Override
      public Path of(String lang) throws IOException {
        return folders.lucene(lang);
      }

      @Override
      public String display(Path folder) {
        return config.display(folder);
      }
    };
    return SiteSearch.open(search.get(), lucene, retain != null, in.content().site(), in.content().data(), in.taxonomies(), in.metas(), in.diagnostics());
  }

  // 2. Convert Markdown (parallel; results kept in source order), feeding the search index as it goes
  private Converted convert(Loaded in, SiteSearch search) throws IOException {
    clock.mark("convert");
    SiteConfig siteConfig = in.content().site();
    Map<String, SiteAbbreviations> abbreviations = SiteAbbreviations.perLanguage(siteConfig, in.content(), in.diagnostics());
    MarkdownConverter converter = new MarkdownConverter(siteConfig.markdown(), abbreviations, in.plan(), config.pageBudget());
    List<PageMeta> metas = in.metas();
    Map<String, ConvertedPage> converted = new ConcurrentHashMap<>();
    Map<String, PageFacts> facts = new ConcurrentHashMap<>();
    // Every core takes the next page in source order, so pages finish nearly in order and the
    // search index, which adds them in order, seldom holds a page back.
    AtomicInteger next = new AtomicInteger();
    IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(worker -> {
      for (int i = next.getAndIncrement(); i < metas.size(); i = next.getAndIncrement()) {
        PageMeta m = metas.get(i);
        ConvertedPage page = converter.convert(m.source(), in.diagnostics());
        PageFacts f = PageFacts.of(m, page.h1(), in.taxonomies(m.source().language().code()));
        facts.put(m.contentPath(), f);
        if (search.indexes(m.source().language().code())) {
          search.add(i, m, f.title(), f.terms(), page.sections());
        }
        converted.put(m.contentPath(), page.withoutText());
      }
    });
    return new Converted(in.withMetas(metas.stream().map(PageMeta::withoutText).toList()), converted, facts, converter);
  }

  // 3. Assemble
  Assembled assemble(Converted in) {
    clock.mark("assemble");
    Loaded l = in.loaded();
    Site site = new SiteAssembler().assemble(l.content().site(), l.metas(), in.pages(), in.facts(), l.languageTaxonomies(), l.content().languageData(), l.content().assets(), l.outlines(), l.lastCommitted());
    return new Assembled(l, site);
  }

  // 4. Validate
  Validated validate(Assembled in) throws IOException, BuildFailedException {
    clock.mark("validate");
    Diagnostics diagnostics = in.loaded().diagnostics();
    in.loaded().termLoader().check(in.loaded().taxonomies(), in.loaded().metas());
    SiteValidator.AnchorFixes fixes = new SiteValidator(diagnostics, in.site().config().markdown().strictLinks()).validate(in.site());
    SourcePos themeAt = siteFile();
    ThemeChain themes = ThemeChain.resolve(in.site().config().theme(), config, themeAt, diagnostics);
    fail(diagnostics);
    return new Validated(diagnostics, in.site(), themes, fixes);
  }

  // 5. Render into a staging folder; stage 6 begins on a thread of its own once the search has every document
  private Staged render(Validated in, SiteSearch search) throws IOException, BuildFailedException {
    clock.mark("render");
    Diagnostics diagnostics = in.diagnostics();
    Publisher publisher = new Publisher(folders);
    if (!publisher.mayReplace()) {
      diagnostics.error(SourcePos.of(config.display(config.outputDir())), "output folder exists and was not made by Passage; refusing to replace it", "choose an empty or new output folder");
      fail(diagnostics);
    }
    Path staging = publisher.begin();
    SiteSearch.PendingExport index = search.pendingExport(staging);
    boolean rendered = false;
    try {
      Site site = in.site();
      TemplateRenderer templates = new TemplateRenderer(in.themes(), site, diagnostics);
      SiteRenderer renderer = new SiteRenderer(templates, in.fixes(), diagnostics).withGeneratedPages(search::generated)
          .afterGeneratedPages(index::start)
          .withFacetLabels((lang, ui) -> SiteSearch.labels(site.config(), lang, ui));
      List<String> written = renderer.render(site, staging, printViews(site));
      SiteAssets.copy(site.assets(), staging);
      ThemeAssets.copy(in.themes(), staging);
      SiteSearch.writeClient(in.themes().locate(SiteSearch.CLIENT_UI).map(ThemeChain.Located::file), staging);
      fail(diagnostics);
      rendered = true;
      return new Staged(publisher, staging, written, index);
    } finally {
      if (!rendered) {
        index.abandon(); // its thread writes into the staging folder: wait for it before deleting that
        publisher.abandon();
      }
    }
  }

  /** The staged site as a zip under its temporary name, if the build writes one (else null). */
  private OfflineZip.Pending offlineZip(Path staged) throws IOException {
    if (folders.zip().isEmpty()) {
      return null;
    }
    return OfflineZip.pack(staged, folders.zip().get(), OfflineZip.entryTime(config.outputTimestamp()).orElse(OfflineZip.DEFAULT_TIME));
  }

  /** The print views, as the load stage planned them (from the same pages, so the same list). */
  List<PrintViews.View> printViews(Site site) {
    List<PageMeta> metas = new ArrayList<>();
    site.languages().forEach(l -> l.pages().forEach(p -> metas.add(p.meta())));
    return PrintViews.plan(site.config(), metas, site.assets(), siteFile());
  }

  /** site.yml, where settings of the whole site are reported. */
  private SourcePos siteFile() {
    return new SourcePos(config.display(config.contentDir().resolve(ContentLoader.SITE_FILE)), 0, 0);
  }

  private static void fail(Diagnostics diagnostics) throws BuildFailedException {
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.sorted());
    }
  }

}
