package org.passage.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes below a set of folders (new folders are watched as they appear) and reports
 * them in batches: a burst of saves within {@code quietMillis} (an editor's write, rename and
 * attribute change) makes one rebuild.
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

  /**
   * Blocks until something changed and then stayed quiet, and returns the paths that changed
   * (created, modified or deleted; a folder when the system lost track of what happened in it);
   * empty when the watcher was closed.
   */
  public Optional<Set<Path>> awaitChanges() throws InterruptedException, IOException {
    Set<Path> changed = new TreeSet<>();
    WatchKey key;
    try {
      key = service.take();
    } catch (java.nio.file.ClosedWatchServiceException e) {
      return Optional.empty();
    }
    drain(key, changed);
    while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
      drain(key, changed);
    }
    return Optional.of(changed);
  }

  private void drain(WatchKey key, Set<Path> changed) throws IOException {
    Path dir = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || !(event.context() instanceof Path name)) {
        changed.add(dir);
        continue;
      }
      Path path = dir.resolve(name);
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        registerTree(path);
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
