package org.passage.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * The offline bundle: the built site as a zip beside the output folder, index.html at its root,
 * the same bytes for the same site, replaced in one step and never left half written.
 */
class OfflineZipTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Bundle
      languages: [en, fr]
      -- content/en/index.md --
      # Home
      See [the guide](guide/intro.md).
      -- content/en/guide/intro.md --
      # Intro
      ![A map](map.png)
      -- content/en/guide/map.png --
      PNG
      -- content/fr/index.md --
      # Accueil
      """;

  @Test
  void theZipHoldsTheWholeSiteWithIndexHtmlAtItsRootInPathOrder() throws Exception {
    var site = TestSite.write(dir, SITE);
    var out = site.build(site.config().withOfflineZip("bundle-offline.zip"));
    assertThat(out.problems()).isEmpty();
    Path zip = dir.resolve("bundle-offline.zip");
    List<String> names = names(zip);
    assertThat(names).contains("index.html", "en/index.html", "en/guide/intro.html", "en/guide/map.png", "fr/index.html", "assets/css/passage.css")
        .doesNotContain(Publisher.MARKER)
        .isSorted();
    // Every file of the output is in the zip, with the same bytes, and nothing else.
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site.output())) {
      walk.filter(Files::isRegularFile).forEach(f -> files.add(site.output().relativize(f).toString()));
    }
    files.remove(Publisher.MARKER);
    assertThat(names).containsExactlyInAnyOrderElementsOf(files);
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (String name : names) {
        ZipEntry e = z.getEntry(name);
        assertThat(z.getInputStream(e).readAllBytes()).as(name).isEqualTo(Files.readAllBytes(site.output().resolve(name)));
        assertThat(e.getTimeLocal()).isEqualTo(OfflineZip.DEFAULT_TIME);
        assertThat(e.getMethod()).isEqualTo(name.endsWith(".png") ? ZipEntry.STORED : ZipEntry.DEFLATED);
      }
    }
    assertThat(dir.resolve(".bundle-offline.zip.partial")).doesNotExist();
  }

  @Test
  void theSameSiteGivesTheSameBytesAndEntriesCarryTheBuildTimestamp() throws Exception {
    var site = TestSite.write(dir, SITE);
    var config = site.config().withOfflineZip("b.zip").withOutputTimestamp("2026-01-01T00:00:00Z");
    assertThat(site.build(config).problems()).isEmpty();
    byte[] first = Files.readAllBytes(dir.resolve("b.zip"));
    // Files written later (newer mtimes) and a second build change nothing.
    Files.writeString(dir.resolve("content/en/index.md"), Files.readString(dir.resolve("content/en/index.md")));
    assertThat(site.build(config).problems()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("b.zip"))).isEqualTo(first);
    try (ZipFile z = new ZipFile(dir.resolve("b.zip").toFile())) {
      assertThat(z.stream().map(ZipEntry::getTimeLocal).distinct().toList()).containsExactly(LocalDateTime.of(2026, 1, 1, 0, 0));
    }
    // Maven's other spelling, seconds since 1970, gives the same date.
    assertThat(site.build(config.withOutputTimestamp("1767225600")).problems()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("b.zip"))).isEqualTo(first);
  }

  @Test
  void aFailedBuildLeavesThePreviousZipAsItWasAndNoPartialFile() throws Exception {
    var site = TestSite.write(dir, SITE);
    var config = site.config().withOfflineZip("b.zip");
    assertThat(site.build(config).ok()).isTrue();
    byte[] before = Files.readAllBytes(dir.resolve("b.zip"));
    Files.writeString(dir.resolve("content/en/index.md"), "# Home\nSee [missing](nowhere.md).\n");
    var failed = site.build(config);
    assertThat(failed.ok()).isFalse();
    assertThat(Files.readAllBytes(dir.resolve("b.zip"))).isEqualTo(before);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
    }
  }

  @Test
  void aZipIsInvisibleUntilCommittedAndGoneIfAbandoned() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<p>new</p>");
    Path zip = dir.resolve("s.zip");
    Files.writeString(zip, "the previous zip");
    try (OfflineZip.Pending pending = OfflineZip.pack(site, zip, OfflineZip.DEFAULT_TIME)) {
      assertThat(zip).hasContent("the previous zip");
      assertThat(dir.resolve(".s.zip.partial")).exists();
    }
    assertThat(zip).hasContent("the previous zip");
    assertThat(dir.resolve(".s.zip.partial")).doesNotExist();
    try (OfflineZip.Pending pending = OfflineZip.pack(site, zip, OfflineZip.DEFAULT_TIME)) {
      pending.commit();
    }
    assertThat(names(zip)).containsExactly("index.html");
    assertThat(dir.resolve(".s.zip.partial")).doesNotExist();
  }

  @Test
  void aZipNameThatLeavesTheOutputsFolderOrIsNoZipIsRefusedBeforeAnyWrite() throws Exception {
    var site = TestSite.write(dir, SITE);
    for (String name : List.of("../evil.zip", "sub/x.zip", ".hidden.zip", "bundle.tar", "out")) {
      var out = site.build(site.config().withOfflineZip(name));
      assertThat(out.ok()).as(name).isFalse();
      assertThat(out.problems()).as(name).singleElement().asString().startsWith("out: error: cannot write the offline zip \"" + name + "\": ");
    }
    assertThat(dir.getParent().resolve("evil.zip")).doesNotExist();
    assertThat(site.output()).doesNotExist();
    var badTime = site.build(site.config().withOfflineZip("b.zip").withOutputTimestamp("yesterday"));
    assertThat(badTime.problems()).containsExactly(
        "out: error: the output timestamp \"yesterday\" is neither an ISO-8601 date-time nor seconds since 1970 (e.g. project.build.outputTimestamp 2026-01-01T00:00:00Z)");
  }

  @Test
  void timestampsAreReadAsMavenWritesThem() {
    assertThat(OfflineZip.entryTime(Optional.empty())).contains(OfflineZip.DEFAULT_TIME);
    assertThat(OfflineZip.entryTime(Optional.of("a"))).contains(OfflineZip.DEFAULT_TIME);
    assertThat(OfflineZip.entryTime(Optional.of("2026-03-04T05:06:07+02:00"))).contains(LocalDateTime.of(2026, 3, 4, 3, 6, 7));
    assertThat(OfflineZip.entryTime(Optional.of("0"))).contains(OfflineZip.DEFAULT_TIME); // 1970: before what a zip holds
    assertThat(OfflineZip.entryTime(Optional.of("2026-13-01T00:00:00Z"))).isEmpty();
  }

  private static List<String> names(Path zip) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      return z.stream().map(ZipEntry::getName).toList();
    }
  }
}
