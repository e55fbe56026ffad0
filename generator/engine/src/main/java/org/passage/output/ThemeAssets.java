package org.passage.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.passage.template.Theme;
import org.passage.template.ThemeChain;

/** Copies the themes' {@code assets/} folders to {@code assets/} in the site; specific themes win. */
public final class ThemeAssets {
  public static final String DIR = "assets";

  private ThemeAssets() {}

  public static void copy(ThemeChain chain, Path out) throws IOException {
    List<Theme> themes = chain.themes();
    for (int i = themes.size() - 1; i >= 0; i--) {
      Path src = themes.get(i).root().resolve(DIR);
      if (!Files.isDirectory(src)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(src)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String rel = src.relativize(f).toString().replace('\\', '/');
        Path target = out.resolve(DIR).resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
