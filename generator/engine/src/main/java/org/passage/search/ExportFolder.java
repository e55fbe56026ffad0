package org.passage.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.passage.text.Json;

/**
 * The folder of one language's browser index: writes each payload as a classic script that
 * registers it under {@code <lang>/<key>} (file:// forbids fetch), and keeps every file's size.
 * Thread-safe: the term and document shards are written at the same time.
 */
final class ExportFolder {
  final SearchLanguage language;
  final Path dir;
  /** Numbered shards of a kind are spread over folders of at most this many files. */
  final int shardsPerFolder;
  /** Every file written but the entry, sorted by name. */
  private final Map<String, Integer> files = Collections.synchronizedMap(new TreeMap<>());

  ExportFolder(SearchLanguage language, Path dir, int shardsPerFolder) {
    this.language = language;
    this.dir = dir;
    this.shardsPerFolder = shardsPerFolder;
  }

  /** Writes a file named by its kind and the hash of its payload; returns the name. */
  String save(String kind, byte[] payload) throws IOException {
    String name = kind + "-" + hash(payload) + ".js";
    files.put(name, writeScript(dir.resolve(name), kind, payload));
    return name;
  }

  /** Writes a script as it is (no payload encoding) and records its size. */
  void saveScript(String name, byte[] script) throws IOException {
    Files.write(dir.resolve(name), script);
    files.put(name, script.length);
  }

  /** Records a file that {@link NumberedShards} wrote. */
  void written(String name, int bytes) {
    files.put(name, bytes);
  }

  Map<String, Integer> files() {
    synchronized (files) {
      return new TreeMap<>(files);
    }
  }

  /** The statement that registers {@code value} (a JavaScript expression) as {@code <lang>/<key>}. */
  String register(String key, String value) {
    return "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/" + key) + "," + value + "]);\n";
  }

  /** Writes a script that registers {@code payload} as {@code <lang>/<key>}; returns its size. */
  int writeScript(Path file, String key, byte[] payload) throws IOException {
    byte[] bytes = register(key, "\"" + FormatWriter.encodeText(payload) + "\"").getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }

  static String hash(byte[] payload) {
    return HexFormat.of().formatHex(sha256().digest(payload), 0, 6);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
