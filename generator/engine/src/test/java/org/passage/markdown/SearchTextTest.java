package org.passage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passage.config.SiteConfig.HtmlPolicy;
import org.passage.config.SiteConfig.Language;
import org.passage.content.SourcePage;
import org.passage.diagnostics.Diagnostics;

/** The plain text that search indexes: split at h2, words kept apart, markup left out. */
class SearchTextTest {
  private static final LinkTargets NONE = new LinkTargets() {
    @Override
    public Optional<String> pageOutput(String contentPath) {
      return Optional.of("a.html");
    }

    @Override
    public boolean assetExists(String contentPath) {
      return false;
    }

    @Override
    public Optional<String> termOutput(String languageDir, String taxonomy, String term) {
      return Optional.empty();
    }
  };

  @Test
  void sectionsSplitAtLevelTwoHeadingsWithWordsKeptApart() {
    String md = """
        Intro with **bold** and `code`.

        ## Costs {#costs}

        | Indicator | Unit |
        |-----------|------|
        | 10.c.1    | percent |

        ### Detail
        A [link](https://example.org) and <b>raw</b>.
        """;
    Diagnostics d = new Diagnostics();
    ConvertedPage page = new MarkdownConverter(new org.passage.config.SiteConfig.MarkdownConfig(HtmlPolicy.ESCAPE, java.util.Optional.empty(), false), SiteAbbreviations.NONE, NONE, java.time.Duration.ofSeconds(10)).convert(new SourcePage("a.md", "content/a.md", new Language("en", "English", ""), null, md, 1), d);
    assertThat(d.sorted()).isEmpty();
    List<TextSection> sections = page.sections();
    assertThat(sections).hasSize(2);
    assertThat(sections.get(0)).isEqualTo(new TextSection("", "", "", "Intro with bold and code."));
    assertThat(sections.get(1).heading()).isEqualTo("Costs");
    assertThat(sections.get(1).anchor()).isEqualTo("costs");
    assertThat(sections.get(1).headings()).isEqualTo("Detail");
    assertThat(sections.get(1).text()).isEqualTo("Indicator Unit \n10.c.1 percent\nA link and raw.");
  }
}
