package org.passage.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;
import org.passage.files.IoErrors;

/**
 * Builds a static site from a folder of Markdown, data files and a theme. Runs without a pom too:
 * {@code mvn org.passage:passage-maven-plugin:VERSION:build -Dpassage.content=DIR -Dpassage.output=OUT}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public final class BuildMojo extends SiteMojo {

  /** Where the site is written; replaced whole, only when the build succeeds. */
  @Parameter(property = "passage.output", defaultValue = "${project.build.directory}/site")
  private File output;

  /** Absolute base URL for sitemap.xml; overrides site.yml's baseUrl. */
  @Parameter(property = "passage.baseUrl")
  private String baseUrl;

  /** Skips the build. */
  @Parameter(property = "passage.skip", defaultValue = "false")
  private boolean skip;

  /** Reproducible-build timestamp; used where a date is needed and content gives none. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

  @Parameter(defaultValue = "${env.GITHUB_ACTIONS}", readonly = true)
  private String githubActions;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Passage build skipped");
      return;
    }
    BuildConfig config = config(output, Optional.ofNullable(baseUrl), Optional.ofNullable(outputTimestamp));
    try {
      Passage.Result result = new Passage(config, Optional.ofNullable(DefaultSearch.indexer()), getLog()::info).build();
      result.warnings().forEach(this::report);
      getLog().info("Passage built " + result.pages() + " pages into " + config.display(config.outputDir()));
      getLog().debug("Passage stages: " + result.timings());
    } catch (BuildFailedException e) {
      e.problems().forEach(this::report);
      throw new MojoFailureException("Passage: " + e.getMessage() + " (see the lines above; the previous site was left as it was)");
    } catch (IOException e) {
      throw new MojoExecutionException("Passage could not write the site: " + IoErrors.describe(e) + " (the previous site was left as it was)", e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug, or a limit of the machine: say so plainly rather than let Maven's JVM die.
      throw new MojoExecutionException("Passage failed (please report this with the input that caused it): " + e, e);
    }
  }

  private void report(Problem p) {
    if (p.isError()) {
      getLog().error(p.format());
    } else {
      getLog().warn(p.format());
    }
    if ("true".equals(githubActions)) {
      getLog().info(p.formatGitHub());
    }
  }
}
