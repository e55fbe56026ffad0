package org.passage.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/** Every kind of bad input gets a clear error at its place, and never a crash or half a site. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void malformedYamlInFrontMatter() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        tags: [a, b
        ---
        Text
        """).build();
    assertThat(out.problems()).hasSize(1);
    assertThat(out.problems().get(0)).startsWith("content/a.md:4:1: error: malformed YAML: ").endsWith("(check indentation, and quote values that contain ': ' or start with a special character)");
  }

  @Test
  void malformedYamlInADataFileAndDuplicateKeys() throws Exception {
    var out = TestSite.write(dir, """
        -- content/data/goals.yml --
        - number: 1
          short: "No poverty
        -- content/site.yml --
        title: A
        title: B
        -- content/a.md --
        Text
        """).build();
    assertThat(out.problems()).hasSize(2);
    assertThat(out.problems().get(0)).startsWith("content/data/goals.yml:3:1: error: malformed YAML: ");
    assertThat(out.problems().get(1)).isEqualTo("content/site.yml:2:1: error: duplicate key \"title\" (first given at line 1)");
  }

  @Test
  void unclosedFrontMatterEmptyFilesAndWrongTypes() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        Text without a closing fence.
        -- content/b.md --

        -- content/c.md --
        ---
        weight: heavy
        draft: maybe
        ---
        Text
        -- content/d.md --
        ---
        - a list
        ---
        Text
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:1: error: front matter is not closed (end it with a line of three dashes (---) before the Markdown)",
        "content/b.md:1:1: error: empty page (write some Markdown, or delete the file)",
        "content/c.md:2:9: error: \"weight\" must be a number, not \"heavy\" (write digits, e.g. 3 or 2.5)",
        "content/c.md:3:8: error: \"draft\" must be true or false, not \"maybe\"",
        "content/d.md:2:1: error: front matter must be a map of fields, not a list (e.g. title: My page)");
  }

  @Test
  void nonUtf8File() throws Exception {
    var site = TestSite.write(dir, """
        -- content/ok.md --
        Fine.
        """);
    Files.write(site.root().resolve("content/latin1.md"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n', 'x', '\n'});
    var out = site.build();
    assertThat(out.problems()).containsExactly("content/latin1.md:1:4: error: file is not valid UTF-8 (byte 0xE9) (save the file as UTF-8)");
  }

  @Test
  void aReplacementCharacterWrittenOnPurposeIsValidUtf8() throws Exception {
    // U+FFFD is also what lenient decoding puts in place of a bad byte: the loader must tell the two apart.
    var site = TestSite.write(dir, "-- content/ok.md --\nFine.\n");
    Files.write(site.root().resolve("content/sign.md"), "\uFEFF# Sign\r\n\r\nThe \uFFFD sign.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var good = site.build();
    assertThat(good.problems()).isEmpty();
    assertThat(good.html("sign.html").select("main h1").text()).isEqualTo("Sign");
    assertThat(good.content("sign.html")).contains("<p>The \uFFFD sign.</p>");

    Files.write(site.root().resolve("content/bad.md"), new byte[] {'#', ' ', 'B', '\n', '\n', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, ' ', (byte) 0xFF, '\n'});
    var out = site.build();
    assertThat(out.problems()).containsExactly("content/bad.md:3:3: error: file is not valid UTF-8 (byte 0xFF) (save the file as UTF-8)");
  }

  @Test
  void twoPagesThatWouldWriteTheSamePath() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        A
        -- content/a.markdown --
        Also A
        -- content/b.md --
        ---
        slug: a
        ---
        B
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:1: error: two sources would write a.html: content/a.markdown and content/a.md (rename one of them, or set a different slug)",
        "content/b.md:1:1: error: two sources would write a.html: content/a.markdown and content/b.md (rename one of them, or set a different slug)");
  }

  @Test
  void unknownSiteKeysAndTaxonomyMistakes() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        titel: Guide
        taxonomies:
          targets:
            terms: {data: sdg/targetz, key: id}
        collections:
          cases:
            path: cases/*.md
            fields:
              when: {type: dat}
              tags: {type: list, of: reference, taxonomy: tagz}
        -- content/data/sdg/targets.yml --
        - id: "1.1"
        -- content/a.md --
        Text
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/site.yml:1:1: error: unknown key \"titel\" in site.yml (did you mean \"title\"?)",
        "content/site.yml:4:19: error: data file \"sdg/targetz\" for taxonomy \"targets\" does not exist (did you mean \"sdg/targets\"?)",
        "content/site.yml:9:20: error: unknown field type \"dat\" (did you mean \"date\"?)",
        "content/site.yml:10:13: error: field \"tags\" refers to unknown taxonomy \"tagz\" (declare it under taxonomies)");
  }

  @Test
  void templateSyntaxErrorNamesTheTemplateAndLine() throws Exception {
    var out = TestSite.write(dir, """
        -- themes/broken/layouts/page.peb --
        <main>
        {{ page.title }
        </main>
        -- content/site.yml --
        theme: broken
        -- content/a.md --
        Text
        """).build();
    assertThat(out.problems()).hasSize(1);
    assertThat(out.problems().get(0)).startsWith("themes/broken/layouts/page.peb:2: error: ");
  }

  @Test
  void unknownTemplateVariableNamesTheTemplateAndLine() throws Exception {
    var out = TestSite.write(dir, """
        -- themes/broken/layouts/page.peb --
        <main>
        <h1>{{ page.title }}</h1>
        {{ page.titel }}
        </main>
        -- content/site.yml --
        theme: broken
        -- content/a.md --
        Text
        -- content/b.md --
        Text
        """).build();
    // Reported once, not once per page.
    assertThat(out.problems()).hasSize(1);
    assertThat(out.problems().get(0)).startsWith("themes/broken/layouts/page.peb:3: error: ").contains("titel");
  }

  @Test
  void missingThemeAndThemeCycles() throws Exception {
    var missing = TestSite.write(dir.resolve("one"), """
        -- content/site.yml --
        theme: sdg-guid
        -- themes/sdg-guide/theme.yml --
        extends: default
        -- content/a.md --
        Text
        """).build();
    assertThat(missing.problems()).containsExactly("content/site.yml: error: theme \"sdg-guid\" not found (did you mean \"sdg-guide\"?)");

    var cycle = TestSite.write(dir.resolve("two"), """
        -- content/site.yml --
        theme: a
        -- themes/a/theme.yml --
        extends: b
        -- themes/b/theme.yml --
        extends: a
        -- content/a.md --
        Text
        """).build();
    assertThat(cycle.problems()).containsExactly("themes/b/theme.yml:1:10: error: theme \"a\" extends itself in a cycle: a -> b -> a (remove one of the extends lines)");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
    var site = TestSite.write(dir, """
        -- content/a.md --
        # Version one
        """);
    assertThat(site.build().ok()).isTrue();
    String before = Files.readString(site.output().resolve("a.html"));
    Files.writeString(site.root().resolve("content/a.md"), "# Version two\n[broken](nowhere.md)\n");
    var failed = site.build();
    assertThat(failed.ok()).isFalse();
    assertThat(Files.readString(site.output().resolve("a.html"))).isEqualTo(before).contains("Version one");
    assertThat(Files.exists(site.output().resolveSibling(".out.staging"))).isFalse();
  }

  @Test
  void refusesToReplaceAFolderItDidNotMake() throws Exception {
    var site = TestSite.write(dir, """
        -- content/a.md --
        Text
        -- out/thesis.docx --
        precious
        """);
    var out = site.build();
    assertThat(out.problems()).containsExactly("out: error: output folder exists and was not made by Passage; refusing to replace it (choose an empty or new output folder)");
    assertThat(Files.readString(site.output().resolve("thesis.docx"))).isEqualTo("precious\n");
  }
}
