package org.passage.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.passage.content.Asset;
import org.passage.files.Confined;
import org.passage.files.IoErrors;

/** Copies the content folder's assets (images, downloads) into the site, at their content paths. */
public final class SiteAssets {
  private SiteAssets() {}

  public static void copy(List<Asset> assets, Path out) throws IOException {
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
