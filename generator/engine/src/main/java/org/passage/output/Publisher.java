package org.passage.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.passage.files.Trees;
import org.passage.files.IoErrors;

/**
 * Stage 7, Write: the build renders into a staging folder beside the output and this swaps it
 * into place only when everything succeeded, so readers never see half a site. A folder that
 * Passage did not make is never replaced; one it cannot replace (a read-only file in it) is found
 * before the swap, so the old site stays whole. What an interrupted build left behind (staging,
 * old output) is cleared by the next one.
 */
public final class Publisher {
  /** Marks an output folder as Passage's, so a later build may replace it. */
  public static final String MARKER = ".passage-site";

  private final BuildFolders folders;

  public Publisher(BuildFolders folders) {
    this.folders = folders;
  }

  /** True if the output folder is absent, empty, or was made by Passage. */
  public boolean mayReplace() throws IOException {
    return isOurs(folders.output());
  }

  /** Clears what an earlier, interrupted build left and starts an empty staging folder. */
  public Path begin() throws IOException {
    clearLeftover(folders.staging());
    clearLeftover(folders.old());
    try {
      Files.createDirectories(folders.staging());
      Files.writeString(folders.staging().resolve(MARKER), "This folder is written by Passage; a build replaces it whole.\n");
    } catch (IOException e) {
      throw IoErrors.wrap("cannot create the staging folder for the new site", e);
    }
    return folders.staging();
  }

  /**
   * Swaps the staging folder into place. Returns a note when the old site could not be deleted
   * afterwards (the next build deletes it); throws, leaving the old site as it was, when it
   * cannot be replaced at all.
   */
  public Optional<String> publish() throws IOException {
    Path output = folders.output();
    if (Files.exists(output)) {
      Optional<Path> stuck = firstUndeletable(output);
      if (stuck.isPresent()) {
        throw new IOException("cannot replace the output folder " + output + ": " + stuck.get()
            + " cannot be deleted (read-only or immutable); the previous site was left as it was. Make it writable and build again");
      }
    }
    try {
      if (Files.exists(output)) {
        Files.move(output, folders.old(), StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(folders.staging(), output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw IoErrors.wrap("cannot move the new site into " + output, e);
    }
    try {
      Trees.deleteTree(folders.old());
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("the new site is published, but the previous one could not be deleted (" + IoErrors.describe(e) + "); the next build deletes it");
    }
  }

  public void abandon() throws IOException {
    Trees.deleteTree(folders.staging());
  }

  private static boolean isOurs(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return true;
    }
    if (!Files.isDirectory(folder)) {
      return false;
    }
    if (Files.exists(folder.resolve(MARKER))) {
      return true;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  /** Deletes a staging or old folder an interrupted build left, if it is Passage's. */
  private static void clearLeftover(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    if (!isOurs(folder)) {
      throw new IOException(folder + " exists and was not made by Passage; Passage uses this name beside the output folder, so move it away");
    }
    try {
      Trees.deleteTree(folder);
    } catch (IOException e) {
      throw IoErrors.wrap("an earlier build left " + folder + ", which cannot be deleted; delete it by hand", e);
    }
  }

  /** A folder under {@code root} whose entries this process could not delete, if any. */
  private static Optional<Path> firstUndeletable(Path root) throws IOException {
    Path[] found = new Path[1];
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        // Deleting an entry needs a writable folder (an immutable folder reads as not writable
        // too). A read-only file in a writable folder can still be deleted, so files are not asked.
        if (!Files.isWritable(dir)) {
          found[0] = dir;
          return FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return Optional.ofNullable(found[0]);
  }
}
