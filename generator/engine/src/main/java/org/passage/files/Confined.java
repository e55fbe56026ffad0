package org.passage.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one check every file the build writes, moves or deletes goes through: the path must lie
 * inside the folder it belongs to (the staging folder of the site, the work folder). Names that
 * reach paths are validated where they are read; this is the guard behind them, so that no
 * mistake and no input can make a build write outside its folders.
 */
public final class Confined {
  /** Longest file name, in UTF-8 bytes, that common file systems (ext4, NTFS, APFS, FAT32 with long names) take. */
  public static final int MAX_NAME_BYTES = 255;

  private Confined() {}

  /** The file at {@code relative} ('/'-separated) inside {@code root}; throws before any I/O if it would lie outside. */
  public static Path resolve(Path root, String relative) throws OutsideFolderException {
    if (relative.indexOf('\0') >= 0) {
      throw new OutsideFolderException(root, relative);
    }
    return check(root, root.resolve(relative));
  }

  /** {@code target}, normalised, if it lies inside {@code root} (and is not root itself). */
  public static Path check(Path root, Path target) throws OutsideFolderException {
    Path r = root.toAbsolutePath().normalize();
    Path t = target.toAbsolutePath().normalize();
    if (!t.startsWith(r) || t.equals(r)) {
      throw new OutsideFolderException(r, t.toString());
    }
    return t;
  }

  /**
   * Why {@code sitePath} cannot be a file of the output on common file systems (an empty or
   * dot-only segment, a name longer than {@value #MAX_NAME_BYTES} bytes), or empty.
   */
  public static Optional<String> nameProblem(String sitePath) {
    for (String segment : sitePath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0 || segment.indexOf('\\') >= 0) {
        return Optional.of("\"" + sitePath + "\" is not a path inside the site");
      }
      int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        return Optional.of("the output file name would be " + bytes + " bytes long, over the " + MAX_NAME_BYTES + " that file systems allow");
      }
    }
    return Optional.empty();
  }

  /** Thrown when a write would leave its folder: a bug or an unchecked name, never a user's mistake to fix by hand. */
  public static final class OutsideFolderException extends IOException {
    OutsideFolderException(Path root, String target) {
      super("refusing to write \"" + target + "\": it lies outside " + root);
    }
  }
}
