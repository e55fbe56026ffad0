package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.DefaultSearch;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.testing.LinkCheck;

/** Builds the guide shipped in this repository, search included, as publishers do. */
class GuideIntegrityIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  private Passage.Result build(Path out) throws Exception {
    BuildConfig config = BuildConfig.of(REPO, REPO.resolve("content"), out).withThemesDir(REPO.resolve("themes"));
    return new Passage(config, Optional.ofNullable(DefaultSearch.indexer())).build();
  }

  @Test
  void everyHrefAndSrcResolvesToAFileAndTwoBuildsAreByteIdentical() throws Exception {
    // The guide as `mvn package` built it, and a second build to compare it with.
    Path first = GuideSite.built();
    assertThat(LinkCheck.broken(first)).isEmpty();
    assertThat(LinkCheck.count(first)).isGreaterThan(10_000);
    assertThat(Files.readString(first.resolve("en/sdgs/goal-10.html"))).contains("href=\"../../en/targets/10.7.html\"");
    assertThat(first.resolve("search/en/index.js")).isRegularFile();
    // The raw Lucene index stays in the build folder, never in the published site.
    try (Stream<Path> files = Files.walk(first)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("segments") || n.endsWith(".cfs") || n.endsWith(".si"));
    }

    Path second = dir.resolve("second");
    build(second);
    assertThat(digests(second)).isEqualTo(digests(first));
  }

  private static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
