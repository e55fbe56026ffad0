package org.passage.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.config.BuildConfig;

/**
 * Builds a static site from a folder of Markdown, data files and a theme. Runs without a pom too:
 * {@code mvn org.passage:passage-maven-plugin:VERSION:build -Dpassage.content=DIR -Dpassage.output=OUT}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public final class BuildMojo extends EngineMojo {

  /** Where the site is written; replaced whole, only when the build succeeds. */
  @Parameter(property = "passage.output", defaultValue = "${project.build.directory}/site")
  private File output;

  /**
   * Also writes the site as a zip of this name beside the output folder, {@code index.html} at
   * its root: the offline bundle, to copy onto a USB stick. Deterministic (entries dated with
   * {@code project.build.outputTimestamp}) and replaced in one step.
   */
  @Parameter(property = "passage.offlineZip")
  private String offlineZip;

  /** Reproducible-build timestamp; used where a date is needed and content gives none. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Passage build skipped");
      return;
    }
    BuildConfig config = config(output, Optional.ofNullable(baseUrl), Optional.ofNullable(outputTimestamp));
    if (offlineZip != null && !offlineZip.isBlank()) {
      config = config.withOfflineZip(offlineZip.strip());
    }
    run(config, false);
  }

  @Override
  String aftermath() {
    return "; the previous site was left as it was";
  }
}
