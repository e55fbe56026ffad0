package org.passage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.IncrementalBuild;
import org.passage.testing.TestSite;

/**
 * "Last updated" from one git log per build and "Edit this page" from site.yml's repository, on
 * every page made from a Markdown file, in the page's language; nothing on generated pages, no
 * date outside git or for a file never committed.
 */
class PageHistoryTest {
  @TempDir Path dir;

  static final String SITE = """
      -- content/site.yml --
      title: History
      repository:
        url: https://github.com/example-org/guide
        branch: main
        path: content
      languages:
        - code: en
          name: English
        - code: fr
          name: Français
        - code: es
          name: Español
      -- content/en/index.md --
      # Home

      [A](a.md), [B](b.md), [the folder](topics/index.html).
      -- content/en/a.md --
      # A

      First text.
      -- content/en/b.md --
      # B

      Bee.
      -- content/en/topics/one.md --
      # One
      -- content/fr/index.md --
      # Accueil
      -- content/es/index.md --
      # Inicio
      """;

  @Test
  void datesFromTheLastCommitOfEachFileAndEditLinksFromTheRepository() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    git(dir, null, "init", "-q", "-b", "main");
    git(dir, null, "add", "content");
    git(dir, "2026-01-02T10:00:00+01:00", "commit", "-q", "-m", "first");
    Files.writeString(dir.resolve("content/en/a.md"), "# A\n\nSecond text.\n");
    git(dir, null, "add", "content/en/a.md");
    git(dir, "2026-12-02T23:30:00-05:00", "commit", "-q", "-m", "second");
    // Written after the last commit: in no commit, so no date.
    Files.writeString(dir.resolve("content/en/new.md"), "# New\n");

    TestSite.Result out = site.build();
    assertThat(out.problems()).isEmpty();
    assertThat(meta(out.html("en/a.html"))).isEqualTo(List.of(
        "Last updated: 2 December 2026 [2026-12-02T23:30:00-05:00]", // the committer's day, not UTC's
        "Edit this page -> https://github.com/example-org/guide/edit/main/content/en/a.md"));
    assertThat(meta(out.html("en/b.html"))).isEqualTo(List.of(
        "Last updated: 2 January 2026 [2026-01-02T10:00:00+01:00]",
        "Edit this page -> https://github.com/example-org/guide/edit/main/content/en/b.md"));
    assertThat(meta(out.html("fr/index.html"))).isEqualTo(List.of(
        "Dernière mise à jour : 2 janvier 2026 [2026-01-02T10:00:00+01:00]",
        "Modifier cette page -> https://github.com/example-org/guide/edit/main/content/fr/index.md"));
    assertThat(meta(out.html("es/index.html"))).first().isEqualTo("Última actualización: 2 de enero de 2026 [2026-01-02T10:00:00+01:00]");
    // Never committed: an edit link, no date.
    assertThat(meta(out.html("en/new.html"))).isEqualTo(List.of("Edit this page -> https://github.com/example-org/guide/edit/main/content/en/new.md"));
    // Pages Passage made (a folder's page, the 404 page) have no file to edit.
    assertThat(out.html("en/topics/index.html").select(".page-meta")).isEmpty();
    assertThat(out.html("404.html").select(".page-meta")).isEmpty();
  }

  @Test
  void outsideGitNoDateAndNoError() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    TestSite.Result out = site.build();
    assertThat(out.problems()).isEmpty();
    assertThat(meta(out.html("en/a.html"))).isEqualTo(List.of("Edit this page -> https://github.com/example-org/guide/edit/main/content/en/a.md"));
    assertThat(out.file("en/a.html")).doesNotContain("<time");
    // Built again, byte for byte the same.
    String first = out.file("en/a.html");
    assertThat(site.build().file("en/a.html")).isEqualTo(first);
  }

  @Test
  void withoutARepositoryOnlyTheDate() throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        # A
        """);
    git(dir, null, "init", "-q", "-b", "main");
    git(dir, null, "add", ".");
    git(dir, "2026-03-04T09:00:00Z", "commit", "-q", "-m", "one");
    TestSite.Result out = site.build();
    assertThat(meta(out.html("a.html"))).isEqualTo(List.of("Last updated: 4 March 2026 [2026-03-04T09:00:00+00:00]"));
  }

  @Test
  void theRepositoryIsReadStrictly() throws Exception {
    TestSite.Result out = TestSite.write(dir, """
        -- content/site.yml --
        repository:
          url: github.com/org/guide
          branch: "main branch"
          path: ../elsewhere
          edit: yes
        -- content/a.md --
        # A
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/site.yml:2:8: error: repository url \"github.com/org/guide\" is not a web address (e.g. repository: {url: https://github.com/org/guide, branch: main, path: content})",
        "content/site.yml:3:11: error: repository branch \"main branch\" is not a branch name (e.g. branch: main)",
        "content/site.yml:4:9: error: repository path \"../elsewhere\" is not a folder inside the repository (the content folder's path from the repository's root, e.g. path: content (empty when the content is the root))",
        "content/site.yml:5:3: error: unknown key \"edit\" in repository (known keys: url, branch, path, editUrl)");
    TestSite.Result missing = TestSite.write(dir.resolve("two"), """
        -- content/site.yml --
        repository:
          branch: main
        -- content/a.md --
        # A
        """).build();
    assertThat(missing.problems()).containsExactly(
        "content/site.yml:2:3: error: repository needs a \"url\" (e.g. repository: {url: https://github.com/org/guide, branch: main, path: content})");
  }

  @Test
  void gitLabAnEditUrlOfOnesOwnAndTheShortForm() throws Exception {
    assertThat(editLink("repository: {url: \"https://gitlab.com/org/guide.git/\", branch: trunk}", "a b.md"))
        .isEqualTo("https://gitlab.com/org/guide/-/edit/trunk/a%20b.md");
    assertThat(editLink("repository: {url: https://example.org/r, editUrl: \"https://example.org/r/edit?file=\"}", "a.md"))
        .isNull(); // an editUrl with a query cannot take a path: refused above, so no link
    assertThat(editLink("repository: {url: https://code.example.org/org/guide, editUrl: https://code.example.org/org/guide/_edit/main/docs}", "a.md"))
        .isEqualTo("https://code.example.org/org/guide/_edit/main/docs/a.md");
    assertThat(editLink("repository: https://github.com/org/guide", "a.md")).isEqualTo("https://github.com/org/guide/edit/main/a.md");
  }

  @Test
  void thePreviewKeepsTheWholeBuildsHistoryAndRunsNoGitPerSave() throws Exception {
    TestSite site = TestSite.write(dir, SITE);
    git(dir, null, "init", "-q", "-b", "main");
    git(dir, null, "add", "content");
    git(dir, "2026-01-02T10:00:00+01:00", "commit", "-q", "-m", "first");
    try (IncrementalBuild builds = new IncrementalBuild(site.config(), Optional.empty(), line -> {})) {
      builds.build(Set.of());
      // A commit the preview's whole build did not see, then a save of the same page.
      Path b = dir.resolve("content/en/b.md");
      Files.writeString(b, "# B\n\nBee, committed.\n");
      git(dir, null, "add", "content/en/b.md");
      git(dir, "2026-06-07T08:00:00Z", "commit", "-q", "-m", "second");
      Files.writeString(b, "# B\n\nBee, committed, then saved.\n");
      IncrementalBuild.Update u = builds.build(Set.of(b));
      assertThat(u.whole()).isFalse();
      Document page = org.jsoup.Jsoup.parse(Files.readString(site.output().resolve("en/b.html")));
      assertThat(page.select("main .content").text()).contains("then saved");
      assertThat(meta(page)).first().isEqualTo("Last updated: 2 January 2026 [2026-01-02T10:00:00+01:00]");
    }
  }

  private String editLink(String repository, String file) throws IOException {
    Path root = Files.createTempDirectory(dir, "site");
    TestSite.Result out = TestSite.write(root, "-- content/site.yml --\n" + repository + "\n-- content/" + file + " --\n# Page\n").build();
    if (!out.ok()) {
      return null;
    }
    Element a = out.html(file.replace(".md", ".html")).selectFirst(".page-meta .edit-page a");
    return a == null ? null : a.attr("href");
  }

  /** The page-meta block as text: "label date [datetime]", "link text -> href". */
  private static List<String> meta(Document page) {
    List<String> out = new ArrayList<>();
    Element time = page.selectFirst("main .page-meta .last-updated time");
    if (time != null) {
      out.add(time.parent().text() + " [" + time.attr("datetime") + "]");
    }
    Element edit = page.selectFirst("main .page-meta .edit-page a");
    if (edit != null) {
      out.add(edit.text() + " -> " + edit.attr("href"));
    }
    return out;
  }

  /** Runs git in {@code repo} with a fixed identity and, for commits, both dates set to {@code date}. */
  static void git(Path repo, String date, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", repo.toString()); // no user configuration
    if (date != null) {
      env.put("GIT_AUTHOR_DATE", date);
      env.put("GIT_COMMITTER_DATE", date);
    }
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
  }
}
