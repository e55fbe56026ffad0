package org.passage.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.passage.files.Confined;
import org.passage.files.IoErrors;

/**
 * The offline bundle: the built site as one zip, {@code index.html} at its root, to copy onto a
 * USB stick and open by double-click. The same site gives the same bytes: entries in path order,
 * every entry dated with the build's timestamp (or {@link #DEFAULT_TIME}), no file permissions,
 * no wall clock. The zip is written under a temporary name beside its place and moved there in
 * one step, so no reader ever finds half a zip.
 */
public final class OfflineZip {
  /** The date of every entry when the build gives none: the first a zip can hold. */
  public static final LocalDateTime DEFAULT_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final LocalDateTime LAST_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  /** Formats that are compressed already: stored, since deflating them again gains nothing. */
  private static final Set<String> STORED = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "woff", "woff2", "zip", "gz", "br", "mp4", "webm", "mp3", "ogg", "pdf");

  private OfflineZip() {}

  /**
   * The entries' date from a reproducible-build timestamp as Maven writes it
   * ({@code project.build.outputTimestamp}: ISO-8601 with an offset, or seconds since 1970; a
   * single character means none), in UTC and within what a zip can hold. Empty if the text is
   * neither.
   */
  public static Optional<LocalDateTime> entryTime(Optional<String> timestamp) {
    String t = timestamp.map(String::strip).orElse("");
    boolean digits = !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits && t.length() < 2) {
      return Optional.of(DEFAULT_TIME);
    }
    Instant instant;
    try {
      instant = digits ? Instant.ofEpochSecond(Long.parseLong(t)) : OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    return Optional.of(utc.isBefore(DEFAULT_TIME) ? DEFAULT_TIME : utc.isAfter(LAST_TIME) ? LAST_TIME : utc);
  }

  /**
   * Writes {@code site} (a folder) as a zip under a temporary name beside {@code zip}; the
   * returned {@link Pending} moves it into place on {@link Pending#commit()}, or deletes it when
   * closed first. Passage's marker file is left out.
   */
  public static Pending pack(Path site, Path zip, LocalDateTime time) throws IOException {
    Path parent = zip.toAbsolutePath().getParent();
    Path partial = Confined.resolve(parent, "." + zip.getFileName() + ".partial");
    try {
      List<String> files = files(site);
      try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
        out.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (String sitePath : files) {
          add(out, Confined.resolve(site, sitePath), sitePath, time);
        }
      }
    } catch (IOException e) {
      Files.deleteIfExists(partial);
      throw IoErrors.wrap("cannot write the offline zip " + zip.getFileName(), e);
    } catch (RuntimeException | Error e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    return new Pending(partial, Confined.resolve(parent, zip.getFileName().toString()));
  }

  /** A zip written under its temporary name, not yet in place. */
  public static final class Pending implements AutoCloseable {
    private final Path partial;
    private final Path target;
    private boolean committed;

    private Pending(Path partial, Path target) {
      this.partial = partial;
      this.target = target;
    }

    /** Moves the zip into place, replacing the previous one in one step. */
    public void commit() throws IOException {
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw IoErrors.wrap("cannot move the offline zip into " + target, e);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** The site paths of the files under {@code site}, sorted, without the marker. */
  private static List<String> files(Path site) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(Files::isRegularFile).forEach(f -> out.add(site.relativize(f).toString().replace('\\', '/')));
    }
    out.remove(Publisher.MARKER);
    out.sort(null);
    return out;
  }

  private static void add(ZipOutputStream out, Path file, String name, LocalDateTime time) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (STORED.contains(ext)) {
      byte[] bytes = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
      out.putNextEntry(entry);
      out.write(bytes);
    } else {
      entry.setMethod(ZipEntry.DEFLATED);
      out.putNextEntry(entry);
      Files.copy(file, out); // leaves the stream open
    }
    out.closeEntry();
  }
}
