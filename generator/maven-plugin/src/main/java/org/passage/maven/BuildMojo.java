package org.passage.maven;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;
import org.passage.ForkedBuild;
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

  /**
   * Also writes the site as a zip of this name beside the output folder, {@code index.html} at
   * its root: the offline bundle, to copy onto a USB stick. Deterministic (entries dated with
   * {@code project.build.outputTimestamp}) and replaced in one step.
   */
  @Parameter(property = "passage.offlineZip")
  private String offlineZip;

  /** Skips the build. */
  @Parameter(property = "passage.skip", defaultValue = "false")
  private boolean skip;

  /** Reproducible-build timestamp; used where a date is needed and content gives none. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

  @Parameter(defaultValue = "${env.GITHUB_ACTIONS}", readonly = true)
  private String githubActions;

  /**
   * Builds in a JVM of its own, with JIT settings chosen for the site's size (Maven's JVM has its
   * settings fixed before the plugin runs); false builds inside Maven's JVM.
   */
  @Parameter(property = "passage.fork", defaultValue = "true")
  private boolean fork;

  /** JVM options for the forked build, separated by spaces; by default chosen from the site's size. */
  @Parameter(property = "passage.jvmArgs")
  private String jvmArgs;

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
    if (fork) {
      forked(config);
      return;
    }
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

  private void forked(BuildConfig config) throws MojoExecutionException, MojoFailureException {
    int code;
    String[] summary = {"the site has errors"};
    try {
      List<String> options = jvmArgs == null || jvmArgs.isBlank() ? ForkedBuild.jvmOptions(config.contentDir()) : List.of(jvmArgs.trim().split("\\s+"));
      getLog().debug("Passage builds in a JVM of its own, with " + options);
      code = ForkedBuild.run(config, classpath(), options, "true".equals(githubActions), (stream, line) -> {
        if (line.startsWith("SLF4J: ")) {
          return; // the logging facade's notice that no logger is bound: nothing to do with the site
        }
        if (line.startsWith("the site has ")) {
          summary[0] = line;
        }
        if (line.contains(": error: ")) {
          getLog().error(line);
        } else if (line.contains(": warning: ")) {
          getLog().warn(line);
        } else if (line.startsWith("built ")) {
          getLog().info("Passage " + line);
        } else {
          getLog().info(line);
        }
      });
    } catch (IOException e) {
      throw new MojoExecutionException("Passage could not start its build: " + IoErrors.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Passage build interrupted", e);
    }
    if (code == 1) {
      throw new MojoFailureException("Passage: " + summary[0] + " (see the lines above; the previous site was left as it was)");
    }
    if (code != 0) {
      throw new MojoExecutionException("Passage failed (exit code " + code + "; see the lines above)");
    }
  }

  /** The plugin's own class path (engine and libraries), for the child JVM. */
  private List<Path> classpath() throws MojoExecutionException {
    if (!(getClass().getClassLoader() instanceof URLClassLoader loader)) {
      throw new MojoExecutionException("Passage cannot find its class path to fork a build; run with -Dpassage.fork=false");
    }
    List<Path> out = new ArrayList<>();
    // Maven shares its own logging facade with plugins instead of putting it in their class path.
    List<URL> urls = new ArrayList<>(List.of(loader.getURLs()));
    urls.add(org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation());
    for (URL url : urls) {
      try {
        out.add(Path.of(url.toURI()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new MojoExecutionException("Passage cannot use " + url + " in a forked build; run with -Dpassage.fork=false", e);
      }
    }
    return out;
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
