package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

class LinksTest {
  @TempDir Path dir;

  @Test
  void linksToMarkdownFilesBecomeRelativeLinksToTheirPages() throws Exception {
    var out = TestSite.write(dir, """
        -- content/guide/index.md --
        # Guide
        -- content/guide/step-1.md --
        See [step 2](step-2.md#consultations), [the guide](./), [home](../index.md) and [below](#here).

        ## Here
        -- content/guide/step-2.md --
        ## Consultations
        -- content/index.md --
        [Step 1](guide/step-1.md) ![map](img/map.png)
        -- content/img/map.png --
        png
        """).build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("guide/step-1.html"))
        .contains("<a href=\"step-2.html#consultations\">step 2</a>")
        .contains("<a href=\"index.html\">the guide</a>")
        .contains("<a href=\"../index.html\">home</a>")
        .contains("<a href=\"#here\">below</a>");
    assertThat(out.content("index.html")).contains("<a href=\"guide/step-1.html\">Step 1</a>").contains("<img src=\"img/map.png\" alt=\"map\">");
    assertThat(out.exists("img/map.png")).isTrue();
  }

  @Test
  void brokenLinksAreErrorsAtTheirLineAndColumn() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        links: strict
        -- content/a.md --
        ---
        title: A
        ---
        Go to [b](b.md) or [c](c.md).

        [anchor](b.md#nowhere) and [self](#missing) ![x](pics/none.png)

        [out](../../etc/passwd.md) [root](/b.md) [js](javascript:alert(1)) [gone](/nowhere.md)
        -- content/b.md --
        ## Somewhere
        """).build();
    assertThat(out.ok()).isFalse();
    assertThat(out.problems()).containsExactly(
        "content/a.md:4:20: error: link to missing page \"c.md\" (no page at c.md)",
        "content/a.md:6:1: error: link to missing heading \"#nowhere\" in b.md (that page has no heading with this id)",
        "content/a.md:6:28: error: link to missing heading \"#missing\" (headings on this page: )",
        "content/a.md:6:45: error: missing image \"pics/none.png\" (no file at pics/none.png)",
        "content/a.md:8:1: error: link \"../../etc/passwd.md\" leaves the content folder, so it is kept as written and not checked (link to a page of the content folder, or to a full web address)",
        "content/a.md:8:42: error: URL scheme \"javascript:\" is not allowed in \"javascript:alert(1)\" (link to a page of the site or to a web address (http, https, mailto …))",
        "content/a.md:8:68: error: link to missing page \"/nowhere.md\" (no page at nowhere.md)");
    assertThat(out.exists("a.html")).isFalse();
  }

  @Test
  void termLinksPointToTermPagesAndUnknownTermsSuggestTheClosest() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        taxonomies:
          targets:
            singular: SDG target
            terms: {data: targets, key: id, label: label}
        -- content/data/targets.yml --
        - id: "10.7"
          label: Safe migration
        -- content/a.md --
        [10.7](term:targets/10.7) and [typo](term:targets/10.77) and [bad](term:goals/1)
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:31: error: unknown SDG target \"10.77\" in term link (did you mean \"10.7\"?)",
        "content/a.md:1:62: error: unknown taxonomy \"goals\" in \"term:goals/1\" (declare it under taxonomies in site.yml)");
  }
}
