package org.passage.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;
import org.passage.config.BuildConfig;
import org.passage.serve.LivePreview;

/**
 * Live preview: builds the site, serves it on localhost and rebuilds on every change to the
 * content or themes; the browser reloads itself, and a failed build shows its problems there.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public final class ServeMojo extends AbstractMojo {
  /** The content folder. */
  @Parameter(property = "passage.content", defaultValue = "${basedir}/content")
  private File content;

  /** Where the preview site is written. */
  @Parameter(property = "passage.output", defaultValue = "${project.build.directory}/preview")
  private File output;

  /** A folder of theme folders. */
  @Parameter(property = "passage.themes")
  private File themes;

  /** Theme name; overrides site.yml. */
  @Parameter(property = "passage.theme")
  private String theme;

  /** Port on 127.0.0.1. */
  @Parameter(property = "passage.port", defaultValue = "8000")
  private int port;

  @Parameter(property = "passage.workDir", defaultValue = "${project.build.directory}/passage")
  private File workDir;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  @Override
  public void execute() throws MojoExecutionException {
    BuildConfig config =
        new BuildConfig(
            (executionRoot != null ? executionRoot : new File(".")).toPath(),
            content.toPath(),
            output.toPath(),
            Optional.ofNullable(themes).map(File::toPath),
            workDir.toPath(),
            Optional.ofNullable(theme).filter(s -> !s.isBlank()),
            Optional.of("http://127.0.0.1:" + port + "/"),
            Optional.empty());
    try {
      new LivePreview(config, Optional.ofNullable(DefaultSearch.indexer()), line -> getLog().info(line)).run(port);
    } catch (IOException e) {
      throw new MojoExecutionException("Passage preview failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
