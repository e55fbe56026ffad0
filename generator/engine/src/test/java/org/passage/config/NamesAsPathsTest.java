package org.passage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * Names from site.yml and front matter become folders and files of the output; none may lead
 * out of the project. (Issue 11, item 1: a language code "../../victim" used to read pages from
 * outside the project, write HTML there and delete a folder beside the work folder.)
 */
class NamesAsPathsTest {
  @TempDir Path dir;

  @Test
  void aLanguageCodeThatIsAPathIsAnErrorAndNothingOutsideIsTouched() throws Exception {
    Path victim = dir.resolve("victim");
    Files.createDirectories(victim);
    Files.writeString(victim.resolve("keep.txt"), "precious\n");
    Files.writeString(victim.resolve("page.md"), "# Outside\n");
    Path project = dir.resolve("a/b");
    var site = TestSite.write(project, """
        -- content/site.yml --
        languages:
          - code: en
          - code: "../../victim"
          - code: /tmp/absolute
          - fr
          - Français
        -- content/en/index.md --
        # Home
        -- content/fr/index.md --
        # Accueil
        """);
    var out = site.build(site.config());
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).containsExactly(
        "content/site.yml:3:11: error: language code \"../../victim\" is not a language tag (use a BCP 47 language tag such as en, fr or pt-BR)",
        "content/site.yml:4:11: error: language code \"/tmp/absolute\" is not a language tag (use a BCP 47 language tag such as en, fr or pt-BR)",
        "content/site.yml:6:5: error: language code \"Français\" is not a language tag (use a BCP 47 language tag such as en, fr or pt-BR)");
    assertThat(victim.resolve("keep.txt")).hasContent("precious");
    try (var files = Files.list(victim)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("keep.txt", "page.md");
    }
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void taxonomyCollectionThemeAndLayoutNamesMustBePlainNames() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        theme: ../../etc
        taxonomies:
          "../../../taxout": {title: x}
          ok: {title: Fine}
        collections:
          "a/b": {path: "*.md"}
          notes: {path: "notes/*.md", layout: "../../x"}
        -- content/a.md --
        ---
        layout: ../../../etc/passwd
        slug: ../../escape
        ---
        Text
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/a.md:2:9: error: \"layout\" \"../../../etc/passwd\" is not a template name (name a file of the theme's layouts/ folder without .peb, e.g. layout: page)",
        "content/a.md:3:7: error: \"slug\" \"../../escape\" is not a file name or path (use letters, digits, '.', '-' and '_', and '/' between folders, e.g. slug: getting-started)",
        "content/site.yml:1:8: error: theme name \"../../etc\" is not a folder name (use lower-case letters, digits, '-' and '_', starting with a letter or digit)",
        "content/site.yml:3:3: error: taxonomy name \"../../../taxout\" is not a plain name (use lower-case letters, digits, '-' and '_', starting with a letter or digit)",
        "content/site.yml:6:3: error: collection name \"a/b\" is not a plain name (use lower-case letters, digits, '-' and '_', starting with a letter or digit)",
        "content/site.yml:7:39: error: layout name \"../../x\" is not a template name (name a file of the theme's layouts/ folder without .peb, e.g. layout: case-study)");
    assertThat(dir.resolve("taxout")).doesNotExist();
    assertThat(dir.getParent().resolve("taxout")).doesNotExist();
  }

  @Test
  void aThemeNameFromTheCommandLineIsCheckedToo() throws Exception {
    var site = TestSite.write(dir, """
        -- content/a.md --
        Text
        """);
    var out = site.build(site.config().withTheme("../themes-elsewhere"));
    assertThat(out.problems()).containsExactly(
        "content/site.yml: error: theme name \"../themes-elsewhere\" is not a folder name (use lower-case letters, digits, '-' and '_', starting with a letter or digit)");
  }

  @Test
  void namesOfEveryShapeASiteUsesStillWork() {
    assertThat(Names.isLanguageCode("en")).isTrue();
    assertThat(Names.isLanguageCode("pt-BR")).isTrue();
    assertThat(Names.isLanguageCode("zh-Hans-CN")).isTrue();
    assertThat(Names.isLanguageCode("..")).isFalse();
    assertThat(Names.isLanguageCode("en/../..")).isFalse();
    assertThat(Names.isName("case-studies")).isTrue();
    assertThat(Names.isName("..")).isFalse();
    assertThat(Names.isSlug("étape-2")).isTrue();
    assertThat(Names.isSlug("v1.2")).isTrue();
    assertThat(Names.isSlug("..")).isFalse();
    assertThat(Names.isSlug(".hidden")).isFalse();
    assertThat(Names.isSlug("a/b")).isTrue();
    assertThat(Names.isSlug("/guides/intro")).isTrue();
    assertThat(Names.isSlug("a/../b")).isFalse();
    assertThat(Names.isSlug("a//b")).isFalse();
    assertThat(Names.isLayout("guide/goal")).isTrue();
    assertThat(Names.isLayout("guide/../goal")).isFalse();
  }
}
