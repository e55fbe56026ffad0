package org.passage.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.config.BuildConfig;

/** Parameters shared by the goals that build a site: where content, themes and output are. */
abstract class SiteMojo extends AbstractMojo {

  /** The content folder: Markdown pages, optional site.yml and data/. */
  @Parameter(property = "passage.content", defaultValue = "${basedir}/content")
  protected File content;

  /** A folder of theme folders; the bundled default theme is used when absent. */
  @Parameter(property = "passage.themes")
  protected File themes;

  /** Theme name; overrides site.yml's theme. */
  @Parameter(property = "passage.theme")
  protected String theme;

  /** Folder for build-side artefacts that are never published (the Lucene index). */
  @Parameter(property = "passage.workDir", defaultValue = "${project.build.directory}/passage")
  protected File workDir;

  /** Every warning fails the build (for pull-request checks). */
  @Parameter(property = "passage.strict", defaultValue = "false")
  protected boolean strict;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  protected File executionRoot;

  private static final String BASEDIR = "${project.basedir}";

  /** The folder mvn runs in. */
  static File root(File executionRoot) {
    return executionRoot != null ? executionRoot : new File(".");
  }

  /**
   * Run without a pom, Maven leaves {@code ${project.basedir}} as it is in the defaults built on
   * the build directory ({@code target/site}, {@code target/passage}); there it means the folder
   * mvn runs in.
   */
  static File located(File f, File executionRoot) {
    String path = f.getPath();
    int at = path.indexOf(BASEDIR);
    return at < 0 ? f : new File(root(executionRoot).getAbsoluteFile(), path.substring(at + BASEDIR.length()));
  }

  /** The engine's configuration for writing to {@code output}. */
  protected BuildConfig config(File output, Optional<String> baseUrl, Optional<String> timestamp) {
    return new BuildConfig(
        root(executionRoot).toPath(),
        content.toPath(),
        located(output, executionRoot).toPath(),
        Optional.ofNullable(themes).map(File::toPath),
        located(workDir, executionRoot).toPath(),
        Optional.ofNullable(theme).filter(s -> !s.isBlank()),
        baseUrl.filter(s -> !s.isBlank()),
        timestamp.filter(s -> !s.isBlank()),
        BuildConfig.DEFAULT_PAGE_BUDGET,
        strict);
  }
}
