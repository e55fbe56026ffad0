package org.passage.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.BuildFailedException;
import org.passage.diagnostics.Problem;

/**
 * A small site written as one text block in a txtar-like format — {@code -- path --} lines
 * followed by the file's text — built into a temporary folder.
 *
 * <p>Paths are relative to the project root: {@code content/…} for the site,
 * {@code themes/<name>/…} for themes. The result gives the HTML inside {@code <main>} and the
 * problems exactly as users see them.
 */
public final class TestSite {
  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  public static TestSite write(Path root, String archive) throws IOException {
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : archive.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (path != null) {
          writeFile(root.resolve(path), body.toString());
        }
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) {
      writeFile(root.resolve(path), body.toString());
    }
    Files.createDirectories(root.resolve("content"));
    return new TestSite(root);
  }

  private static void writeFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    // A trailing blank line between files belongs to the format, not to the file.
    String t = text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    Files.writeString(file, t, StandardCharsets.UTF_8);
  }

  public Path root() {
    return root;
  }

  public Path output() {
    return root.resolve("out");
  }

  public BuildConfig config() {
    BuildConfig c = BuildConfig.of(root, root.resolve("content"), output());
    return Files.isDirectory(root.resolve("themes")) ? c.withThemesDir(root.resolve("themes")) : c;
  }

  public Result build() throws IOException {
    return build(config());
  }

  public Result build(BuildConfig config) throws IOException {
    try {
      Passage.Result r = new Passage(config, Optional.empty()).build();
      return new Result(output(), format(r.warnings()), true);
    } catch (BuildFailedException e) {
      return new Result(output(), format(e.problems()), false);
    }
  }

  private static List<String> format(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.format()));
    return out;
  }

  /** What a build produced: its problems in user format and the files it wrote. */
  public record Result(Path output, List<String> problems, boolean ok) {

    public String file(String sitePath) throws IOException {
      return Files.readString(output.resolve(sitePath));
    }

    public boolean exists(String sitePath) {
      return Files.exists(output.resolve(sitePath));
    }

    public Document html(String sitePath) throws IOException {
      return Jsoup.parse(file(sitePath));
    }

    /** The inner HTML of {@code <main>}, whitespace between tags removed. */
    public String main(String sitePath) throws IOException {
      Element main = html(sitePath).selectFirst("main");
      if (main == null) {
        throw new AssertionError(sitePath + " has no <main>");
      }
      return main.html().replaceAll(">\\s+<", "><").strip();
    }

    /** The rendered Markdown of a page (the theme's content wrapper). */
    public String content(String sitePath) throws IOException {
      Element c = html(sitePath).selectFirst("main .content");
      if (c == null) {
        throw new AssertionError(sitePath + " has no .content");
      }
      return c.html().replaceAll(">\\s+<", "><").strip();
    }
  }
}
