package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/**
 * Markdown from a pull request cannot put a script into a page, and brace text is not eaten by
 * the attribute syntax. (Issue 11, items 3, 4, 5, 8 and 9.)
 */
class UnsafeMarkdownTest {
  @TempDir Path dir;

  @Test
  void attributesCannotSetEventHandlersStylesOrAddresses() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        ![p](p.png){src=x onerror=alert(4)}

        [a](https://example.org){onclick=alert(1) href="javascript:alert(3)" .button #go}

        Text with a style.
        {style="background:url(javascript:alert(5))" data-kind=note}
        -- content/p.png --
        png
        """).build();
    assertThat(out.ok()).isTrue();
    String hint = " (links and images take their address from the Markdown, and pages run no scripts)";
    String only = "was left out: a page may set only id, class, title, lang, dir, width, height and data-* attributes";
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:12: warning: attribute \"onerror\" " + only + hint,
        "content/a.md:1:12: warning: attribute \"src\" " + only + hint,
        "content/a.md:3:25: warning: attribute \"href\" " + only + hint,
        "content/a.md:3:25: warning: attribute \"onclick\" " + only + hint,
        "content/a.md:6:1: warning: attribute \"style\" " + only + hint);
    String html = out.content("a.html");
    assertThat(html).contains("<img src=\"p.png\" alt=\"p\">")
        .contains("<a href=\"https://example.org\" class=\"button\" id=\"go\">a</a>")
        .contains("<p data-kind=\"note\">Text with a style.</p>")
        .doesNotContain("onerror").doesNotContain("onclick").doesNotContain("javascript").doesNotContain("style=");
  }

  @Test
  void braceTextThatIsNotAnAttributeListStaysText() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        Use the {placeholder} syntax.

        Templates write {{ name }} and {{name}}.

        A set {a, b} and a brace at the end {x}

        ## A heading {#custom}

        `code`{.lang} then *stress*{.strong} and text{.kept} in the middle.
        """).build();
    assertThat(out.problems()).isEmpty();
    String html = out.content("a.html");
    assertThat(html)
        .contains("<p>Use the {placeholder} syntax.</p>")
        .contains("<p>Templates write {{ name }} and {{name}}.</p>")
        .contains("<p>A set {a, b} and a brace at the end {x}</p>")
        .contains("<h2 id=\"custom\">A heading")
        .contains("<code class=\"lang\">code</code>")
        .contains("<em class=\"strong\">stress</em>")
        .contains("and text{.kept} in the middle.");
  }

  @Test
  void everyURLFollowsOnePolicyWhateverItsCaseOrEncoding() throws Exception {
    var out = TestSite.write(dir, """
        -- content/a.md --
        <JavaScript:alert(2)>

        [x](JAVASCRIPT:alert(1)) [y](&#106;avascript:alert(1)) [z](java&#x09;script:alert(1))

        [d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![ok](data:image/png;base64,iVBORw0KGgo=)

        [v](vbscript:msgbox) [f](file:///etc/passwd) [ref]

        [ref]: javascript:alert(9)

        Fine: <https://example.org/a?b=1> [mail](mailto:someone@example.org) www.example.org
        """).build();
    assertThat(out.ok()).isFalse();
    String hint = " (link to a page of the site or to a web address (http, https, mailto …))";
    assertThat(out.problems()).containsExactly(
        "content/a.md:1:1: error: URL scheme \"javascript:\" is not allowed in \"JavaScript:alert(2)\"" + hint,
        "content/a.md:3:1: error: URL scheme \"javascript:\" is not allowed in \"JAVASCRIPT:alert(1)\"" + hint,
        "content/a.md:3:26: error: URL scheme \"javascript:\" is not allowed in \"&#106;avascript:alert(1)\"" + hint,
        "content/a.md:3:56: error: URL scheme \"javascript:\" is not allowed in \"java&#x09;script:alert(1)\"" + hint,
        "content/a.md:5:1: error: URL scheme \"data:\" is not allowed in \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"" + hint,
        "content/a.md:7:1: error: URL scheme \"vbscript:\" is not allowed in \"vbscript:msgbox\"" + hint,
        "content/a.md:7:22: error: URL scheme \"file:\" is not allowed in \"file:///etc/passwd\"" + hint,
        "content/a.md:9:1: error: URL scheme \"javascript:\" is not allowed in \"javascript:alert(9)\"" + hint);
    assertThat(out.exists("a.html")).isFalse();
  }

  @Test
  void abbreviationsFromDataNeverBecomeMarkdown() throws Exception {
    var out = TestSite.write(dir, """
        -- content/site.yml --
        markdown:
          abbreviations: {data: glossary, key: abbr, title: term}
        -- content/data/glossary.yml --
        - abbr: "Q]: x\\n\\n<JavaScript:alert(1)>\\n\\n*[Q2"
          term: Hostile
        - abbr: GCM
          term: "Global Compact\\n\\n<script>alert(1)</script> [x](javascript:alert(2))"
        -- content/a.md --
        The GCM and Q2.
        """).build();
    assertThat(out.problems()).containsExactly(
        "content/data/glossary.yml:1:9: error: an abbreviation must be one line of text (write the short form only, e.g. abbr: GCM)");
    Files.writeString(dir.resolve("content/data/glossary.yml"), """
        - abbr: GCM
          term: "Global Compact\\n\\n<script>alert(1)</script> [x](javascript:alert(2))"
        - abbr: XSS
          term: "\\" onmouseover=\\"alert(3)"
        """);
    out = TestSite.write(dir, "-- content/b.md --\nAn XSS and the GCM.\n").build();
    assertThat(out.problems()).isEmpty();
    assertThat(out.content("a.html"))
        .isEqualTo("<p>The <abbr title=\"Global Compact &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(2))\">GCM</abbr> and Q2.</p>");
    assertThat(out.content("b.html"))
        .isEqualTo("<p>An <abbr title=\"&quot; onmouseover=&quot;alert(3)\">XSS</abbr> and the <abbr title=\"Global Compact &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(2))\">GCM</abbr>.</p>");
  }

  @Test
  void aPageThatTakesTooLongToConvertIsStoppedAndNamed() throws Exception {
    var site = TestSite.write(dir, """
        -- content/fine.md --
        # Fine
        """);
    Files.writeString(dir.resolve("content/slow.md"), "# Slow\n\n" + "[".repeat(40_000) + "a" + "](".repeat(40_000) + "\n");
    Files.writeString(dir.resolve("content/deep.md"), "# Deep\n\n" + "> ".repeat(100_000) + "a\n");
    long start = System.nanoTime();
    var out = site.build(site.config().withPageBudget(Duration.ofMillis(300)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    // The deep page either overflows the converting thread's stack or runs out of time, depending
    // on the thread (stack sizes differ); either way it is one error naming it, never a crash.
    assertThat(out.problems()).hasSize(2);
    assertThat(out.problems().get(0)).matches("content/deep\\.md:1: error: (this page nests blocks or inline elements too deeply to convert|converting this page took longer than 300 ms, so it was stopped) .*");
    assertThat(out.problems().get(1)).isEqualTo(
        "content/slow.md:1: error: converting this page took longer than 300 ms, so it was stopped (some shapes of Markdown take the parser very long, such as thousands of nested brackets: simplify the page or split it)");
    assertThat(out.ok()).isFalse();
  }
}
