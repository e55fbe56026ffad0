package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir Path tmp;

  @Test
  void recordsOnTheFirstBuildAndMapsOnTheNext() throws Exception {
    Path jar = Files.writeString(tmp.resolve("a.jar"), "jar");
    Path folder = tmp.resolve("work/class-data");
    ClassDataArchive first = ClassDataArchive.in(folder, List.of(jar), List.of("-XX:TieredStopAtLevel=1"), true).orElseThrow();
    String record = first.jvmOptions().get(0);
    assertTrue(record.startsWith("-XX:ArchiveClassesAtExit="), record);
    Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "archive"); // what the JVM writes at exit
    first.finish(0);

    ClassDataArchive second = ClassDataArchive.in(folder, List.of(jar), List.of("-XX:TieredStopAtLevel=1"), true).orElseThrow();
    String use = second.jvmOptions().get(0);
    assertTrue(use.startsWith("-XX:SharedArchiveFile="), use);
    assertTrue(Files.isRegularFile(Path.of(use.substring(use.indexOf('=') + 1))));
    assertTrue(second.jvmOptions().contains("-Xlog:cds=off"));
  }

  @Test
  void aFailedBuildKeepsNoArchive() throws Exception {
    Path jar = Files.writeString(tmp.resolve("a.jar"), "jar");
    Path folder = tmp.resolve("class-data");
    ClassDataArchive first = ClassDataArchive.in(folder, List.of(jar), List.of(), true).orElseThrow();
    String record = first.jvmOptions().get(0);
    Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "archive");
    first.finish(1);
    try (var files = Files.list(folder)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void anotherPluginVersionReplacesTheOldArchive() throws Exception {
    Path jar = Files.writeString(tmp.resolve("a.jar"), "jar");
    Path folder = tmp.resolve("class-data");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("passage-0123456789abcdef.jsa"), "old");
    ClassDataArchive.in(folder, List.of(jar), List.of(), true).orElseThrow();
    assertFalse(Files.exists(folder.resolve("passage-0123456789abcdef.jsa")));
  }

  @Test
  void aCheckUsesAnArchiveButNeverWritesOne() throws Exception {
    Path jar = Files.writeString(tmp.resolve("a.jar"), "jar");
    Path folder = tmp.resolve("work/class-data");
    assertTrue(ClassDataArchive.in(folder, List.of(jar), List.of(), false).isEmpty());
    assertFalse(Files.exists(folder));
  }

  @Test
  void classFoldersCannotBeArchived() throws Exception {
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    assertTrue(ClassDataArchive.in(tmp.resolve("class-data"), List.of(classes), List.of(), true).isEmpty());
  }
}
