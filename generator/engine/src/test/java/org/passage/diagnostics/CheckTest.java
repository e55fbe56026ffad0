package org.passage.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.testing.TestSite;

/**
 * The check goal's engine side: every validation of a build, template errors included, and not
 * one file written; and the GitHub Actions annotations that build and check print.
 */
class CheckTest {
  @TempDir Path dir;

  /** A site with a broken link and an unknown term. */
  private static final String BROKEN = """
      -- content/site.yml --
      title: Small
      taxonomies:
        levels:
          title: Levels
          terms: {data: levels, key: id, label: label}
      -- content/data/levels.yml --
      - id: local
        label: Local
      -- content/index.md --
      # Home

      See [step one](guide/step-1.md).
      -- content/guide/step-1.md --
      ---
      levels: [regional]
      ---
      # Step one

      Back to [the start](../index.md) and [step nine](step-9.md).
      """;

  @Test
  void checkReportsWhatTheBuildReportsAndWritesNothing() throws Exception {
    TestSite site = TestSite.write(dir, BROKEN);
    List<String> before = files(dir);
    BuildFailedException failed = (BuildFailedException) catchFailure(site);
    List<String> checked = failed.problems().stream().map(Problem::format).toList();
    assertThat(checked).hasSize(2);
    assertThat(checked.get(0)).startsWith("content/guide/step-1.md:2:").contains("error: ").contains("\"regional\"");
    assertThat(checked.get(1)).isEqualTo("content/guide/step-1.md:6:38: error: link to missing page \"step-9.md\" (no page at guide/step-9.md)");
    // Not a file nor a folder more: no output, staging, lock, work folder or search index.
    assertThat(files(dir)).isEqualTo(before);
    assertThat(site.output()).doesNotExist();

    // The same problems as a build, which fails too.
    TestSite.Result built = site.build();
    assertThat(built.ok()).isFalse();
    assertThat(built.problems()).isEqualTo(checked);
  }

  @Test
  void aBuiltSiteIsLeftUntouched() throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/index.md --
        # Home

        [Step](step.md)
        -- content/step.md --
        # Step
        """);
    assertThat(site.build().ok()).isTrue();
    Map<String, String> before = snapshot(dir);
    // A broken edit: the check fails and the published site stays as it was, to the byte and the second.
    Files.writeString(dir.resolve("content/step.md"), "# Step\n\n[Gone](gone.md)\n");
    assertThat(catchFailure(site)).isInstanceOf(BuildFailedException.class);
    Map<String, String> after = snapshot(dir);
    after.remove("content/step.md");
    before.remove("content/step.md");
    assertThat(after).isEqualTo(before);
    // And a passing check too.
    Files.writeString(dir.resolve("content/step.md"), "# Step, fixed\n");
    new Passage(site.config(), Optional.empty()).check();
    assertThat(site.output().resolve("step.html")).content().contains("<h1>Step</h1>").doesNotContain("fixed");
  }

  @Test
  void aTemplateErrorIsFoundOnlyByRenderingAndTheCheckRenders() throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/site.yml --
        theme: small
        -- content/a.md --
        # A
        -- themes/small/theme.yml --
        extends: default
        -- themes/small/layouts/page.peb --
        {% extends "theme:default/layouts/page.peb" %}
        {% block before_content %}{{ page.title | nosuchfilter }}{% endblock %}
        """);
    Exception e = catchFailure(site);
    assertThat(e).isInstanceOf(BuildFailedException.class);
    assertThat(((BuildFailedException) e).problems()).singleElement().extracting(Problem::format).asString()
        .startsWith("themes/small/layouts/page.peb:2: error: ");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void aCleanSiteChecksWithTheBuildsPageCountAndItsWarnings() throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/site.yml --
        title: Clean
        -- content/index.md --
        # Home

        [One](one.md#nowhere)
        -- content/one.md --
        # One

        ![A picture](picture.png)
        """);
    Files.writeString(dir.resolve("content/picture.png"), "png");
    List<String> before = files(dir);
    Passage.Result checked = new Passage(site.config(), Optional.empty()).check();
    assertThat(files(dir)).isEqualTo(before);
    Passage.Result built = new Passage(site.config(), Optional.empty()).build();
    assertThat(checked.warnings()).isNotEmpty().isEqualTo(built.warnings());
    assertThat(checked.pages()).isEqualTo(built.pages()).isEqualTo(2);
  }

  @Test
  void strictChecksFailOnWarnings() throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        [B](b.md#nowhere)
        -- content/b.md --
        # B
        """);
    Passage.Result lax = new Passage(site.config(), Optional.empty()).check();
    assertThat(lax.warnings()).isNotEmpty();
    assertThatThrownBy(() -> new Passage(site.config().withStrict(true), Optional.empty()).check()).isInstanceOf(BuildFailedException.class);
  }

  @Test
  void gitHubAnnotationsStartTheLineAndEscapeWhatWouldBreakThem() {
    Problem error = new Problem(Severity.ERROR, "content/en/a, b.md", 7, 15, "unknown SDG target \"10.77\"", "did you mean \"10.7\"?");
    assertThat(error.formatGitHub()).isEqualTo("::error file=content/en/a%2C b.md,line=7,col=15::unknown SDG target \"10.77\" (did you mean \"10.7\"?)");
    Problem warning = new Problem(Severity.WARNING, "content/site.yml", 3, 0, "50% done\nnext: line", "");
    assertThat(warning.formatGitHub()).isEqualTo("::warning file=content/site.yml,line=3::50%25 done%0Anext: line");
    Problem whole = new Problem(Severity.ERROR, "c:/site", 0, 0, "no line", "");
    assertThat(whole.formatGitHub()).isEqualTo("::error file=c%3A/site::no line");

    // People read path:line:col; GitHub reads the command, alone on its line.
    List<String> people = new ArrayList<>();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    new ProblemPrinter(p -> people.add(p.format()), new PrintStream(stdout, true, StandardCharsets.UTF_8)).print(List.of(error, warning));
    assertThat(people).containsExactly(error.format(), warning.format());
    assertThat(stdout.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(error.formatGitHub(), warning.formatGitHub());
    assertThat(ProblemPrinter.isAnnotation(error.formatGitHub())).isTrue();
    assertThat(ProblemPrinter.isAnnotation("[INFO] " + error.formatGitHub())).isFalse();

    // Outside GitHub Actions, people only.
    new ProblemPrinter(p -> people.add(p.format()), null).print(error);
    assertThat(people).hasSize(3);
    assertThat(ProblemPrinter.onGitHubActions(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
    assertThat(ProblemPrinter.onGitHubActions(Map.of("CI", "true"))).isFalse();
  }

  private static Exception catchFailure(TestSite site) {
    try {
      new Passage(site.config(), Optional.empty()).check();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("the check passed");
  }

  /** Every file and folder under {@code root} with its modification time and size. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p) + " " + (Files.isRegularFile(p) ? Files.size(p) : -1));
      }
    }
    return out;
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
