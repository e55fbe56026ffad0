package org.passage.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passage.DefaultSearch;

/**
 * Runs a query against the built search index with the Java reference (the ranking the browser
 * reproduces) and prints the ranked hits: url, section and score.
 */
@Mojo(name = "search", requiresProject = false, threadSafe = true)
public class SearchMojo extends AbstractMojo {

  /** The query, in the search box's syntax ("quoted phrase", -exclude, +require). */
  @Parameter(property = "passage.query")
  private String query;

  /** Language of the index to search. */
  @Parameter(property = "passage.lang", defaultValue = "en")
  private String lang;

  /** Output format: {@code text} or {@code json}. */
  @Parameter(property = "passage.format", defaultValue = "text")
  private String format;

  /** Folder holding one Lucene index per language, as the build writes it. */
  @Parameter(property = "passage.index", defaultValue = "${project.build.directory}/passage/lucene")
  private File index;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  /** How many hits to print. */
  @Parameter(property = "passage.limit", defaultValue = "20")
  private int limit;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (query == null || query.isBlank()) {
      throw new MojoFailureException("no query: pass -Dpassage.query=\"words to search\"");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new MojoFailureException("unknown -Dpassage.format=" + format + " (use text or json)");
    }
    Path dir = SiteMojo.located(index, executionRoot).toPath().resolve(lang);
    if (!Files.isDirectory(dir)) {
      throw new MojoFailureException("no search index for language \"" + lang + "\" at " + dir
          + " (run the build first, or point -Dpassage.index at the folder holding <lang>/)");
    }
    try {
      String out = DefaultSearch.query(dir, lang, query, format.equals("json"), limit).stripTrailing();
      if (format.equals("json")) {
        // Raw on standard output, so `mvn -q … -Dpassage.format=json | jq` works.
        System.out.println(out);
      } else {
        out.lines().forEach(getLog()::info);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot search " + dir + ": " + e.getMessage(), e);
    }
  }
}
