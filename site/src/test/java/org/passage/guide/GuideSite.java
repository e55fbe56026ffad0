package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The guide as this module's {@code package} phase built it (the plugin, search included), which
 * every guide test reads: the guide is built once, as publishers build it.
 */
final class GuideSite {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private GuideSite() {}

  static Path built() {
    Path site = Path.of("target/site").toAbsolutePath();
    assertThat(site.resolve("index.html")).as("the guide built by mvn package").isRegularFile();
    return site;
  }
}
