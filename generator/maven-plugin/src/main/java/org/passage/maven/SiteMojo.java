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

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  protected File executionRoot;

  /** The engine's configuration for writing to {@code output}. */
  protected BuildConfig config(File output, Optional<String> baseUrl, Optional<String> timestamp) {
    return new BuildConfig(
        (executionRoot != null ? executionRoot : new File(".")).toPath(),
        content.toPath(),
        output.toPath(),
        Optional.ofNullable(themes).map(File::toPath),
        workDir.toPath(),
        Optional.ofNullable(theme).filter(s -> !s.isBlank()),
        baseUrl.filter(s -> !s.isBlank()),
        timestamp.filter(s -> !s.isBlank()));
  }
}
