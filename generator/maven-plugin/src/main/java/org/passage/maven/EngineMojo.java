package org.passage.maven;

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
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;
import org.passage.ForkedBuild;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.ProblemPrinter;
import org.passage.files.IoErrors;

/**
 * The goals that run the whole pipeline over a site, build and check: in a JVM of their own or
 * in Maven's, with problems printed the same way (and as GitHub Actions annotations under
 * {@code GITHUB_ACTIONS=true}).
 */
abstract class EngineMojo extends SiteMojo {

  @Parameter(defaultValue = "${env.GITHUB_ACTIONS}", readonly = true)
  private String githubActions;

  /**
   * Runs in a JVM of its own, with JIT settings chosen for the site's size (Maven's JVM has its
   * settings fixed before the plugin runs); false runs inside Maven's JVM.
   */
  @Parameter(property = "passage.fork", defaultValue = "true")
  private boolean fork;

  /** JVM options for the forked run, separated by spaces; by default chosen from the site's size. */
  @Parameter(property = "passage.jvmArgs")
  private String jvmArgs;

  /** Absolute base URL for sitemap.xml; overrides site.yml's baseUrl. */
  @Parameter(property = "passage.baseUrl")
  String baseUrl;

  /** Skips the goal. */
  @Parameter(property = "passage.skip", defaultValue = "false")
  boolean skip;

  /** What a failure message adds after "see the lines above": "; …", or empty. */
  abstract String aftermath();

  /** Builds {@code config}, or with {@code check} validates it without writing anything. */
  final void run(BuildConfig config, boolean check) throws MojoExecutionException, MojoFailureException {
    if (fork) {
      forked(config, check);
      return;
    }
    ProblemPrinter problems = printer();
    try {
      Passage passage = new Passage(config, check ? Optional.empty() : Optional.ofNullable(DefaultSearch.indexer()), getLog()::info);
      Passage.Result result = check ? passage.check() : passage.build();
      problems.print(result.warnings());
      getLog().info(check ? "Passage checked " + result.pages() + " pages: no errors" : "Passage built " + result.pages() + " pages into " + config.display(config.outputDir()));
      getLog().debug("Passage stages: " + result.timings());
    } catch (BuildFailedException e) {
      problems.print(e.problems());
      throw new MojoFailureException("Passage: " + e.getMessage() + " (see the lines above" + aftermath() + ")");
    } catch (IOException e) {
      String after = aftermath().isEmpty() ? "" : " (" + aftermath().substring(2) + ")";
      throw new MojoExecutionException("Passage could not " + (check ? "read the site: " : "write the site: ") + IoErrors.describe(e) + after, e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug, or a limit of the machine: say so plainly rather than let Maven's JVM die.
      throw new MojoExecutionException("Passage failed (please report this with the input that caused it): " + e, e);
    }
  }

  private ProblemPrinter printer() {
    return new ProblemPrinter(p -> {
      if (p.isError()) {
        getLog().error(p.format());
      } else {
        getLog().warn(p.format());
      }
    }, github() ? System.out : null);
  }

  private boolean github() {
    return "true".equals(githubActions);
  }

  private void forked(BuildConfig config, boolean check) throws MojoExecutionException, MojoFailureException {
    int code;
    String[] summary = {"the site has errors"};
    try {
      List<String> options = jvmArgs == null || jvmArgs.isBlank() ? ForkedBuild.jvmOptions(config.contentDir()) : List.of(jvmArgs.trim().split("\\s+"));
      getLog().debug("Passage runs in a JVM of its own, with " + options);
      code = ForkedBuild.run(config, check, classpath(), options, github(), (stream, line) -> {
        if (line.startsWith("SLF4J: ")) {
          return; // the logging facade's notice that no logger is bound: nothing to do with the site
        }
        if (ProblemPrinter.isAnnotation(line)) {
          System.out.println(line); // as the child printed it: see ProblemPrinter
          System.out.flush();
          return;
        }
        if (line.startsWith("the site has ")) {
          summary[0] = line;
        }
        if (line.contains(": error: ")) {
          getLog().error(line);
        } else if (line.contains(": warning: ")) {
          getLog().warn(line);
        } else if (line.startsWith("built ") || line.startsWith("checked ")) {
          getLog().info("Passage " + line);
        } else {
          getLog().info(line);
        }
      });
    } catch (IOException e) {
      throw new MojoExecutionException("Passage could not start: " + IoErrors.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Passage interrupted", e);
    }
    if (code == 1) {
      throw new MojoFailureException("Passage: " + summary[0] + " (see the lines above" + aftermath() + ")");
    }
    if (code != 0) {
      throw new MojoExecutionException("Passage failed (exit code " + code + "; see the lines above)");
    }
  }

  /** The plugin's own class path (engine and libraries), for the child JVM. */
  private List<Path> classpath() throws MojoExecutionException {
    if (!(getClass().getClassLoader() instanceof URLClassLoader loader)) {
      throw new MojoExecutionException("Passage cannot find its class path to fork; run with -Dpassage.fork=false");
    }
    List<Path> out = new ArrayList<>();
    // Maven shares its own logging facade with plugins instead of putting it in their class path.
    List<URL> urls = new ArrayList<>(List.of(loader.getURLs()));
    urls.add(org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation());
    for (URL url : urls) {
      try {
        out.add(Path.of(url.toURI()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new MojoExecutionException("Passage cannot use " + url + " in a forked JVM; run with -Dpassage.fork=false", e);
      }
    }
    return out;
  }
}
