package org.passage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig;
import org.passage.content.Asset;
import org.passage.content.ContentLoader;
import org.passage.content.DataFile;
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
import org.passage.files.Confined;
import org.passage.files.FolderLock;
import org.passage.files.IoErrors;
import org.passage.output.BuildFolders;
import org.passage.output.OfflineZip;
import org.passage.output.OutputPlan;
import org.passage.output.Publisher;
import org.passage.template.ThemeAssets;
import org.passage.print.PrintViews;
import org.passage.search.RenderedPages;
import org.passage.search.SearchClient;
import org.passage.search.SearchDocuments;
import org.passage.search.SearchLanguage;
import org.passage.search.SearchVocabulary;
import org.passage.search.SiteVocabulary;
import org.passage.search.SearchIndexer;
import org.passage.search.SearchPage;
import org.passage.site.Site;
import org.passage.site.SiteAssembler;
import org.passage.site.SiteValidator;
import org.passage.site.LanguageSite;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;
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

  /** Stage durations of the build in progress: each stage marks its start, which ends the one before. */
  private final class Clock {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private String stage;
    private long start;

    void mark(String next) {
      long now = System.nanoTime();
      if (stage != null) {
        millis.put(stage, (now - start) / 1_000_000);
      }
      stage = next;
      start = now;
    }
  }

  private Clock clock;

  /**
   * What the stages made, kept by the preview ({@link IncrementalBuild}) so that an edit to one
   * page rebuilds that page and what shows it instead of the whole site. {@code searchPages}
   * holds each language's search documents by page number (empty without search).
   */
  record Snapshot(Loaded loaded, Map<String, ConvertedPage> converted, Validated validated, MarkdownConverter converter,
      Map<String, SearchPage[]> searchPages, List<String> written) {}

  /**
   * Stages 3 and 4 again, after the preview re-converted some pages: assembles and validates the site
   * from {@code pages} (every page, the edited ones replaced), reporting into {@code diagnostics}.
   */
  Validated reassemble(Loaded loaded, Map<String, ConvertedPage> pages, Diagnostics diagnostics) throws IOException, BuildFailedException {
    clock = new Clock();
    return validate(assemble(new Converted(loaded.with(diagnostics), pages, null)));
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
    clock = new Clock();
    try (SearchIndexes none = new SearchIndexes(Optional.empty())) {
      Validated validated = validate(assemble(convert(load(diagnostics), none)));
      clock.mark("render");
      Site site = validated.site();
      TemplateRenderer templates = new TemplateRenderer(validated.themes(), site, diagnostics);
      List<String> pages = new SiteRenderer(templates, validated.fixes(), diagnostics).render(site, null, printViews(site));
      clock.mark(null);
      fail(diagnostics);
      return new Result(diagnostics.sorted().stream().filter(p -> !p.isError()).toList(), pages.size(), clock.millis);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Result buildLocked(Diagnostics diagnostics) throws IOException, BuildFailedException {
    clock = new Clock();
    try (SearchIndexes search = new SearchIndexes(this.search)) {
      // Each stage's result is handed straight to the next, so what a stage no longer needs (the
      // Markdown text, the pages' plain text, the whole site once rendered) can be collected.
      Converted converted = convert(load(diagnostics), search);
      Validated validated = validate(assemble(converted));
      Staged staged = render(validated, search);
      boolean published = false;
      try {
        // 6. Index: the documents went in during conversion; finish and export each language.
        clock.mark("index");
        search.export(staged.dir());
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
          retain.accept(new Snapshot(converted.loaded(), converted.pages(), validated, converted.converter(), search.kept(), staged.written()));
        }
        return new Result(diagnostics.sorted().stream().filter(p -> !p.isError()).toList(), staged.written().size(), clock.millis);
      } finally {
        if (!published) {
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

    /** The taxonomies in the default language (every language has the same terms). */
    Map<String, Taxonomy> taxonomies() {
      return languageTaxonomies.get(content.site().languages().get(0).code());
    }
  }

  /** Stage 2's result: the pages without their Markdown text, and what conversion made of them. */
  record Converted(Loaded loaded, Map<String, ConvertedPage> pages, MarkdownConverter converter) {}

  /** Stage 3's result: the site model, pages placed in sections, navigation and taxonomies. */
  record Assembled(Loaded loaded, Site site) {}

  /** Stage 4's result: the site checked as a whole, with the themes it renders through. */
  record Validated(Diagnostics diagnostics, Site site, ThemeChain themes, SiteValidator.AnchorFixes fixes) {}

  /** A rendered site in its staging folder, not yet published. */
  private record Staged(Publisher publisher, Path dir, List<String> written) {}

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

  // 2. Convert Markdown (parallel; results kept in source order), feeding the search index as it goes
  private Converted convert(Loaded in, SearchIndexes search) throws IOException {
    clock.mark("convert");
    SiteConfig siteConfig = in.content().site();
    Map<String, SiteAbbreviations> abbreviations = new HashMap<>();
    Map<String, DataFile> defaults = in.content().data();
    for (var lang : siteConfig.languages()) {
      // Problems of a file are reported once: a language's file is the default's with translations
      // merged in, unless its translation replaced it whole (a glossary).
      Map<String, DataFile> own = in.content().data(lang.code());
      boolean replaced = siteConfig.markdown().abbreviations().map(a -> own.get(a.data()) != null && defaults.get(a.data()) != null
          && !own.get(a.data()).display().equals(defaults.get(a.data()).display())).orElse(false);
      abbreviations.put(lang.code(), SiteAbbreviations.from(siteConfig, own, abbreviations.isEmpty() || replaced ? in.diagnostics() : new Diagnostics()));
    }
    MarkdownConverter converter = new MarkdownConverter(siteConfig.markdown(), abbreviations, in.plan(), config.pageBudget());
    for (var lang : siteConfig.languages()) {
      search.open(lang.code());
      if (search.indexes(lang.code())) {
        search.vocabulary(lang.code(), SiteVocabulary.of(siteConfig, in.content().data(), in.taxonomies(), lang.code(), in.diagnostics()));
      }
    }
    List<PageMeta> metas = in.metas();
    // The search index numbers each language's pages from 0, in source order.
    int[] searchNumber = new int[metas.size()];
    Map<String, Integer> perLanguage = new HashMap<>();
    for (int i = 0; i < metas.size(); i++) {
      searchNumber[i] = perLanguage.merge(metas.get(i).source().language().code(), 1, Integer::sum) - 1;
    }
    perLanguage.forEach(search::counted);
    Map<String, ConvertedPage> converted = new ConcurrentHashMap<>();
    // Every core takes the next page in source order, so pages finish nearly in order and the
    // search index, which adds them in order, seldom holds a page back.
    AtomicInteger next = new AtomicInteger();
    IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(worker -> {
      for (int i = next.getAndIncrement(); i < metas.size(); i = next.getAndIncrement()) {
        PageMeta m = metas.get(i);
        ConvertedPage page = converter.convert(m.source(), in.diagnostics());
        String lang = m.source().language().code();
        if (search.indexes(lang)) {
          String title = SiteAssembler.title(m, page.h1());
          search.add(lang, searchNumber[i], SearchDocuments.of(m, title, SiteAssembler.terms(m, in.taxonomies()), page.sections()), perLanguage.get(lang));
        }
        converted.put(m.contentPath(), page.withoutText());
      }
    });
    return new Converted(in.withMetas(metas.stream().map(PageMeta::withoutText).toList()), converted, converter);
  }

  // 3. Assemble
  Assembled assemble(Converted in) {
    clock.mark("assemble");
    Loaded l = in.loaded();
    Site site = new SiteAssembler().assemble(l.content().site(), l.metas(), in.pages(), l.languageTaxonomies(), l.content().languageData(), l.content().assets(), l.outlines(), l.lastCommitted());
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

  // 5. Render into a staging folder
  private Staged render(Validated in, SearchIndexes search) throws IOException, BuildFailedException {
    clock.mark("render");
    Diagnostics diagnostics = in.diagnostics();
    Publisher publisher = new Publisher(folders);
    if (!publisher.mayReplace()) {
      diagnostics.error(SourcePos.of(config.display(config.outputDir())), "output folder exists and was not made by Passage; refusing to replace it", "choose an empty or new output folder");
      fail(diagnostics);
    }
    Path staging = publisher.begin();
    boolean rendered = false;
    try {
      Site site = in.site();
      TemplateRenderer templates = new TemplateRenderer(in.themes(), site, diagnostics);
      SiteRenderer renderer = new SiteRenderer(templates, in.fixes(), diagnostics).withGeneratedPages(search::generated);
      List<String> written = renderer.render(site, staging, printViews(site));
      copyAssets(site.assets(), staging);
      ThemeAssets.copy(in.themes(), staging);
      SearchClient.write(in.themes().locate(SearchClient.UI_MODULE).map(ThemeChain.Located::file), staging);
      fail(diagnostics);
      rendered = true;
      return new Staged(publisher, staging, written);
    } finally {
      if (!rendered) {
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

  /** The search index of every language, open from conversion until export (none without search). */
  private final class SearchIndexes implements AutoCloseable {
    private final Optional<SearchIndexer> search;
    private final Map<String, SearchIndexer.Session> sessions = new ConcurrentHashMap<>();
    /** Every page's documents by language, when the preview keeps them to re-index after an edit. */
    private final Map<String, SearchPage[]> kept = new ConcurrentHashMap<>();
    /** Number of content pages of each language; the generated pages are numbered after them. */
    private final Map<String, Integer> contentPages = new ConcurrentHashMap<>();
    /** The generated pages' documents by language and site path, as rendering finds them. */
    private final Map<String, Map<String, SearchPage>> generated = new ConcurrentHashMap<>();

    void vocabulary(String lang, SearchVocabulary v) {
      sessions.get(lang).vocabulary(v);
    }

    void counted(String lang, int pages) {
      contentPages.put(lang, pages);
    }

    /** A taxonomy's index or a term's page, rendered: its documents, read from its HTML. Thread-safe. */
    void generated(LanguageSite site, String sitePath, Taxonomy tax, Term term, String title, CharSequence html) {
      String lang = site.language().code();
      if (!indexes(lang)) {
        return;
      }
      Map<String, List<String>> facets = new LinkedHashMap<>();
      List<String> identifiers = List.of();
      if (term == null) {
        facets.put("collection", List.of("page"));
      } else {
        facets.put("collection", List.of(tax.name()));
        facets.put(tax.name(), List.of(term.id()));
        tax.config().implies().ifPresent(i -> TermLoader.implied(tax, term).ifPresent(id -> facets.put(i.taxonomy(), List.of(id))));
        if (!tax.freeForm()) {
          identifiers = List.of(SearchVocabulary.identifier(SearchLanguage.of(lang), tax.name(), term.id()));
        }
      }
      generated.computeIfAbsent(lang, k -> new ConcurrentSkipListMap<>()).put(sitePath, RenderedPages.of(sitePath, title, facets, identifiers, html));
    }

    SearchIndexes(Optional<SearchIndexer> search) {
      this.search = search;
    }

    void open(String lang) throws IOException {
      if (search.isPresent() && !sessions.containsKey(lang)) {
        Path dir = folders.lucene(lang);
        try {
          sessions.put(lang, search.get().open(lang, dir));
        } catch (IOException e) {
          throw IoErrors.wrap("cannot create the search index in the work folder " + config.display(dir), e);
        }
      }
    }

    /** Whether {@code lang} has an index (not without search), so its pages' documents are wanted. */
    boolean indexes(String lang) {
      return sessions.containsKey(lang);
    }

    /** Adds a page's documents; {@code page} is its number among the language's {@code pages}. Thread-safe. */
    void add(String lang, int page, SearchPage docs, int pages) {
      if (retain != null) {
        kept.computeIfAbsent(lang, l -> new SearchPage[pages])[page] = docs;
      }
      try {
        sessions.get(lang).addPage(page, docs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, SearchPage[]> kept() {
      return Map.copyOf(kept);
    }

    void export(Path siteDir) throws IOException {
      for (String lang : new TreeMap<>(sessions).keySet()) {
        // the generated pages after the content pages, in site path order
        List<SearchPage> more = new ArrayList<>(generated.getOrDefault(lang, Map.of()).values());
        int first = contentPages.getOrDefault(lang, 0);
        if (retain != null) {
          SearchPage[] all = java.util.Arrays.copyOf(kept.computeIfAbsent(lang, l -> new SearchPage[first]), first + more.size());
          for (int i = 0; i < more.size(); i++) {
            all[first + i] = more.get(i);
          }
          kept.put(lang, all);
        }
        for (int i = 0; i < more.size(); i++) {
          sessions.get(lang).addPage(first + i, more.get(i));
        }
        sessions.get(lang).export(siteDir);
      }
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (SearchIndexer.Session s : sessions.values()) {
        try {
          s.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
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
      Path target = Confined.resolve(out, a.contentPath());
      try {
        Files.createDirectories(target.getParent());
        Files.copy(a.file(), target);
      } catch (IOException e) {
        throw IoErrors.wrap("cannot copy " + a.contentPath() + " into the site", e);
      }
    }
  }
}
