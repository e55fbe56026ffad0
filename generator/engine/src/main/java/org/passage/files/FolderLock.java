package org.passage.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Lets one build at a time write an output and a work folder. A second build, in this process or
 * another, waits for the first to finish (saying once that it waits), and gives up with a clear
 * message after {@code patience}. The lock is the operating system's, so a build that was killed
 * leaves nothing that blocks the next one.
 */
public final class FolderLock implements AutoCloseable {
  /** Lock files held by this process: the OS lock does not keep two threads of one JVM apart. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final List<Held> held;

  private record Held(Path file, FileChannel channel, FileLock lock) {}

  private FolderLock(List<Held> held) {
    this.held = held;
  }

  /**
   * Takes every lock in {@code files} (in sorted order, so two builds never wait on each other),
   * creating their folders as needed. {@code what} names the folders in messages.
   */
  public static FolderLock acquire(List<Path> files, String what, Duration patience, Consumer<String> progress) throws IOException {
    List<Path> sorted = files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    List<Held> held = new ArrayList<>();
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    try {
      for (Path file : sorted) {
        while (true) {
          Held h = tryLock(file);
          if (h != null) {
            held.add(h);
            break;
          }
          if (!told) {
            progress.accept("waiting for another Passage build that is writing " + what + " to finish…");
            told = true;
          }
          if (System.nanoTime() > deadline) {
            throw new IOException("another Passage build has been writing " + what + " for " + patience.toMinutes()
                + " minutes (lock " + file + ", held by " + holder(file) + "); wait for it to end, or stop it");
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another build to finish", e);
          }
        }
      }
      return new FolderLock(List.copyOf(held));
    } catch (IOException | RuntimeException e) {
      new FolderLock(held).close();
      throw e;
    }
  }

  private static Held tryLock(Path file) throws IOException {
    if (!HELD.add(file)) {
      return null;
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        HELD.remove(file);
        return null;
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("Passage build, process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
      return new Held(file, channel, lock);
    } catch (IOException e) {
      if (channel != null) {
        channel.close();
      }
      HELD.remove(file);
      throw IoErrors.wrap("cannot create the build's lock file", e);
    } catch (RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      HELD.remove(file);
      throw e;
    }
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "an unknown process";
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Held h : held) {
      try {
        h.lock().release();
        h.channel().close();
      } catch (IOException e) {
        first = first == null ? e : first;
      } finally {
        HELD.remove(h.file());
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
