package org.passage.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.passage.files.Trees;

/**
 * Numbered shards of one kind, in a folder named by a hash of all of them. Shard {@code i} is
 * {@code <kind>-<gen>/<i / shardsPerFolder>/<i>.js}: folders of at most that many files, as FAT32
 * (USB sticks) holds at most 65,534 entries per folder and many file systems slow down on large
 * ones. Each payload is written once, under its final name, into a folder that is renamed when the
 * hash is known; the script's key ({@code <lang>/<kind>/<i>}) does not depend on the hash.
 */
final class NumberedShards {
  private final ExportFolder out;
  private final String kind;
  private final Path folder;
  private final MessageDigest md = ExportFolder.sha256();
  private final Map<String, Integer> sizes = new LinkedHashMap<>();
  private int count;

  NumberedShards(ExportFolder out, String kind) throws IOException {
    this.out = out;
    this.kind = kind;
    this.folder = out.dir.resolve(kind + ".partial");
    Trees.deleteTree(folder);
  }

  void add(byte[] payload) throws IOException {
    md.update(payload);
    int i = count++;
    int perFolder = out.shardsPerFolder;
    String name = (i / perFolder) + "/" + i + ".js";
    if (i % perFolder == 0) {
      Files.createDirectories(folder.resolve(Integer.toString(i / perFolder)));
    }
    sizes.put(name, out.writeScript(folder.resolve(name), kind + "/" + i, payload));
  }

  int count() {
    return count;
  }

  /** Names the folder by the hash of every shard; returns {@code <kind>-<gen>/}. */
  String finish() throws IOException {
    String prefix = kind + "-" + HexFormat.of().formatHex(md.digest(), 0, 6) + "/";
    if (count > 0) {
      Path target = out.dir.resolve(prefix);
      Trees.deleteTree(target);
      Files.move(folder, target);
    }
    sizes.forEach((name, size) -> out.written(prefix + name, size));
    return prefix;
  }
}
