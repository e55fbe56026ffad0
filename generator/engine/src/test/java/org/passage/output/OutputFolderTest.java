package org.passage.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.files.FolderLock;
import org.passage.testing.TestSite;

/**
 * Where a build writes: never into its own content, never half a site, never stuck after a
 * failure, one build at a time, and messages that say what failed. (Issue 11, items 11 to 15.)
 */
class OutputFolderTest {
  @TempDir Path dir;

  @Test
  void aFileNameTooLongForTheOutputIsAProblemNamingTheFile() throws Exception {
    var site = TestSite.write(dir, "-- content/ok.md --\nFine.\n");
    String name = "n".repeat(252) + ".md";
    Files.writeString(dir.resolve("content").resolve(name), "# Long\n");
    var out = site.build();
    assertThat(out.problems()).containsExactly("content/" + name + ":1:1: error: cannot write " + "n".repeat(252)
        + ".html: the output file name would be 257 bytes long, over the 255 that file systems allow (shorten the file or folder name)");
  }

  @Test
  void anOutputInsideTheContentOrTheContentInsideTheOutputIsRefused() throws Exception {
    var site = TestSite.write(dir, "-- content/ok.md --\nFine.\n");
    var inside = site.build(BuildConfig.of(dir, dir.resolve("content"), dir.resolve("content/site")));
    assertThat(inside.problems()).containsExactly(
        "content/passage: error: the work folder is inside the content folder content: its index files would be published (put the work folder outside the content, e.g. target/passage)",
        "content/site: error: the output folder is inside the content folder content: every build would publish the one before it, and the preview would rebuild without end (write the site outside the content folder, e.g. target/site)");
    assertThat(dir.resolve("content/site")).doesNotExist();
    var root = site.build(BuildConfig.of(dir, dir.resolve("content"), dir));
    assertThat(root.problems()).contains(
        ".: error: the content folder content is inside the output folder, which every build replaces whole (write the site to a folder of its own, e.g. target/site)");
    assertThat(dir.resolve("content/ok.md")).exists();
  }

  @Test
  void aFolderThatCannotBeReplacedIsFoundBeforeTheSwapAndTheNextBuildRecovers() throws Exception {
    var site = TestSite.write(dir, "-- content/a.md --\n# First\n");
    assertThat(site.build().ok()).isTrue();
    Path stuck = site.output().resolve("assets");
    Files.writeString(dir.resolve("content/a.md"), "# Second\n");
    chattr("+i", stuck);
    try {
      assertThatThrownBy(() -> new Passage(site.config(), Optional.empty()).build())
          .isInstanceOf(IOException.class)
          .hasMessage("cannot replace the output folder " + site.output() + ": " + stuck
              + " cannot be deleted (read-only or immutable); the previous site was left as it was. Make it writable and build again");
      assertThat(site.output().resolve("a.html")).content().contains("First");
      assertThat(dir.resolve(".out.old")).doesNotExist();
      assertThat(dir.resolve(".out.staging")).doesNotExist();
    } finally {
      chattr("-i", stuck);
    }
    // What an interrupted build leaves (a staging folder, an old output) does not block the next.
    Files.createDirectories(dir.resolve(".out.old/x"));
    Files.writeString(dir.resolve(".out.old/" + Publisher.MARKER), "");
    Files.createDirectories(dir.resolve(".out.staging/y"));
    Files.writeString(dir.resolve(".out.staging/" + Publisher.MARKER), "");
    var next = site.build();
    assertThat(next.problems()).isEmpty();
    assertThat(next.file("a.html")).contains("Second");
    assertThat(dir.resolve(".out.old")).doesNotExist();
    assertThat(dir.resolve(".out.staging")).doesNotExist();
  }

  @Test
  void aSecondBuildIntoTheSameFoldersWaitsForTheFirst() throws Exception {
    var site = TestSite.write(dir, "-- content/a.md --\n# A\n");
    BuildFolders folders = BuildFolders.of(site.config());
    List<String> heard = new CopyOnWriteArrayList<>();
    CompletableFuture<Passage.Result> second;
    try (FolderLock held = FolderLock.acquire(folders.locks(), "out", Duration.ofSeconds(5), line -> {})) {
      second = CompletableFuture.supplyAsync(() -> {
        try {
          return new Passage(site.config(), Optional.empty(), heard::add).build();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(500);
      assertThat(second).isNotDone();
      assertThat(heard).containsExactly("waiting for another Passage build that is writing out to finish…");
    }
    assertThat(second.get(30, TimeUnit.SECONDS).pages()).isEqualTo(2); // a.md and the home page made for the folder
    // Two builds started together both succeed, one after the other.
    var a = CompletableFuture.supplyAsync(() -> build(site));
    var b = CompletableFuture.supplyAsync(() -> build(site));
    assertThat(a.get(60, TimeUnit.SECONDS)).isTrue();
    assertThat(b.get(60, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void ioErrorsSayWhatFailedAndWhy() throws Exception {
    var site = TestSite.write(dir.resolve("p"), "-- content/a.md --\n# A\n");
    Path parent = dir.resolve("p/locked");
    Files.createDirectories(parent);
    chattr("+i", parent);
    try {
      BuildConfig config = BuildConfig.of(site.root(), site.root().resolve("content"), parent.resolve("out"))
          .withThemesDir(site.root().resolve("none"));
      assertThatThrownBy(() -> new Passage(config, Optional.empty()).build())
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot create")
          .hasMessageContaining(parent.toString())
          .hasMessageEndingWith("Operation not permitted");
    } finally {
      chattr("-i", parent);
    }
  }

  private static boolean build(TestSite site) {
    try {
      return site.build().ok();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Immutable files stop even root, as a read-only folder stops other users. */
  private static void chattr(String flag, Path path) throws Exception {
    Process p = new ProcessBuilder("chattr", flag, path.toString()).inheritIO().start();
    assertThat(p.waitFor()).as("chattr %s %s", flag, path).isZero();
  }
}
