package org.passage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.passage.paths.SitePaths;
import org.passage.files.Trees;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.content.ContentLoader;
import org.passage.content.FrontMatterReader;
import org.passage.content.PageMeta;
import org.passage.content.SourcePage;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.Problem;
import org.passage.files.Confined;
import org.passage.files.SourceTree;
import org.passage.markdown.ConvertedPage;
import org.passage.markdown.LinkRef;
import org.passage.output.BuildFolders;
import org.passage.search.SearchIndexer;
import org.passage.search.SearchPage;
import org.passage.search.SiteSearch;
import org.passage.site.LanguageSite;
import org.passage.site.Site;
import org.passage.site.PageFacts;
import org.passage.template.SiteRenderer;
import org.passage.template.TemplateRenderer;

/**
 * The preview's builds. The first is a whole build whose stages' results stay in memory; after
 * that, a save that changes only the Markdown text of existing pages re-converts those pages,
 * assembles and validates the site again, and re-renders just the pages whose output can show
 * the edit: the page itself, the pages linking to it when its anchors changed, the pages it
 * links to (or linked to) when its links changed, and every page when its title or front matter
 * changed. Anything else — data, templates, site.yml, assets, a page added or removed — is a
 * whole build. Either way the update names the site paths whose bytes changed, so that only
 * the browsers showing them reload. The search index of an edited language is rebuilt in the
 * background, a moment after the pages.
 */
public final class IncrementalBuild implements AutoCloseable {
  /**
   * One build's outcome: the pages of the site, warnings, the site paths whose content changed
   * (sorted), whether it was a whole build, and the pages it rendered again (0 for a whole build).
   */
  public record Update(int pages, List<Problem> warnings, List<String> changed, boolean whole, int rendered) {}

  private final BuildConfig config;
  private final Optional<SearchIndexer> search;
  private final Consumer<String> progress;
  private final BuildFolders folders;
  /** Re-indexes in the background, one language at a time; a newer request replaces a waiting one. */
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "passage-preview-index");
    t.setDaemon(true);
    return t;
  });

  private Passage.Snapshot last;
  /** Checksums of the published files by site path, to tell which a whole build changed. */
  private Map<String, Long> published = Map.of();
  /** Files of partial builds that failed: read again with the next save, whatever it touches. */
  private final Set<Path> failed = new TreeSet<>();
  /** Whether a template can show other pages' word counts (then a page's length is part of what others show). */
  private boolean themeShowsWords;
  /** Grows with every whole build; a background index made for an older one is dropped. */
  private int generation;
  private final Set<String> indexPending = new HashSet<>();
  /** The last whole build failed: what broke may be anywhere, so the next build is whole too. */
  private boolean wholeFailed;

  public IncrementalBuild(BuildConfig config, Optional<SearchIndexer> search, Consumer<String> progress) {
    this.config = config;
    this.search = search;
    this.progress = progress;
    this.folders = BuildFolders.of(config);
  }

  /**
   * Builds after {@code changed} files were saved, created or deleted (empty: unknown, build
   * everything). Throws as {@link Passage#build()} does, leaving the previous site in place.
   */
  public Update build(Set<Path> changed) throws IOException, BuildFailedException {
    return build(changed, u -> {});
  }

  /**
   * The same; when an edit changes what every page shows (a title), the edited pages are
   * published first and {@code early} hears of them before the rest are rendered.
   */
  public synchronized Update build(Set<Path> changed, Consumer<Update> early) throws IOException, BuildFailedException {
    Set<Path> files = new TreeSet<>();
    for (Path p : changed) {
      if (!ignored(p)) {
        files.add(p);
      }
    }
    if (!changed.isEmpty() && files.isEmpty() && failed.isEmpty() && !wholeFailed) {
      return new Update(last.written().size(), List.of(), List.of(), false, 0); // an editor's scratch files
    }
    files.addAll(failed);
    Optional<List<Edit>> edits = last == null || wholeFailed || changed.isEmpty() ? Optional.empty() : edits(files);
    if (edits.isEmpty()) {
      failed.clear();
      wholeFailed = true;
      Update u = whole();
      wholeFailed = false;
      return u;
    }
    try {
      Update u = partial(edits.get(), early);
      failed.clear();
      return u;
    } catch (BuildFailedException e) {
      failed.addAll(files);
      throw e;
    }
  }

  /**
   * Files no build reads: hidden ones and backups anywhere (editors' swap and backup files),
   * {@code _}-prefixed ones in the content, and files that neither exist nor existed.
   */
  private boolean ignored(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~")) {
      return true;
    }
    Path content = config.contentDir().toAbsolutePath().normalize();
    Path file = path.toAbsolutePath().normalize();
    if (!file.startsWith(content) || last == null) {
      return false;
    }
    if (name.startsWith("_")) {
      return true;
    }
    if (Files.exists(file)) {
      return false;
    }
    String contentPath = content.relativize(file).toString().replace('\\', '/');
    return !(contentPath.equals(ContentLoader.SITE_FILE) || contentPath.startsWith(ContentLoader.DATA_DIR + "/")
        || last.loaded().metas().stream().anyMatch(m -> m.contentPath().equals(contentPath))
        || last.loaded().content().assets().stream().anyMatch(a -> a.contentPath().equals(contentPath)));
  }

  /** A saved page: its file, its facts before, and its place among its language's pages. */
  private record Edit(Path file, PageMeta before, int searchNumber) {}

  /** The edits when every changed file is the Markdown of a page the last build had; else empty. */
  private Optional<List<Edit>> edits(Set<Path> files) {
    Path content = config.contentDir().toAbsolutePath().normalize();
    Map<String, PageMeta> byPath = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    List<PageMeta> metas = last.loaded().metas();
    SiteSearch.PageNumbers searchNumbers = SiteSearch.PageNumbers.of(metas);
    for (int i = 0; i < metas.size(); i++) {
      byPath.put(metas.get(i).contentPath(), metas.get(i));
      numbers.put(metas.get(i).contentPath(), searchNumbers.number(i));
    }
    List<Edit> edits = new ArrayList<>();
    for (Path f : files) {
      Path file = f.toAbsolutePath().normalize();
      if (!file.startsWith(content) || !Files.isRegularFile(file) || SourceTree.leavesFolder(content, file)) {
        return Optional.empty(); // a theme, a deleted file, a link out: the whole build says what it makes of it
      }
      PageMeta before = byPath.get(content.relativize(file).toString().replace('\\', '/'));
      if (before == null || before.generated()) {
        return Optional.empty(); // data, site.yml, an asset, SUMMARY.md or a new page
      }
      edits.add(new Edit(file, before, numbers.get(before.contentPath())));
    }
    return Optional.of(edits);
  }

  private Update whole() throws IOException, BuildFailedException {
    Passage.Result result = new Passage(config, search, progress).build(s -> last = s);
    generation++;
    indexPending.clear();
    themeShowsWords = themeMentions("words");
    Map<String, Long> now = checksums(config.outputDir());
    List<String> changed = new ArrayList<>();
    now.forEach((path, sum) -> {
      if (!sum.equals(published.get(path))) {
        changed.add(path);
      }
    });
    published.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
    changed.sort(null);
    published = now;
    return new Update(result.pages(), result.warnings(), List.copyOf(changed), true, 0);
  }

  private Update partial(List<Edit> edits, Consumer<Update> early) throws IOException, BuildFailedException {
    Diagnostics diagnostics = new Diagnostics(config.strict());
    ContentLoader loader = new ContentLoader(config, diagnostics);
    Passage.Loaded loaded = last.loaded();
    FrontMatterReader reader = new FrontMatterReader(loaded.content().site(), diagnostics);
    Map<String, String> chapterTitles = new HashMap<>();
    loaded.outlines().values().forEach(o -> o.titles(chapterTitles));

    Map<String, ConvertedPage> pages = new HashMap<>(last.converted());
    Map<String, PageFacts> facts = new HashMap<>(last.facts());
    Map<String, PageMeta> metas = new HashMap<>();
    Map<String, SearchPage[]> searchPages = new HashMap<>();
    last.searchPages().forEach((lang, docs) -> searchPages.put(lang, docs.clone()));
    boolean sameFacts = true;
    Set<String> edited = new LinkedHashSet<>();
    Set<String> alsoShow = new HashSet<>();
    for (Edit e : edits) {
      PageMeta before = e.before();
      Language lang = before.source().language();
      Optional<SourcePage> source = loader.reread(e.file(), before.contentPath(), lang);
      List<PageMeta> read = source.map(s -> reader.read(List.of(s))).orElse(List.of());
      if (read.isEmpty()) {
        if (!diagnostics.hasErrors()) {
          return whole(); // a page that became a draft leaves the site
        }
        continue;
      }
      PageMeta meta = read.get(0);
      if (chapterTitles.containsKey(meta.contentPath())) {
        meta = meta.withFallbackTitle(chapterTitles.get(meta.contentPath()));
      }
      ConvertedPage was = last.converted().get(before.contentPath());
      ConvertedPage now = last.converter().convert(meta.source(), diagnostics);
      sameFacts &= meta.sameFactsAs(before) && now.h1().equals(was.h1()) && (!themeShowsWords || now.words() == was.words());
      if (!now.anchors().equals(was.anchors())) {
        alsoShow.add("linkers:" + before.contentPath()); // links to a vanished anchor are mended, or fail
      }
      Set<String> targetsWere = targets(was), targetsNow = targets(now);
      if (!targetsWere.equals(targetsNow)) {
        // Their backlinks change.
        Set<String> both = new HashSet<>(targetsWere);
        both.addAll(targetsNow);
        both.removeIf(t -> targetsWere.contains(t) && targetsNow.contains(t));
        alsoShow.addAll(both);
      }
      PageFacts f = PageFacts.of(meta, now.h1(), loaded.taxonomies(lang.code()));
      facts.put(meta.contentPath(), f);
      SearchPage[] docs = searchPages.get(lang.code());
      if (docs != null) {
        docs[e.searchNumber()] = SiteSearch.documents(meta, f.title(), f.terms(), now.sections());
      }
      pages.put(meta.contentPath(), now.withoutText());
      metas.put(meta.contentPath(), meta.withoutText());
      edited.add(meta.contentPath());
    }
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.sorted());
    }
    loaded = loaded.withMetas(loaded.metas().stream().map(m -> metas.getOrDefault(m.contentPath(), m)).toList());
    Passage passage = new Passage(config, search, progress);
    Passage.Validated validated = passage.reassemble(loaded, pages, Map.copyOf(facts), diagnostics);

    Set<String> scope = new HashSet<>(edited);
    for (String s : alsoShow) {
      if (s.startsWith("linkers:")) {
        String target = s.substring("linkers:".length());
        for (LanguageSite lang : validated.site().languages()) {
          lang.backlinks().getOrDefault(target, List.of()).forEach(p -> scope.add(p.contentPath()));
        }
      } else {
        scope.add(s);
      }
    }
    List<String> changed = new ArrayList<>(render(validated, diagnostics, scope::contains));
    int rendered = scope.size();
    if (!sameFacts) {
      // A new title or new facts show in navigation, listings and term pages: everything.
      early.accept(new Update(last.written().size(), List.of(), List.copyOf(changed), false, rendered));
      changed.addAll(render(validated, diagnostics, null));
      rendered = last.written().size();
    }
    last = new Passage.Snapshot(loaded, Map.copyOf(pages), Map.copyOf(facts), validated, last.converter(), Map.copyOf(searchPages), last.written());
    Set<String> languages = new TreeSet<>();
    edits.forEach(e -> languages.add(e.before().source().language().code()));
    languages.forEach(this::reindexLater);
    List<String> sorted = new ArrayList<>(new TreeSet<>(changed));
    List<Problem> warnings = diagnostics.sorted().stream().filter(p -> !p.isError()).toList();
    return new Update(last.written().size(), warnings, List.copyOf(sorted), false, rendered);
  }

  private static Set<String> targets(ConvertedPage page) {
    Set<String> out = new HashSet<>();
    for (LinkRef l : page.links()) {
      if (!l.isTerm()) {
        out.add(l.target());
      }
    }
    return out;
  }

  /**
   * Renders the pages {@code only} accepts (all, and the generated ones, when null) into a fresh
   * folder, then moves each file whose bytes differ over the published one: a reader's browser
   * never sees half a file. Returns the site paths replaced.
   */
  private List<String> render(Passage.Validated in, Diagnostics diagnostics, java.util.function.Predicate<String> only) throws IOException, BuildFailedException {
    Path scratch = Confined.resolve(folders.work(), "preview-render");
    Trees.deleteTree(scratch);
    Files.createDirectories(scratch);
    try {
      Site site = in.site();
      TemplateRenderer templates = new TemplateRenderer(in.themes(), site, diagnostics);
      List<org.passage.print.PrintViews.View> prints = new Passage(config, search, progress).printViews(site);
      new SiteRenderer(templates, in.fixes(), diagnostics).withFacetLabels((lang, ui) -> SiteSearch.labels(site.config(), lang, ui))
          .render(site, scratch, prints, only);
      if (diagnostics.hasErrors()) {
        throw new BuildFailedException(diagnostics.sorted());
      }
      return install(scratch, "");
    } finally {
      Trees.deleteTree(scratch);
    }
  }

  /** Moves the files below {@code from} whose bytes differ into the output under {@code prefix}; returns their site paths. */
  private List<String> install(Path from, String prefix) throws IOException {
    Path out = config.outputDir();
    List<String> changed = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String sitePath = prefix + from.relativize(file).toString().replace('\\', '/');
      Path target = Confined.resolve(out, sitePath);
      byte[] bytes = Files.readAllBytes(file);
      if (Files.isRegularFile(target) && Arrays.equals(bytes, Files.readAllBytes(target))) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      synchronized (this) {
        Map<String, Long> sums = new HashMap<>(published);
        sums.put(sitePath, checksum(bytes));
        published = sums;
      }
      changed.add(sitePath);
    }
    return changed;
  }

  /** Rebuilds {@code lang}'s search index from the pages' documents in the background, then swaps it in. */
  private void reindexLater(String lang) {
    if (search.isEmpty() || !last.searchPages().containsKey(lang) || !indexPending.add(lang)) {
      return;
    }
    int forGeneration = generation;
    indexer.submit(() -> {
      SearchPage[] docs;
      synchronized (this) {
        indexPending.remove(lang);
        if (forGeneration != generation) {
          return null;
        }
        docs = last.searchPages().get(lang);
      }
      Path scratch = Confined.resolve(folders.work(), "preview-search");
      Trees.deleteTree(scratch);
      try {
        Passage.Loaded loaded = last.loaded();
        SiteSearch.reindex(search.get(), lang, docs, loaded.content().site(), loaded.content().data(), loaded.taxonomies(),
            Confined.resolve(folders.work(), "preview-lucene/" + lang), scratch);
      } catch (IOException | RuntimeException e) {
        progress.accept("could not update the search index of " + lang + ": " + e.getMessage());
        return null;
      }
      synchronized (this) {
        if (forGeneration == generation) {
          String prefix = SitePaths.searchIndex(lang);
          Set<String> fresh = new HashSet<>();
          try (Stream<Path> walk = Files.walk(scratch.resolve(prefix))) {
            walk.filter(Files::isRegularFile).forEach(f -> fresh.add(prefix + scratch.resolve(prefix).relativize(f).toString().replace('\\', '/')));
          }
          install(scratch.resolve(prefix), prefix);
          // Shards the new index no longer has (the facet labels beside them come from the renderer).
          Set<String> rendered = new HashSet<>();
          last.validated().site().languages().forEach(l -> rendered.add(TemplateRenderer.labelsPath(l)));
          for (String old : new ArrayList<>(published.keySet())) {
            if (old.startsWith(prefix) && !fresh.contains(old) && !rendered.contains(old)) {
              Files.deleteIfExists(Confined.resolve(config.outputDir(), old));
              Map<String, Long> sums = new HashMap<>(published);
              sums.remove(old);
              published = sums;
            }
          }
        }
      }
      Trees.deleteTree(scratch);
      return null;
    });
  }

  /** Waits until the background search updates asked for so far are done (tests, benchmarks). */
  public void awaitIndex() throws InterruptedException {
    try {
      indexer.submit(() -> null).get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private boolean themeMentions(String word) throws IOException {
    for (var theme : last.validated().themes().themes()) {
      try (Stream<Path> walk = Files.walk(theme.root())) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".peb")).toList()) {
          if (Files.readString(f).contains(word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Map<String, Long> checksums(Path out) throws IOException {
    Map<String, Long> sums = new TreeMap<>();
    if (!Files.isDirectory(out)) {
      return sums;
    }
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        sums.put(out.relativize(f).toString().replace('\\', '/'), checksum(Files.readAllBytes(f)));
      }
    }
    return sums;
  }

  private static long checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue() ^ ((long) bytes.length << 32);
  }

  @Override
  public void close() {
    indexer.shutdownNow();
  }
}
