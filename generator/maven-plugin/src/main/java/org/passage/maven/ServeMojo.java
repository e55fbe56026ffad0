package org.passage.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;
import org.passage.serve.LivePreview;

/**
 * Live preview: builds the site, serves it on localhost and rebuilds on every change to the
 * content or themes; the browser reloads itself, and a failed build shows its problems there.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public final class ServeMojo extends SiteMojo {

  /** Where the preview site is written. */
  @Parameter(property = "passage.output", defaultValue = "${project.build.directory}/preview")
  private File output;

  /** Port on 127.0.0.1. */
  @Parameter(property = "passage.port", defaultValue = "8000")
  private int port;

  @Override
  public void execute() throws MojoExecutionException {
    var config = config(output, Optional.of("http://127.0.0.1:" + port + "/"), Optional.empty());
    try {
      new LivePreview(config, Optional.ofNullable(DefaultSearch.indexer()), line -> getLog().info(line)).run(port);
    } catch (IOException e) {
      throw new MojoExecutionException("Passage preview failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
