package org.passage.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Stage 6, Write: the build renders into a staging folder beside the output and this swaps it
 * into place only when everything succeeded, so readers never see half a site. A folder that
 * Passage did not make is never replaced.
 */
public final class Publisher {
  /** Marks an output folder as Passage's, so a later build may replace it. */
  public static final String MARKER = ".passage-site";

  private final Path output;
  private final Path staging;

  public Publisher(Path output) {
    this.output = output;
    this.staging = output.resolveSibling("." + output.getFileName() + ".staging");
  }

  public Path staging() {
    return staging;
  }

  /** True if the output folder is absent, empty, or was made by Passage. */
  public boolean mayReplace() throws IOException {
    if (!Files.exists(output)) {
      return true;
    }
    if (!Files.isDirectory(output)) {
      return false;
    }
    if (Files.exists(output.resolve(MARKER))) {
      return true;
    }
    try (Stream<Path> s = Files.list(output)) {
      return s.findAny().isEmpty();
    }
  }

  public Path begin() throws IOException {
    deleteTree(staging);
    Files.createDirectories(staging);
    Files.writeString(staging.resolve(MARKER), "This folder is written by Passage; a build replaces it whole.\n");
    return staging;
  }

  public void publish() throws IOException {
    Path old = output.resolveSibling("." + output.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(output)) {
      Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  public void abandon() throws IOException {
    deleteTree(staging);
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
