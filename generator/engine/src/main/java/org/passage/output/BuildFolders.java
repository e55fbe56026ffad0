package org.passage.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passage.config.BuildConfig;
import org.passage.config.Names;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.files.Confined;
import org.passage.files.Confined.OutsideFolderException;

/**
 * Every folder a build writes, named in this one place: the output, the staging folder the site
 * is rendered into and the old output it replaces (both beside the output, so the swap is a
 * rename), the lock, the work folder with the Lucene indexes, and the offline zip if asked for
 * (beside the output too).
 */
public record BuildFolders(Path output, Path staging, Path old, Path lock, Path work, Optional<Path> zip) {

  public static BuildFolders of(BuildConfig config) {
    Path output = config.outputDir();
    Path parent = Optional.ofNullable(output.getParent()).orElse(output);
    String name = output.getFileName() == null ? "site" : output.getFileName().toString();
    return new BuildFolders(
        output,
        parent.resolve("." + name + ".staging"),
        parent.resolve("." + name + ".old"),
        parent.resolve("." + name + ".lock"),
        config.workDir(),
        config.offlineZip().filter(z -> zipNameProblem(z, name).isEmpty()).map(parent::resolve));
  }

  /** Why {@code zip} cannot name the offline zip beside the output folder {@code outputName}, if it cannot. */
  private static Optional<String> zipNameProblem(String zip, String outputName) {
    if (zip.contains("/") || zip.contains("\\") || zip.startsWith(".")) {
      return Optional.of("it must be a file name, without folders, not starting with '.'");
    }
    if (!zip.toLowerCase(Locale.ROOT).endsWith(".zip") || zip.length() <= ".zip".length()) {
      return Optional.of("the name must end in .zip");
    }
    if (zip.equals(outputName)) {
      return Optional.of("it is the output folder's name");
    }
    return Confined.nameProblem(zip);
  }

  /** The lock files a build holds while it runs: one for the output, one for the work folder. */
  public List<Path> locks() {
    return List.of(lock, work.resolve(".lock"));
  }

  /** Where the forked build keeps the JVM's class-data archive between builds (inside the work folder). */
  public Path classData() {
    return work.resolve("class-data");
  }

  /** Where a language's Lucene index is built (inside the work folder). */
  public Path lucene(String languageCode) throws OutsideFolderException {
    return Confined.resolve(work, "lucene/" + languageCode);
  }

  /**
   * Reports folder settings no build can survive: an output inside the content (each build would
   * publish the last, and the preview would rebuild forever), content, themes or work folder
   * inside the output (publishing replaces the output whole), a work folder inside the content.
   */
  public void check(BuildConfig config, Diagnostics diagnostics) {
    Path content = config.contentDir();
    SourcePos at = SourcePos.of(config.display(output));
    if (output.getParent() == null) {
      diagnostics.error(at, "the output folder cannot be the root of the file system", "choose a folder such as target/site");
      return;
    }
    if (output.startsWith(content)) {
      diagnostics.error(at, "the output folder is inside the content folder " + config.display(content)
          + ": every build would publish the one before it, and the preview would rebuild without end", "write the site outside the content folder, e.g. target/site");
    }
    if (content.startsWith(output)) {
      diagnostics.error(at, "the content folder " + config.display(content) + " is inside the output folder, which every build replaces whole",
          "write the site to a folder of its own, e.g. target/site");
    }
    config.themesDir().filter(t -> t.startsWith(output)).ifPresent(t -> diagnostics.error(at,
        "the themes folder " + config.display(t) + " is inside the output folder, which every build replaces whole", "write the site to a folder of its own, e.g. target/site"));
    config.offlineZip().ifPresent(zip -> {
      zipNameProblem(zip, output.getFileName().toString()).ifPresent(problem -> diagnostics.error(at, "cannot write the offline zip " + Names.quote(zip) + ": " + problem,
          "give a file name ending in .zip, written beside the output folder, e.g. site-offline.zip"));
      if (OfflineZip.entryTime(config.outputTimestamp()).isEmpty()) {
        diagnostics.error(at, "the output timestamp " + Names.quote(config.outputTimestamp().orElse("")) + " is neither an ISO-8601 date-time nor seconds since 1970",
            "e.g. project.build.outputTimestamp 2026-01-01T00:00:00Z");
      }
    });
    if (work.startsWith(output)) {
      diagnostics.error(SourcePos.of(config.display(work)), "the work folder is inside the output folder " + config.display(output) + ", which every build replaces whole",
          "put the work folder beside the output, e.g. target/passage");
    } else if (work.startsWith(content)) {
      diagnostics.error(SourcePos.of(config.display(work)), "the work folder is inside the content folder " + config.display(content) + ": its index files would be published",
          "put the work folder outside the content, e.g. target/passage");
    }
  }
}
