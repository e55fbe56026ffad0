package org.passage.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * A symbolic link is followed only when it stays inside its folder (content, or a theme).
 * (Issue 11, item 2: a link to /etc/passwd or /proc/self/environ used to be published as a page.)
 */
class SymlinkTest {
  @TempDir Path dir;

  @Test
  void linksOutOfTheContentFolderAreErrorsNamingTheLinkAndNothingIsPublished() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOKEN=hunter2\n");
    Path secretDir = dir.resolve("elsewhere");
    Files.createDirectories(secretDir);
    Files.writeString(secretDir.resolve("notes.md"), "# Private\n");
    var site = TestSite.write(dir.resolve("p"), """
        -- content/a.md --
        # A
        """);
    Path content = site.root().resolve("content");
    Files.createSymbolicLink(content.resolve("passwd.md"), secret);
    Files.createSymbolicLink(content.resolve("env.txt"), secret);
    Files.createSymbolicLink(content.resolve("private"), secretDir);
    Files.createDirectories(content.resolve("data"));
    Files.createSymbolicLink(content.resolve("data/leak.yml"), secret);
    var out = site.build();
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).containsExactly(
        "content/data/leak.yml: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder content (links are followed only inside the content folder: copy the file in, or remove the link)",
        "content/env.txt: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder content (links are followed only inside the content folder: copy the file in, or remove the link)",
        "content/passwd.md: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder content (links are followed only inside the content folder: copy the file in, or remove the link)",
        "content/private: error: is a symbolic link to " + secretDir.toRealPath() + ", outside the folder content (links are followed only inside the content folder: copy the file in, or remove the link)");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void linksInsideTheContentFolderAreFollowed() throws Exception {
    var site = TestSite.write(dir, """
        -- content/guide/real.md --
        # Real page

        Body text.
        -- content/shared/logo.txt --
        logo
        """);
    Path content = site.root().resolve("content");
    Files.createSymbolicLink(content.resolve("alias.md"), content.resolve("guide/real.md"));
    Files.createSymbolicLink(content.resolve("assets"), content.resolve("shared"));
    Files.createSymbolicLink(content.resolve("guide/loop"), content.resolve("guide"));
    var out = site.build();
    assertThat(out.problems()).containsExactly(
        "content/guide/loop: error: is a symbolic link that makes a loop (links are followed only inside the content folder: copy the file in, or remove the link)");
    Files.delete(content.resolve("guide/loop"));
    out = site.build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("alias.html")).contains("Body text.");
    assertThat(out.file("assets/logo.txt")).isEqualTo("logo\n");
  }

  @Test
  void themeOverridesAndThemesCannotLinkOutEither() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOKEN=hunter2\n");
    var site = TestSite.write(dir.resolve("p"), """
        -- content/a.md --
        # A
        -- content/_theme/partials/keep.peb --
        {# a real override #}
        -- themes/mine/theme.yml --
        extends: default
        -- content/site.yml --
        theme: mine
        """);
    Path root = site.root();
    Files.createSymbolicLink(root.resolve("content/_theme/partials/footer.peb"), secret);
    Files.createDirectories(root.resolve("content/_theme/assets"));
    Files.createSymbolicLink(root.resolve("content/_theme/assets/env.txt"), secret);
    Files.createDirectories(root.resolve("themes/mine/layouts"));
    Files.createSymbolicLink(root.resolve("themes/mine/layouts/page.peb"), secret);
    var out = site.build();
    String hint = " (a theme's links are followed only inside the theme's folder: copy the file in, or remove the link)";
    assertThat(out.problems()).containsExactly(
        "content/_theme/assets/env.txt: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder _theme" + hint,
        "content/_theme/partials/footer.peb: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder _theme" + hint,
        "themes/mine/layouts/page.peb: error: is a symbolic link to " + secret.toRealPath() + ", outside the folder mine" + hint);
    assertThat(site.output()).doesNotExist();
  }
}
