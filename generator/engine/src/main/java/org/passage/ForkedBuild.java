package org.passage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.passage.config.BuildConfig;
import org.passage.content.ContentLoader;
import org.passage.output.BuildFolders;

/**
 * Runs a build in a JVM of its own, with the JIT settings that suit the site: Maven's JVM has
 * its settings fixed before the plugin starts. A site of small pages (tldr-pages: 7,425 pages,
 * 4 MB) spends more time compiling than building, so it gets the quick compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) and the serial collector ({@code -XX:+UseSerialGC}: G1's write
 * barriers cost more in code the quick compiler made than its collections save, and it holds twice
 * the memory); a large site pays back the optimising compiler, given a smaller inlining budget
 * ({@code -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150}). A site of many files also has the
 * libraries warmed up while its pages load ({@link Warmup}). Figures in generator/bench/README.md.
 */
public final class ForkedBuild {
  /** Markdown below this many bytes builds faster with C1 alone. */
  static final long SMALL_SITE_BYTES = 16L * 1024 * 1024;

  /** What the child printed, and on which stream. */
  public enum Stream { OUT, ERR }

  private ForkedBuild() {}

  /**
   * From this many Markdown files, loading them takes long enough for the libraries' warm-up
   * ({@link Warmup}) to run beside it; a smaller site would wait for it.
   */
  static final long WARM_UP_FILES = 2000;

  /** The system property that has {@link Main} warm the libraries up while the pages load. */
  static final String WARM_UP = "passage.warmUp";

  /** The JVM options for a build of {@code content}. */
  public static List<String> jvmOptions(Path content) throws IOException {
    Markdown markdown = Markdown.in(content);
    List<String> options = new ArrayList<>(markdown.bytes() < SMALL_SITE_BYTES
        ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        : List.of("-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=150"));
    if (markdown.files() >= WARM_UP_FILES) {
      options.add("-D" + WARM_UP + "=true");
    }
    return List.copyOf(options);
  }

  /**
   * Builds {@code config} with {@link Main} in a child JVM on {@code classpath}, passing each
   * line it prints to {@code lines}. Returns Main's exit code: 0 built, 1 problems in the input,
   * 2 a failure of the machine.
   */
  public static int run(BuildConfig config, List<Path> classpath, List<String> jvmOptions, boolean github, BiConsumer<Stream, String> lines)
      throws IOException, InterruptedException {
    return run(config, false, classpath, jvmOptions, github, lines);
  }

  /** The same; {@code check} runs every validation and writes nothing ({@link Passage#check()}). */
  public static int run(BuildConfig config, boolean check, List<Path> classpath, List<String> jvmOptions, boolean github, BiConsumer<Stream, String> lines)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    Optional<ClassDataArchive> archive = ClassDataArchive.in(BuildFolders.of(config).classData(), classpath, jvmOptions, !check);
    archive.ifPresent(a -> command.addAll(a.jvmOptions()));
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    command.add(Main.class.getName());
    command.add("--project-root=" + config.projectRoot());
    command.add("--work-dir=" + config.workDir());
    config.theme().ifPresent(t -> command.add("--theme=" + t));
    config.baseUrl().ifPresent(u -> command.add("--base-url=" + u));
    config.outputTimestamp().ifPresent(t -> command.add("--output-timestamp=" + t));
    config.offlineZip().ifPresent(z -> command.add("--offline-zip=" + z));
    if (check) {
      command.add("--check");
    }
    if (config.strict()) {
      command.add("--strict");
    }
    if (github) {
      command.add("--github");
    }
    command.add(config.contentDir().toString());
    command.add(config.outputDir().toString());
    config.themesDir().ifPresent(t -> command.add(t.toString()));
    Process process = new ProcessBuilder(command).start();
    // Stopping Maven stops the build too.
    Thread stop = new Thread(process::destroy);
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      Thread err = pump(process.getErrorStream(), Stream.ERR, lines);
      pump(process.getInputStream(), Stream.OUT, lines).join();
      err.join();
      int code = process.waitFor();
      archive.ifPresent(a -> a.finish(code));
      return code;
    } finally {
      Runtime.getRuntime().removeShutdownHook(stop);
      process.destroy();
    }
  }

  private static Thread pump(java.io.InputStream in, Stream stream, BiConsumer<Stream, String> lines) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (lines) {
            lines.accept(stream, line);
          }
        }
      } catch (IOException e) {
        // the child is gone; its exit code tells
      }
    }, "passage-build-" + stream.name().toLowerCase(Locale.ROOT));
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** How many Markdown files a content folder holds, and their bytes. */
  private record Markdown(long files, long bytes) {
    /** The Markdown of {@code content}, skipping the folders a build skips. */
    static Markdown in(Path content) throws IOException {
      long[] total = {0, 0};
      if (Files.isDirectory(content)) {
        Files.walkFileTree(content, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return !dir.equals(content) && (name.startsWith(".") || name.startsWith("_")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (ContentLoader.isMarkdown(file)) {
              total[0]++;
              total[1] += attrs.size();
            }
            return FileVisitResult.CONTINUE;
          }
        });
      }
      return new Markdown(total[0], total[1]);
    }
  }
}
