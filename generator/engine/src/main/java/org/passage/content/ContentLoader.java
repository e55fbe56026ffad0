package org.passage.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.passage.config.BuildConfig;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.config.SiteConfigReader;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.files.SourceTree;
import org.passage.text.TextArena;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * Stage 1, Load: walks the content folder in sorted order, reads site.yml and data files, splits
 * front matter from Markdown, and lists the assets to copy.
 *
 * <p>Skipped: hidden files, names starting with {@code _} (e.g. {@code _theme/} overrides) and,
 * in a multilingual site, anything outside the language folders.
 */
public final class ContentLoader {
  public static final String SITE_FILE = "site.yml";
  public static final String DATA_DIR = "data";
  /** A book's outline, as mdBook names it. */
  public static final String OUTLINE_FILE = "SUMMARY.md";

  private final BuildConfig build;
  private final Diagnostics diagnostics;
  private final TextArena bodies = new TextArena();
  private final java.util.Set<Path> refusedLinks = new java.util.HashSet<>();

  public ContentLoader(BuildConfig build, Diagnostics diagnostics) {
    this.build = build;
    this.diagnostics = diagnostics;
  }

  public LoadedContent load() throws IOException {
    Path content = build.contentDir();
    if (!Files.isDirectory(content)) {
      diagnostics.error(SourcePos.of(build.display(content)), "content folder does not exist", "set passage.content to a folder of Markdown files");
      return new LoadedContent(new SiteConfigReader(diagnostics).read(null, build), List.of(), Map.of(), Map.of(), List.of(), Map.of());
    }
    Path siteFile = content.resolve(SITE_FILE);
    YNode siteNode = null;
    if (SourceTree.leavesFolder(content, siteFile)) {
      refuse(new SourceTree.Refusal(siteFile, "is a symbolic link that leads outside the content folder"));
    } else if (Files.isRegularFile(siteFile)) {
      siteNode = readYaml(siteFile).orElse(null);
    }
    SiteConfig site = new SiteConfigReader(diagnostics).read(siteNode, build);
    Map<String, Map<String, DataFile>> languageData = new DataTranslations(site, diagnostics).apply(loadData(content.resolve(DATA_DIR)));
    Map<String, DataFile> data = languageData.get(site.languages().get(0).code());

    List<SourcePage> pages = new ArrayList<>();
    List<Asset> assets = new ArrayList<>();
    Map<String, LoadedContent.OutlineFile> outlines = new TreeMap<>();
    for (Language lang : site.languages()) {
      Path root = lang.dir().isEmpty() ? content : content.resolve(lang.dir());
      if (!Files.isDirectory(root)) {
        diagnostics.error(new SourcePos(build.display(siteFile), 0, 0), "language folder " + build.display(root) + " does not exist", "create it or remove the language from site.yml");
        continue;
      }
      for (Path file : sortedFiles(root, content)) {
        String contentPath = content.relativize(file).toString().replace('\\', '/');
        if (!lang.dir().isEmpty() || !isReserved(contentPath)) {
          if (file.getParent().equals(root) && file.getFileName().toString().equals(OUTLINE_FILE)) {
            // mdBook's outline orders the navigation; it is not a page of its own.
            String display = build.display(file);
            TextDecoder.decode(Files.readAllBytes(file), display, diagnostics)
                .ifPresent(text -> outlines.put(lang.code(), new LoadedContent.OutlineFile(text, display, lang.dir())));
          } else if (isMarkdown(file)) {
            readPage(file, contentPath, lang).ifPresent(pages::add);
          } else {
            assets.add(new Asset(file, contentPath));
          }
        }
      }
    }
    return new LoadedContent(site, List.copyOf(pages), data, languageData, List.copyOf(assets), Map.copyOf(outlines));
  }

  private static boolean isReserved(String contentPath) {
    return contentPath.equals(SITE_FILE) || contentPath.startsWith(DATA_DIR + "/");
  }

  /** Whether {@code file} is a page's Markdown (.md or .markdown, any case). */
  public static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /**
   * Regular files below {@code root}, sorted by path, skipping hidden and {@code _}-prefixed
   * names. Symbolic links are followed only while they stay inside the content folder; the others
   * are reported by name and not read.
   */
  private List<Path> sortedFiles(Path root, Path content) throws IOException {
    SourceTree.Listing listing = SourceTree.files(root, content, name -> name.startsWith(".") || name.startsWith("_"));
    listing.refused().forEach(this::refuse);
    return listing.files();
  }

  private void refuse(SourceTree.Refusal r) {
    if (!refusedLinks.add(r.link())) {
      return; // data/ is walked as data and, in a one-language site, as part of the content
    }
    diagnostics.error(SourcePos.of(build.display(r.link())), r.why(), "links are followed only inside the content folder: copy the file in, or remove the link");
  }

  /**
   * One page read again after it was saved (the preview), exactly as {@link #load} reads it;
   * empty, with its problems reported, when it cannot be read. The caller knows the file is a
   * page of {@code lang} inside the content folder.
   */
  public Optional<SourcePage> reread(Path file, String contentPath, Language lang) throws IOException {
    return readPage(file, contentPath, lang);
  }

  private Optional<SourcePage> readPage(Path file, String contentPath, Language lang) throws IOException {
    String display = build.display(file);
    Optional<String> decoded = TextDecoder.decode(Files.readAllBytes(file), display, diagnostics);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String text = decoded.get();
    if (text.isBlank()) {
      diagnostics.error(new SourcePos(display, 1, 1), "empty page", "write some Markdown, or delete the file");
      return Optional.empty();
    }
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return Optional.of(new SourcePage(contentPath, display, lang, null, bodies.add(text), 1));
    }
    int end = closingFence(text);
    if (end < 0) {
      diagnostics.error(
          new SourcePos(display, 1, 1),
          "front matter is not closed",
          "end it with a line of three dashes (---) before the Markdown");
      return Optional.empty();
    }
    String yaml = text.substring(4, end);
    int afterFence = text.indexOf('\n', end);
    String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
    int bodyLine = 1 + countLines(text, afterFence < 0 ? text.length() : afterFence + 1);
    Optional<YNode> fm = YamlReader.read(yaml, display, 2, YamlReader.MAX_FRONT_MATTER_NODES, diagnostics);
    if (fm.isEmpty()) {
      return Optional.empty();
    }
    YNode node = fm.get();
    if (node.value() != null && !node.isMap()) {
      diagnostics.error(node.pos(), "front matter must be a map of fields, not " + node.typeName(), "e.g. title: My page");
      return Optional.empty();
    }
    if (body.isBlank() && node.value() == null) {
      diagnostics.error(new SourcePos(display, 1, 1), "empty page", "write some Markdown, or delete the file");
      return Optional.empty();
    }
    return Optional.of(new SourcePage(contentPath, display, lang, node.value() == null ? null : node, bodies.add(body), bodyLine));
  }

  /** Offset of the closing "---" or "..." line of front matter that opens at offset 0, or -1. */
  private static int closingFence(String text) {
    int pos = 4;
    while (pos <= text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      while (end > pos && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end - pos == 3 && (text.startsWith("---", pos) || text.startsWith("...", pos))) {
        return pos;
      }
      if (eol < 0) {
        return -1;
      }
      pos = eol + 1;
    }
    return -1;
  }

  private static int countLines(String text, int upTo) {
    int n = 0;
    for (int i = 0; i < upTo; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private Map<String, DataFile> loadData(Path dataDir) throws IOException {
    Map<String, DataFile> out = new TreeMap<>();
    if (!Files.isDirectory(dataDir)) {
      return out;
    }
    for (Path file : sortedFiles(dataDir, build.contentDir())) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!(name.endsWith(".yml") || name.endsWith(".yaml"))) {
        diagnostics.warning(SourcePos.of(build.display(file)), "ignored data file", "data files are YAML (.yml)");
        continue;
      }
      String rel = dataDir.relativize(file).toString().replace('\\', '/');
      String key = rel.substring(0, rel.lastIndexOf('.'));
      readYaml(file).ifPresent(node -> out.put(key, new DataFile(key, build.display(file), node)));
    }
    return out;
  }

  private Optional<YNode> readYaml(Path file) throws IOException {
    String display = build.display(file);
    Optional<String> text = TextDecoder.decode(Files.readAllBytes(file), display, diagnostics);
    return text.flatMap(t -> YamlReader.read(t, display, 1, diagnostics));
  }
}
