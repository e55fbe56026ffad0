package org.passage.template;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.passage.config.BuildConfig;
import org.passage.config.Names;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.files.SourceTree;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * The themes a site renders with, most specific first: the site's own overrides
 * ({@code content/_theme/}), the chosen theme, then each theme it {@code extends}. The default
 * theme is bundled in the jar and used when no themes folder provides one.
 */
public record ThemeChain(List<Theme> themes) {
  public static final String OVERRIDES = "_theme";
  private static final String BUNDLED = "passage/themes/default/theme.yml";

  /** Resolves the chain for {@code name}; problems (missing theme, cycle) go to diagnostics. */
  public static ThemeChain resolve(String name, BuildConfig build, SourcePos configuredAt, Diagnostics diagnostics) throws IOException {
    List<Theme> chain = new ArrayList<>();
    Path overrides = build.contentDir().resolve(OVERRIDES);
    if (Files.isDirectory(overrides)) {
      chain.add(new Theme("site", overrides, build.display(overrides)));
    }
    List<String> seen = new ArrayList<>();
    String current = name;
    SourcePos at = configuredAt;
    while (current != null) {
      if (seen.contains(current)) {
        seen.add(current);
        diagnostics.error(at, "theme \"" + seen.get(0) + "\" extends itself in a cycle: " + String.join(" -> ", seen), "remove one of the extends lines");
        break;
      }
      seen.add(current);
      if (!Names.isName(current)) {
        diagnostics.error(at, "theme name " + Names.quote(current) + " is not a folder name", Names.NAME_HINT);
        break;
      }
      Optional<Theme> theme = find(current, build);
      if (theme.isEmpty()) {
        diagnostics.error(at, "theme \"" + current + "\" not found", Suggest.hint(current, available(build), "themes are folders in " + build.themesDir().map(build::display).orElse("the themes folder")));
        break;
      }
      chain.add(theme.get());
      Path manifest = theme.get().root().resolve("theme.yml");
      current = null;
      if (SourceTree.isInside(theme.get().root(), manifest)) {
        String display = theme.get().display("theme.yml");
        Optional<YNode> node = YamlReader.read(Files.readString(manifest), display, 1, diagnostics);
        YNode ext = node.map(n -> n.get("extends")).orElse(null);
        if (ext != null && ext.asText() != null) {
          current = ext.asText();
          at = ext.pos();
        }
      }
    }
    for (Theme t : chain) {
      for (SourceTree.Refusal r : SourceTree.files(t.root(), t.root(), file -> false).refused()) {
        diagnostics.error(SourcePos.of(build.display(r.link())), r.why(), "a theme's links are followed only inside the theme's folder: copy the file in, or remove the link");
      }
    }
    return new ThemeChain(List.copyOf(chain));
  }

  private static Optional<Theme> find(String name, BuildConfig build) throws IOException {
    if (build.themesDir().isPresent()) {
      Path dir = build.themesDir().get().resolve(name);
      if (Files.isDirectory(dir)) {
        return Optional.of(new Theme(name, dir, build.display(dir)));
      }
    }
    if (name.equals("default")) {
      return Optional.of(new Theme("default", bundledDefault(), "passage:themes/default"));
    }
    return Optional.empty();
  }

  private static List<String> available(BuildConfig build) throws IOException {
    List<String> names = new ArrayList<>(List.of("default"));
    if (build.themesDir().isPresent() && Files.isDirectory(build.themesDir().get())) {
      try (Stream<Path> s = Files.list(build.themesDir().get())) {
        s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
      }
    }
    return names;
  }

  /** The default theme inside the engine jar (or the classes folder during development). */
  static Path bundledDefault() throws IOException {
    URL url = ThemeChain.class.getClassLoader().getResource(BUNDLED);
    if (url == null) {
      throw new IOException("the bundled default theme is missing from the classpath (" + BUNDLED + ")");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/passage/themes/default");
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /**
   * The file for {@code relative} (e.g. "layouts/page.peb") in the most specific theme that has
   * it. A file that is a link leading out of its theme's folder is never found.
   */
  public Optional<Located> locate(String relative) {
    for (Theme t : themes) {
      Path p = t.root().resolve(relative);
      if (SourceTree.isInside(t.root(), p)) {
        return Optional.of(new Located(t, p, t.display(relative)));
      }
    }
    return Optional.empty();
  }

  /** A theme file found in the chain. */
  public record Located(Theme theme, Path file, String display) {}
}
