package org.passage.site;

import org.passage.paths.Urls;
import org.passage.paths.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.content.Asset;
import org.passage.content.DataFile;
import org.passage.content.PageMeta;
import org.passage.markdown.BookOutline;
import org.passage.markdown.ConvertedPage;
import org.passage.markdown.LinkRef;
import org.passage.taxonomy.Taxonomy;
import org.passage.taxonomy.Term;
import org.passage.taxonomy.TermLoader;

/**
 * Stage 3, Assemble: gives each page its title and section, builds the navigation tree (folders
 * with an index page are sections, ordered by weight then title), the pages of every taxonomy
 * term (implied terms included) and the backlinks.
 */
public final class SiteAssembler {
  /** Weight, then title, then path: the order of every listing. */
  public static final Comparator<Page> ORDER =
      Comparator.comparingDouble((Page p) -> p.meta().weight())
          .thenComparing(p -> p.title().toLowerCase(java.util.Locale.ROOT))
          .thenComparing(Page::contentPath);

  private static final Comparator<Page> BY_TITLE =
      Comparator.comparing((Page p) -> p.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Page::contentPath);

  public Site assemble(
      SiteConfig config,
      List<PageMeta> metas,
      Map<String, ConvertedPage> converted,
      Map<String, PageFacts> facts,
      Map<String, Map<String, Taxonomy>> languageTaxonomies,
      Map<String, Map<String, DataFile>> languageData,
      List<Asset> assets,
      Map<String, BookOutline> outlines,
      Map<String, String> lastCommitted) {
    String first = config.languages().get(0).code();
    Map<String, Object> defaultData = plain(languageData.getOrDefault(first, Map.of()));
    Map<String, List<Page>> pages = new LinkedHashMap<>();
    for (Language lang : config.languages()) {
      List<PageMeta> own = metas.stream().filter(m -> m.source().language().equals(lang)).toList();
      pages.put(lang.code(), pages(lang, own, converted, facts));
    }
    Translations translations = config.multilingual() ? Translations.of(config.languages(), pages) : Translations.NONE;
    Language defaultLanguage = config.languages().get(0);
    List<LanguageSite> languages = new ArrayList<>();
    for (Language lang : config.languages()) {
      Map<String, Object> data = lang.code().equals(first) ? defaultData : plain(languageData.getOrDefault(lang.code(), Map.of()));
      Map<String, Taxonomy> taxonomies = languageTaxonomies.getOrDefault(lang.code(), languageTaxonomies.get(first));
      Optional<BookOutline> outline = Optional.ofNullable(outlines.get(lang.code()));
      List<Page> standIns = lang.code().equals(first) || outline.isPresent() ? List.of() : standIns(lang, defaultLanguage, pages, translations);
      languages.add(language(lang, pages.get(lang.code()), standIns, taxonomies, data, outline));
    }
    return new Site(config, defaultData, List.copyOf(languages), assets, Map.copyOf(lastCommitted), translations);
  }

  /**
   * The default language's pages that {@code lang} has no translation of, placed at the same path
   * in {@code lang}'s folder, for its navigation only: their entries lead to the default
   * language's page, so that no language's navigation lacks a page or leads nowhere.
   */
  private static List<Page> standIns(Language lang, Language defaultLanguage, Map<String, List<Page>> pages, Translations translations) {
    Set<String> taken = new HashSet<>();
    pages.get(lang.code()).forEach(p -> taken.add(p.contentPath()));
    List<Page> out = new ArrayList<>();
    for (Page p : pages.get(defaultLanguage.code())) {
      if (translations.in(p, lang.code()).isPresent()) {
        continue;
      }
      String relative = defaultLanguage.dir().isEmpty() ? p.contentPath() : p.contentPath().substring(defaultLanguage.dir().length() + 1);
      String at = org.passage.paths.SitePaths.inLanguage(lang.dir(), relative);
      if (taken.add(at)) {
        out.add(new Page(p.meta().standingIn(at), p.content(), p.title(), Urls.parent(at), p.sectionIndex(), p.terms()));
      }
    }
    return out;
  }

  /** Data files as nested maps for templates: {@code data/sdg/goals.yml} is {@code data.sdg.goals}. */
  private static Map<String, Object> plain(Map<String, DataFile> data) {
    Map<String, Object> plainData = new TreeMap<>();
    data.forEach((key, file) -> put(plainData, key.split("/"), file.root().toPlain()));
    return deepFreeze(plainData);
  }

  /** A language's pages, each with its title and section. */
  private static List<Page> pages(Language lang, List<PageMeta> metas, Map<String, ConvertedPage> converted, Map<String, PageFacts> facts) {
    Set<String> sectionFolders = new LinkedHashSet<>();
    for (PageMeta m : metas) {
      if (SitePaths.isIndexPage(m.contentPath())) {
        sectionFolders.add(Urls.parent(m.contentPath()));
      }
    }
    List<Page> pages = new ArrayList<>();
    for (PageMeta m : metas) {
      ConvertedPage c = converted.get(m.contentPath());
      if (c == null) {
        continue;
      }
      boolean index = SitePaths.isIndexPage(m.contentPath());
      String folder = Urls.parent(m.contentPath());
      String section = index ? folder : nearestSection(folder, sectionFolders, lang.dir());
      PageFacts f = facts.get(m.contentPath());
      pages.add(new Page(m, c, f.title(), section, index, f.terms()));
    }
    return List.copyOf(pages);
  }

  private LanguageSite language(
      Language lang, List<Page> pages, List<Page> standIns, Map<String, Taxonomy> taxonomies, Map<String, Object> data, Optional<BookOutline> outline) {
    Map<String, Page> byPath = new LinkedHashMap<>();
    pages.forEach(p -> byPath.put(p.contentPath(), p));
    NavNode nav;
    if (outline.isPresent()) {
      nav = outlineNav(lang.dir(), pages, outline.get());
    } else {
      List<Page> shown = new ArrayList<>(pages);
      shown.addAll(standIns);
      Set<String> sectionFolders = new LinkedHashSet<>();
      shown.stream().filter(Page::sectionIndex).forEach(p -> sectionFolders.add(Urls.parent(p.contentPath())));
      nav = nav(lang.dir(), shown, sectionFolders);
    }

    Map<String, Map<String, List<Page>>> termPages = new LinkedHashMap<>();
    for (Taxonomy tax : taxonomies.values()) {
      Map<String, List<Page>> byTerm = new LinkedHashMap<>();
      for (Term t : tax.terms()) {
        byTerm.put(t.id(), new ArrayList<>());
      }
      termPages.put(tax.name(), byTerm);
    }
    Map<String, Set<Page>> backlinks = new HashMap<>();
    for (Page page : pages) {
      page.terms().forEach((tax, ids) -> {
        Map<String, List<Page>> byTerm = termPages.get(tax);
        for (String id : ids) {
          List<Page> list = byTerm == null ? null : byTerm.get(id);
          if (list != null) {
            list.add(page);
          }
        }
      });
      for (LinkRef link : page.content().links()) {
        if (!link.isTerm() && !link.target().equals(page.contentPath())) {
          backlinks.computeIfAbsent(link.target(), k -> new LinkedHashSet<>()).add(page);
        }
      }
    }
    Map<String, Map<String, List<Page>>> frozenTerms = new LinkedHashMap<>();
    termPages.forEach((tax, byTerm) -> {
      Map<String, List<Page>> f = new LinkedHashMap<>();
      byTerm.forEach((id, list) -> f.put(id, list.stream().sorted(BY_TITLE).toList()));
      frozenTerms.put(tax, Map.copyOf(f));
    });
    Map<String, List<Page>> frozenBacklinks = new HashMap<>();
    backlinks.forEach((k, v) -> frozenBacklinks.put(k, v.stream().sorted(BY_TITLE).toList()));
    return new LanguageSite(lang, pages, Map.copyOf(byPath), nav, taxonomies, data, Map.copyOf(frozenTerms), Map.copyOf(frozenBacklinks), outline.isPresent());
  }

  /** The terms a page references, with the terms they imply: taxonomy name to term ids. */
  static Map<String, List<String>> terms(PageMeta meta, Map<String, Taxonomy> taxonomies) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    meta.terms().forEach((tax, uses) -> uses.forEach(u -> out.computeIfAbsent(tax, k -> new LinkedHashSet<>()).add(u.term())));
    // One level of implication: a target brings its goal.
    for (Taxonomy tax : taxonomies.values()) {
      if (tax.config().implies().isEmpty()) {
        continue;
      }
      String other = tax.config().implies().get().taxonomy();
      for (String id : out.getOrDefault(tax.name(), Set.of())) {
        tax.term(id).flatMap(t -> TermLoader.implied(tax, t)).ifPresent(implied -> out.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(implied));
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /** A page's title: from front matter, else its leading {@code # heading}, else its file name. */
  static String title(PageMeta m, Optional<String> h1) {
    if (m.title().isPresent()) {
      return m.title().get();
    }
    if (h1.isPresent() && !h1.get().isBlank()) {
      return h1.get();
    }
    if (m.fallbackTitle().isPresent()) {
      return m.fallbackTitle().get();
    }
    String path = m.contentPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    name = name.substring(0, name.lastIndexOf('.'));
    if (name.equals("index")) {
      String folder = Urls.parent(path);
      name = folder.isEmpty() ? "Home" : folder.substring(folder.lastIndexOf('/') + 1);
    }
    String words = name.replace('-', ' ').replace('_', ' ').strip();
    return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The navigation of a book: the outline's chapters in its order and with its titles, part
   * titles as labels between them, then any page the outline leaves out.
   */
  private NavNode outlineNav(String rootFolder, List<Page> pages, BookOutline outline) {
    Map<String, Page> byPath = new HashMap<>();
    pages.forEach(p -> byPath.put(p.contentPath(), p));
    Page home = byPath.get(rootFolder.isEmpty() ? "index.md" : rootFolder + "/index.md");
    Set<Page> listed = new HashSet<>();
    if (home != null) {
      listed.add(home);
    }
    List<NavNode> children = new ArrayList<>(outlineNodes(outline.entries(), byPath, listed));
    pages.stream().filter(p -> !listed.contains(p)).sorted(ORDER).forEach(p -> children.add(new NavNode(p, p.contentPath(), false, List.of())));
    return new NavNode(home, rootFolder, true, List.copyOf(children));
  }

  private static List<NavNode> outlineNodes(List<BookOutline.Entry> entries, Map<String, Page> byPath, Set<Page> listed) {
    List<NavNode> out = new ArrayList<>();
    int label = 0;
    for (BookOutline.Entry e : entries) {
      List<NavNode> children = outlineNodes(e.children(), byPath, listed);
      Page page = e.contentPath() == null ? null : byPath.get(e.contentPath());
      if (page != null && !listed.add(page)) {
        continue; // listed twice: the first place wins
      }
      String key = page != null ? page.contentPath() : "outline:" + e.title() + ":" + label++;
      out.add(new NavNode(page, key, !children.isEmpty(), children, e.title()));
    }
    return out;
  }

  private NavNode nav(String rootFolder, List<Page> pages, Set<String> sectionFolders) {
    Map<String, Page> indexes = new HashMap<>();
    Map<String, List<Page>> members = new HashMap<>();
    for (Page p : pages) {
      if (p.sectionIndex()) {
        indexes.put(Urls.parent(p.contentPath()), p);
      } else {
        // As the page's own section, unless the navigation has a closer one (a stand-in's)
        members.computeIfAbsent(nearestSection(Urls.parent(p.contentPath()), sectionFolders, rootFolder), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<String>> childSections = new HashMap<>();
    for (String folder : sectionFolders) {
      if (!folder.equals(rootFolder)) {
        String parent = nearestSection(Urls.parent(folder + "/x"), sectionFolders, rootFolder, folder);
        childSections.computeIfAbsent(parent, k -> new ArrayList<>()).add(folder);
      }
    }
    return node(rootFolder, indexes, members, childSections);
  }

  private NavNode node(String folder, Map<String, Page> indexes, Map<String, List<Page>> members, Map<String, List<String>> childSections) {
    List<NavNode> children = new ArrayList<>();
    for (Page p : members.getOrDefault(folder, List.of())) {
      children.add(new NavNode(p, folder, false, List.of()));
    }
    for (String sub : childSections.getOrDefault(folder, List.of())) {
      children.add(node(sub, indexes, members, childSections));
    }
    children.sort(Comparator.comparing((NavNode n) -> n.page(), java.util.Comparator.nullsLast(ORDER)));
    return new NavNode(indexes.get(folder), folder, true, List.copyOf(children));
  }

  private static String nearestSection(String folder, Set<String> sections, String root) {
    return nearestSection(folder, sections, root, null);
  }

  /** The closest folder at or above {@code folder} that is a section (skipping {@code self}). */
  private static String nearestSection(String folder, Set<String> sections, String root, String self) {
    String f = folder;
    while (true) {
      if (sections.contains(f) && !f.equals(self)) {
        return f;
      }
      if (f.equals(root) || f.isEmpty()) {
        return root;
      }
      f = Urls.parent(f);
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String[] keys, Object value) {
    Map<String, Object> m = root;
    for (int i = 0; i < keys.length - 1; i++) {
      Object next = m.get(keys[i]);
      if (!(next instanceof Map)) {
        next = new TreeMap<String, Object>();
        m.put(keys[i], next);
      }
      m = (Map<String, Object>) next;
    }
    m.put(keys[keys.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepFreeze(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v instanceof TreeMap ? deepFreeze((Map<String, Object>) v) : v));
    return java.util.Collections.unmodifiableMap(out);
  }
}
