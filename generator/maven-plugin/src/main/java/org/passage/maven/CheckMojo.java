package org.passage.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs every validation a build runs — content, data, links, front matter, and every page
 * through the theme's templates — and writes nothing: for pull-request checks and for authors
 * before they push. Fails, with the same {@code path:line:col} messages as the build, exactly
 * when a build of the same content would. Runs without a pom too:
 * {@code mvn org.passage:passage-maven-plugin:VERSION:check -Dpassage.content=DIR -Dpassage.themes=DIR}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public final class CheckMojo extends EngineMojo {

  /** Where a build would write: never touched by the check (the engine needs a place to measure paths from). */
  @Parameter(defaultValue = "${project.build.directory}/site", readonly = true)
  private File output;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Passage check skipped");
      return;
    }
    run(config(output, Optional.ofNullable(baseUrl), Optional.empty()), true);
  }

  @Override
  String aftermath() {
    return "";
  }
}
