package org.passage.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.passage.paths.SitePaths;
import org.passage.diagnostics.Diagnostics;
import org.passage.content.PageMeta;
import org.passage.diagnostics.SourcePos;
import org.passage.files.Confined;
import org.passage.files.IoErrors;
import org.passage.paths.Pagination;
import org.passage.paths.Urls;
import org.passage.print.PrintBook;
import org.passage.print.PrintComposer;
import org.passage.print.PrintViews;
import org.passage.site.LanguageSite;
import org.passage.site.Page;
import org.passage.site.Site;
import org.passage.site.SiteValidator;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;

/**
 * Stage 5, Render: every page through its layout, a page per taxonomy term and per taxonomy,
 * the 404 page, and for a multilingual site a root page that leads to the first language.
 * Layouts: the page's {@code layout}, else {@code home}/{@code section}/{@code page};
 * {@code term-<taxonomy>} or {@code term}; {@code taxonomy-<taxonomy>} or {@code taxonomy}.
 */
public final class SiteRenderer {
  private final TemplateRenderer templates;
  private final SiteValidator.AnchorFixes fixes;
  private final Diagnostics diagnostics;
  private final Map<String, TemplateError> errors = new LinkedHashMap<>();
  /** Folders of the output made so far. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  /** One per thread that renders at the same time; kept for the next page. */
  private final Queue<PageBuffer> buffers = new ConcurrentLinkedQueue<>();
  /** The last render's links between languages. */
  private LanguageLinks links;
  /** Hears the pages made from taxonomies, or null. */
  private GeneratedPages generatedPages;

  /**
   * Hears each page Passage makes from a taxonomy (its index, and each term's page) once it is
   * rendered, with its HTML: the search index reads their text from it. Called from several
   * threads at once.
   */
  public interface GeneratedPages {
    /** @param term the term whose page this is, or null for the taxonomy's index */
    void rendered(LanguageSite lang, String sitePath, Taxonomy taxonomy, Term term, String title, CharSequence html);
  }

  /** Hears which facet labels the search page shows, or null: none are written. */
  private FacetLabels facetLabels;

  /** Makes the script naming a language's facet values beside its search page (search owns its content). */
  public interface FacetLabels {
    /** @param ui the language's UI strings */
    String script(LanguageSite lang, java.util.function.UnaryOperator<String> ui);
  }

  /** This renderer, writing {@code labels} beside each language's search page. */
  public SiteRenderer withFacetLabels(FacetLabels labels) {
    this.facetLabels = labels;
    return this;
  }

  /** Runs once every page heard by {@link #withGeneratedPages} is rendered, or null. */
  private Runnable afterGeneratedPages;

  /**
   * This renderer, running {@code then} once the last page {@link #withGeneratedPages} hears is
   * rendered (a full render does those first): the search index needs nothing more, and can be
   * exported while the other pages render.
   */
  public SiteRenderer afterGeneratedPages(Runnable then) {
    this.afterGeneratedPages = then;
    return this;
  }

  /** This renderer, telling {@code listener} about each generated page it renders. */
  public SiteRenderer withGeneratedPages(GeneratedPages listener) {
    this.generatedPages = listener;
    return this;
  }

  public SiteRenderer(TemplateRenderer templates, SiteValidator.AnchorFixes fixes, Diagnostics diagnostics) {
    this.templates = templates;
    this.fixes = fixes;
    this.diagnostics = diagnostics;
  }

  /**
   * Renders into {@code out}, with the print views {@code prints}; returns the site paths of the
   * HTML pages written (for the sitemap, which leaves the print views out: they repeat pages).
   * A null {@code out} renders every page in memory and writes nothing (the check goal: template
   * errors only show while rendering).
   */
  public List<String> render(Site site, Path out, List<PrintViews.View> prints) {
    return render(site, out, prints, null);
  }

  /**
   * The same for the pages whose content path {@code only} accepts (with their listing pages,
   * redirects and the print views holding them) and nothing else Passage generates, or for
   * everything when {@code only} is null: the preview re-renders just what an edit changed.
   */
  public List<String> render(Site site, Path out, List<PrintViews.View> prints, java.util.function.Predicate<String> only) {
    List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    links = new LanguageLinks(site, templates.views());
    folders.clear();
    if (only == null) {
      // The pages made from taxonomies first: the search index waits for their text, and is
      // exported while the rest renders.
      for (LanguageSite lang : site.languages()) {
        taxonomyPages(lang, out, written);
      }
    }
    if (afterGeneratedPages != null) {
      afterGeneratedPages.run();
    }
    for (LanguageSite lang : site.languages()) {
      List<PrintBook> books = prints.stream().filter(v -> v.language().equals(lang.language().code()))
          .flatMap(v -> PrintBook.of(v, lang, lang.language().title().isEmpty() ? site.config().title() : lang.language().title()).stream()).toList();
      PageContexts contexts = new PageContexts(templates.views(), lang, fixes, PrintBook.links(books));
      lang.pages().parallelStream().filter(page -> only == null || only.test(page.contentPath())).forEach(page -> {
        Optional<String> layout = layoutFor(page);
        if (layout.isEmpty()) {
          return;
        }
        PageContext context = contexts.context(page, lang.backlinks().getOrDefault(page.contentPath(), List.of()));
        NavEntry nav = contexts.nav(page);
        List<LanguageLinks.Translation> translations = links.of(page, lang);
        List<LanguageLinks.Notice> untranslated = links.untranslated(page, lang);
        int k = 1;
        for (PageContext listing : contexts.listingPages(context, page.outputPath())) {
          Map<String, Object> vars = new HashMap<>();
          vars.put("page", listing);
          vars.put("nav", nav);
          vars.put("translations", translations);
          vars.put("untranslated", untranslated);
          write(out, Pagination.path(page.outputPath(), k++), layout.get(), lang, vars, written);
        }
        for (PageMeta.Alias alias : page.meta().aliases()) {
          redirect(out, alias.sitePath(), page.outputPath(), page.title(), lang);
        }
      });
      List<PrintBook> shown = only == null ? books : books.stream().filter(book -> book.holdsAny(only)).toList();
      templates.first("layouts/print.peb").ifPresent(layout -> shown.parallelStream().forEach(book -> printView(out, book, layout, lang)));
    }
    if (only != null) {
      return finish(written);
    }
    for (LanguageSite lang : site.languages()) {
      templates.first("layouts/search.peb").ifPresent(t -> {
        List<String> facets = new ArrayList<>(List.of("collection"));
        facets.addAll(lang.taxonomies().keySet());
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", generated(templates.views().i18n(lang.language().code(), "search_results"), TemplateRenderer.searchPath(lang), "search"));
        vars.put("facets", String.join(",", facets));
        vars.put("labelsPath", TemplateRenderer.labelsPath(lang));
        vars.put("translations", links.generated(TemplateRenderer.searchPath(lang), lang, false));
        write(out, TemplateRenderer.searchPath(lang), t, lang, vars, null);
        if (facetLabels != null) {
          writeFile(out, TemplateRenderer.labelsPath(lang), facetLabels.script(lang, key -> templates.views().i18n(lang.language().code(), key)));
        }
      });
    }
    LanguageSite first = site.languages().get(0);
    templates.first("layouts/404.peb").ifPresent(t -> write(out, "404.html", t, first, Map.of("page", generated(templates.views().i18n(first.language().code(), "not_found_title"), "404.html", "404")), null));
    if (site.config().multilingual()) {
      redirect(out, "index.html", SitePaths.home(first.language().dir()), site.config().title(), first);
    }
    List<String> pages = new ArrayList<>(written);
    pages.sort(null);
    siteFiles(site, out, pages, first);
    return finish(pages);
  }

  /** A language's taxonomy indexes and term pages, each heard by {@link #generatedPages}. */
  private void taxonomyPages(LanguageSite lang, Path out, List<String> written) {
    for (Taxonomy tax : lang.taxonomies().values()) {
      String listLayout = "layouts/taxonomy-" + tax.name() + ".peb";
      Optional<String> taxLayout = templates.first(listLayout, "layouts/taxonomy.peb");
      String termLayout = templates.first("layouts/term-" + tax.name() + ".peb", "layouts/term.peb").orElse(null);
      TaxonomyView taxonomy = templates.views().taxonomy(lang, tax.name());
      String path = taxonomy.path();
      if (taxLayout.isPresent()) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", generated(taxonomy.title(), path, "taxonomy"));
        vars.put("taxonomy", taxonomy);
        vars.put("terms", templates.views().terms(lang.language().code(), tax.name()));
        vars.put("translations", links.generated(path, lang, true));
        write(out, path, taxLayout.get(), lang, vars, written, generatedPages == null ? null
            : html -> generatedPages.rendered(lang, path, tax, null, taxonomy.title(), html));
      }
      if (termLayout == null) {
        continue;
      }
      tax.terms().parallelStream().forEach(term -> {
        Map<String, Object> vars = new HashMap<>();
        TermView view = templates.views().term(lang, tax.name(), term.id());
        String termPath = view.path();
        vars.put("page", generated(termTitle(tax, term), termPath, "term"));
        vars.put("term", view);
        vars.put("taxonomy", taxonomy);
        vars.put("pages", templates.views().pagesOf(lang.language().code(), tax.name(), term.id()));
        vars.put("translations", links.generated(termPath, lang, true));
        write(out, termPath, termLayout, lang, vars, written, generatedPages == null ? null
            : html -> generatedPages.rendered(lang, termPath, tax, term, termTitle(tax, term), html));
      });
    }
  }

  /** sitemap.xml (when the site has a base URL: its addresses are absolute) and robots.txt, through the theme's templates. */
  private void siteFiles(Site site, Path out, List<String> pages, LanguageSite first) {
    Optional<String> base = site.config().baseUrl();
    base.ifPresent(b -> templates.first("layouts/sitemap.xml.peb").ifPresent(t -> write(out, "sitemap.xml", t, first,
        Map.of("sitemap", SitemapView.of(b, pages, links.alternates(), first.language().code())), null)));
    templates.first("layouts/robots.txt.peb").ifPresent(t ->
        write(out, "robots.txt", t, first, Map.of("sitemapUrl", base.map(b -> b + "sitemap.xml").orElse("")), null));
  }

  private List<String> finish(List<String> written) {
    errors.values().forEach(e -> diagnostics.error(new SourcePos(e.file(), e.line(), 0), e.getMessage()));
    List<String> sorted = new ArrayList<>(written);
    sorted.sort(null);
    return sorted;
  }

  /** A print view: its book's pages as chapters of one page, through the theme's {@code layouts/print.peb}. */
  private void printView(Path out, PrintBook book, String layout, LanguageSite lang) {
    List<String> html = PrintComposer.compose(book, p -> fixes.apply(p.contentPath(), p.content().html().unpack()));
    List<PrintChapter> chapters = new ArrayList<>();
    for (int i = 0; i < html.size(); i++) {
      PrintBook.Chapter c = book.chapters().get(i);
      chapters.add(new PrintChapter(c.title(), c.level(), c.depth(), c.anchor(), html.get(i), c.page() == null ? null : templates.views().page(c.page()), c.page() == null));
    }
    Page root = book.chapters().isEmpty() ? null : book.chapters().get(0).page();
    PageView view = PageView.generated(book.title(), root == null ? "" : root.meta().description(), book.view().sitePath(), "print");
    PageContext page = PageContext.generated(view, "print", book.view().wholeSite());
    Map<String, Object> vars = new HashMap<>();
    vars.put("page", page);
    vars.put("chapters", chapters);
    write(out, book.view().sitePath(), layout, lang, vars, null);
  }

  /** A chapter of a print view; {@code part}: a heading of the outline with no page of its own ({@code page} is null). */
  record PrintChapter(String title, int level, int depth, String anchor, String content, PageView page, boolean part) {}

  /** A page at {@code from} that sends the reader to {@code to} (site paths), from the theme's {@code layouts/redirect.peb}. */
  private void redirect(Path out, String from, String to, String title, LanguageSite lang) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("page", generated(title, from, "redirect"));
    vars.put("target", Urls.href(from, to));
    write(out, from, "layouts/redirect.peb", lang, vars, null);
  }

  private static String termTitle(Taxonomy tax, Term term) {
    return term.label().equals(term.id()) ? term.label() : term.id() + " " + term.label();
  }

  /** The {@code page} of a page Passage generates. */
  private static PageContext generated(String title, String path, String kind) {
    return PageContext.generated(PageView.generated(title, "", path, kind), kind, false);
  }

  private Optional<String> layoutFor(Page page) {
    if (page.meta().layout().isPresent()) {
      String name = "layouts/" + page.meta().layout().get() + ".peb";
      if (templates.exists(name)) {
        return Optional.of(name);
      }
      diagnostics.error(
          page.meta().layoutAt(),
          "layout \"" + page.meta().layout().get() + "\" not found",
          "the theme has no " + name);
      return Optional.empty();
    }
    boolean home = page.sectionIndex() && page.section().equals(page.meta().source().language().dir());
    String[] candidates = home ? new String[] {"layouts/home.peb", "layouts/section.peb", "layouts/page.peb"} : page.sectionIndex() ? new String[] {"layouts/section.peb", "layouts/page.peb"} : new String[] {"layouts/page.peb"};
    Optional<String> found = templates.first(candidates);
    if (found.isEmpty()) {
      diagnostics.error(SourcePos.of(page.display()), "the theme has no layout for this page", "add layouts/page.peb to the theme");
    }
    return found;
  }

  private void write(Path out, String sitePath, String template, LanguageSite lang, Map<String, Object> vars, List<String> written) {
    write(out, sitePath, template, lang, vars, written, null);
  }

  /** Renders and writes a page; {@code seen}, when given, reads its HTML first. */
  private void write(Path out, String sitePath, String template, LanguageSite lang, Map<String, Object> vars, List<String> written,
      java.util.function.Consumer<CharSequence> seen) {
    PageBuffer buffer = Objects.requireNonNullElseGet(buffers.poll(), PageBuffer::new);
    try {
      templates.render(template, lang, sitePath, vars, buffer.start());
      if (seen != null) {
        seen.accept(buffer.text());
      }
      if (out != null) {
        Path file = Confined.resolve(out, sitePath);
        Path folder = file.getParent();
        if (!folders.contains(folder)) { // once per folder: an existing one costs two system calls and an exception
          Files.createDirectories(folder);
          folders.add(folder);
        }
        buffer.writeTo(file);
      }
    } catch (TemplateError e) {
      String key = e.file() + ":" + e.line() + ":" + e.getMessage().replaceAll(" \\(while rendering [^)]*\\)$", "");
      synchronized (errors) {
        // One report per template problem; pages render in parallel, so keep the first page by
        // name rather than the first to fail, for the same output every run.
        errors.merge(key, e, (a, b) -> a.getMessage().compareTo(b.getMessage()) <= 0 ? a : b);
      }
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.wrap("cannot write " + sitePath, e));
    } finally {
      buffers.offer(buffer);
    }
    if (written != null && sitePath.endsWith(".html")) {
      written.add(sitePath);
    }
  }

  static void writeFile(Path out, String sitePath, String text) {
    if (out == null) {
      return;
    }
    try {
      Path file = Confined.resolve(out, sitePath);
      Files.createDirectories(file.getParent());
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.wrap("cannot write " + sitePath, e));
    }
  }
}
