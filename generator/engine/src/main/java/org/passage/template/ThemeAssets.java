package org.passage.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.passage.files.Confined;
import org.passage.files.SourceTree;

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
      // Links that leave the theme were reported when the chain was resolved; they are not copied.
      for (Path f : SourceTree.files(src, themes.get(i).root(), name -> false).files()) {
        String rel = src.relativize(f).toString().replace('\\', '/');
        Path target = Confined.resolve(out, DIR + "/" + rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
