package org.passage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data sharing archive for the forked build (JDK AppCDS): the first build in a work
 * folder records the classes it loaded ({@code -XX:ArchiveClassesAtExit}); later builds map them
 * instead of reading, parsing and verifying some 4,000 classes from the plugin's jars again
 * ({@code -XX:SharedArchiveFile}), which saves 0.4 to 0.7 s of CPU per build. The archive is
 * named by a digest of the JVM and of every jar (path, size, time), so a new plugin version or
 * another JDK makes a new one; it is written under a temporary name and moved into place only
 * after a build that succeeded, so a concurrent or interrupted build never sees half of one.
 * It changes how fast the JVM starts, never what the build writes.
 */
final class ClassDataArchive {
  private static final String SUFFIX = ".jsa";

  /** The JVM's own notices about the archive are not the user's business. */
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private final Path archive;
  private final Path pending;
  private final boolean exists;

  private ClassDataArchive(Path archive, Path pending, boolean exists) {
    this.archive = archive;
    this.pending = pending;
    this.exists = exists;
  }

  /**
   * The archive for {@code classpath} under {@code folder}, or empty where the JVM cannot make
   * one: a class folder on the path (the JVM refuses to archive from directories), or a folder
   * that cannot be written. With {@code record} false (the check goal, which writes nothing) an
   * archive is only used, never made.
   */
  static Optional<ClassDataArchive> in(Path folder, List<Path> classpath, List<String> jvmOptions, boolean record) {
    if (classpath.isEmpty() || classpath.stream().anyMatch(p -> !Files.isRegularFile(p))) {
      return Optional.empty();
    }
    try {
      String key = key(classpath, jvmOptions);
      Path archive = folder.resolve("passage-" + key + SUFFIX);
      boolean exists = Files.isRegularFile(archive);
      if (!exists && !record) {
        return Optional.empty();
      }
      Files.createDirectories(folder);
      if (!exists) {
        removeOthers(folder);
      }
      return Optional.of(new ClassDataArchive(archive, folder.resolve("passage-" + key + "." + ProcessHandle.current().pid() + ".tmp"), exists));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The options that use the archive, or record it when it does not exist yet. */
  List<String> jvmOptions() {
    String option = exists ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + pending;
    return Stream.concat(Stream.of(option), QUIET.stream()).toList();
  }

  /** After the child exited with {@code code}: keeps a newly recorded archive, or drops it. */
  void finish(int code) {
    if (exists) {
      return;
    }
    try {
      if (code == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
        Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(pending);
      }
    } catch (IOException e) {
      // no archive this time: the next build records one
    }
  }

  private static String key(List<Path> classpath, List<String> jvmOptions) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      StringBuilder text = new StringBuilder();
      text.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version")).append('\n');
      jvmOptions.forEach(o -> text.append(o).append('\n'));
      for (Path jar : classpath) {
        BasicFileAttributes attrs = Files.readAttributes(jar, BasicFileAttributes.class);
        text.append(jar.toAbsolutePath()).append(' ').append(attrs.size()).append(' ').append(attrs.lastModifiedTime().toMillis()).append('\n');
      }
      return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Archives of earlier plugin versions or JDKs, and leftovers of interrupted builds. */
  private static void removeOthers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("passage-") && (name.endsWith(SUFFIX) || name.endsWith(".tmp"))) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
