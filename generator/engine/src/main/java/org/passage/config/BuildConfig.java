package org.passage.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What one build is asked to do. Paths are absolute. {@code projectRoot} is the folder problems
 * are reported relative to; {@code themesDir} holds theme folders (may be absent); {@code workDir}
 * holds build-side artefacts that are never published (e.g. the Lucene index).
 *
 * @param theme theme name overriding site.yml, or empty
 * @param baseUrl absolute base URL overriding site.yml, or empty
 * @param outputTimestamp ISO instant used wherever a date is needed and content gives none
 * @param pageBudget longest a page's Markdown may take to convert; a page that takes longer is
 *     stopped and reported, so a hostile or pathological page cannot hang the build
 * @param strict every warning fails the build (for CI)
 * @param offlineZip file name of a zip of the built site to write beside the output folder (the
 *     offline bundle), or empty for none
 */
public record BuildConfig(
    Path projectRoot,
    Path contentDir,
    Path outputDir,
    Optional<Path> themesDir,
    Path workDir,
    Optional<String> theme,
    Optional<String> baseUrl,
    Optional<String> outputTimestamp,
    Duration pageBudget,
    boolean strict,
    Optional<String> offlineZip) {

  /** Ample for any real page (the largest of the guide converts in milliseconds), short enough for a CI log. */
  public static final Duration DEFAULT_PAGE_BUDGET = Duration.ofSeconds(10);

  /** A build that writes no offline zip. */
  public BuildConfig(
      Path projectRoot, Path contentDir, Path outputDir, Optional<Path> themesDir, Path workDir, Optional<String> theme, Optional<String> baseUrl,
      Optional<String> outputTimestamp, Duration pageBudget, boolean strict) {
    this(projectRoot, contentDir, outputDir, themesDir, workDir, theme, baseUrl, outputTimestamp, pageBudget, strict, Optional.empty());
  }

  public BuildConfig {
    projectRoot = projectRoot.toAbsolutePath().normalize();
    contentDir = contentDir.toAbsolutePath().normalize();
    outputDir = outputDir.toAbsolutePath().normalize();
    themesDir = themesDir.map(p -> p.toAbsolutePath().normalize());
    workDir = workDir.toAbsolutePath().normalize();
  }

  /** A build of {@code content} into {@code output} with every default. */
  public static BuildConfig of(Path projectRoot, Path content, Path output) {
    return new BuildConfig(
        projectRoot,
        content,
        output,
        Optional.empty(),
        output.toAbsolutePath().getParent().resolve("passage"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_PAGE_BUDGET,
        false);
  }

  public BuildConfig withThemesDir(Path dir) {
    return new BuildConfig(projectRoot, contentDir, outputDir, Optional.of(dir), workDir, theme, baseUrl, outputTimestamp, pageBudget, strict, offlineZip);
  }

  public BuildConfig withTheme(String name) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, Optional.of(name), baseUrl, outputTimestamp, pageBudget, strict, offlineZip);
  }

  public BuildConfig withPageBudget(Duration budget) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, theme, baseUrl, outputTimestamp, budget, strict, offlineZip);
  }

  public BuildConfig withStrict(boolean warningsFail) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, theme, baseUrl, outputTimestamp, pageBudget, warningsFail, offlineZip);
  }

  public BuildConfig withBaseUrl(String url) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, theme, Optional.of(url), outputTimestamp, pageBudget, strict, offlineZip);
  }

  /** This build, also writing the site as a zip named {@code fileName} beside the output folder. */
  public BuildConfig withOfflineZip(String fileName) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, theme, baseUrl, outputTimestamp, pageBudget, strict, Optional.of(fileName));
  }

  /** This build with {@code timestamp} (ISO-8601, or seconds since 1970) as the date of whatever content gives none. */
  public BuildConfig withOutputTimestamp(String timestamp) {
    return new BuildConfig(projectRoot, contentDir, outputDir, themesDir, workDir, theme, baseUrl, Optional.of(timestamp), pageBudget, strict, offlineZip);
  }

  /** Path of {@code file} as users see it in messages: relative to the project root, with '/' ("." for the root itself). */
  public String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs;
    String shown = rel.toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
