package org.passage.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.paths.Urls;
import org.passage.testing.LinkCheck;
import org.passage.testing.TestSite;

/**
 * File names with characters that mean something in a URL still give working links: every URL the
 * output holds is percent-encoded. (Issue 11, item 10.)
 */
class OutputUrlsTest {
  @TempDir Path dir;

  @Test
  void pagesNamedWithHashQuestionMarkPercentOrSpacesAreLinkedCorrectly() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        baseUrl: https://example.org/docs/
        -- content/index.md --
        # Home

        [hash](hash%23tag.md) [what](what%3F.md) [pct](pct%2520enc.md) [space](with%20space.md) [deep](a%20b/c.md#part)
        -- content/hash#tag.md --
        # Hash
        -- content/what?.md --
        # What
        -- content/pct%20enc.md --
        # Percent
        -- content/with space.md --
        # Space
        -- content/a b/index.md --
        # Folder
        -- content/a b/c.md --
        # C

        ## Part
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("index.html"))
        .contains("href=\"hash%23tag.html\"")
        .contains("href=\"what%3F.html\"")
        .contains("href=\"pct%2520enc.html\"")
        .contains("href=\"with%20space.html\"")
        .contains("href=\"a%20b/c.html#part\"");
    assertThat(out.exists("hash#tag.html")).isTrue();
    assertThat(out.exists("what?.html")).isTrue();
    assertThat(out.exists("pct%20enc.html")).isTrue();
    // Navigation, breadcrumbs and the sitemap use the same encoding.
    assertThat(out.html("a b/c.html").select("nav a").eachAttr("href")).contains("../what%3F.html", "../hash%23tag.html");
    assertThat(out.file("sitemap.xml")).contains("<loc>https://example.org/docs/what%3F.html</loc>").contains("<loc>https://example.org/docs/a%20b/c.html</loc>");
    assertThat(LinkCheck.broken(out.output())).isEmpty();
  }

  @Test
  void encodingLeavesOrdinaryPathsAndOtherScriptsAlone() {
    assertThat(Urls.encodePath("en/sdgs/goal-10.html")).isEqualTo("en/sdgs/goal-10.html");
    assertThat(Urls.encodePath("fr/étapes/Überblick.html")).isEqualTo("fr/étapes/Überblick.html");
    assertThat(Urls.encodePath("a b/c#d?e%f\"g.html")).isEqualTo("a%20b/c%23d%3Fe%25f%22g.html");
    assertThat(Urls.href("a b/x.html", "a b/y z.html")).isEqualTo("y%20z.html");
  }
}
