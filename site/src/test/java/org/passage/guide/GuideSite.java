package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The guide as this module's {@code package} phase built it (the plugin, search included), which
 * every guide test reads: the guide is built once, as publishers build it.
 */
final class GuideSite {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  /** The offline bundle the package phase wrote beside the site. */
  static final Path BUNDLE = Path.of("target/passage-guide-offline.zip").toAbsolutePath();

  private GuideSite() {}

  static Path built() {
    Path site = Path.of("target/site").toAbsolutePath();
    assertThat(site.resolve("index.html")).as("the guide built by mvn package").isRegularFile();
    return site;
  }

  /** Unzips {@code zip} into {@code to} as a reader would onto a stick, refusing entries that would land outside it. */
  static void unzip(Path zip, Path to) throws IOException {
    assertThat(zip).as("the offline bundle written by mvn package").isRegularFile();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        Path target = to.resolve(e.getName()).normalize();
        assertThat(target.startsWith(to)).as("zip entry %s stays in the folder", e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, target);
        }
      }
    }
  }
}
