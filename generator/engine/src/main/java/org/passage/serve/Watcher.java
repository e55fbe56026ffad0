package org.passage.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes below a set of folders (new folders are watched as they appear) and reports
 * them in batches: a burst of saves within {@code quietMillis} makes one rebuild.
 */
public final class Watcher implements AutoCloseable {
  private final WatchService service;
  private final long quietMillis;

  public Watcher(List<Path> roots, long quietMillis) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quietMillis = quietMillis;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  /** Blocks until something changed and then stayed quiet; false when the watcher was closed. */
  public boolean awaitChange() throws InterruptedException, IOException {
    WatchKey key;
    try {
      key = service.take();
    } catch (java.nio.file.ClosedWatchServiceException e) {
      return false;
    }
    drain(key);
    while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
      drain(key);
    }
    return true;
  }

  private void drain(WatchKey key) throws IOException {
    Path dir = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          registerTree(created);
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
