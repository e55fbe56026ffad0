package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;

/** The client pages load: the engine's modules and the theme's UI assembled into one classic script. */
class SearchClientTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: T
      -- content/index.md --
      # Home
      Rivers and hills.
      """;

  @Test
  void theEngineModulesRunInTheirOrderEachInItsOwnScopeAndTheUiLast() {
    String js = SearchClient.assemble("// the UI\n");
    int at = -1;
    for (String module : SearchClient.ENGINE_MODULES) {
      int next = js.indexOf("// ---- " + module + "\n(function (engine, global) {\n");
      assertThat(next).as(module).isGreaterThan(at);
      at = next;
    }
    assertThat(js.indexOf("// ---- search/ui.js (the theme's)\n(function (Passage, global) {\n// the UI\n})(global.Passage, global);\n"))
        .isGreaterThan(at);
    assertThat(js).startsWith("/*\n * Passage search client").endsWith("})(typeof self !== 'undefined' ? self : this);\n");
    assertThat(js).isEqualTo(SearchClient.assemble("// the UI\n"));
    assertThat(SearchClient.assemble(null)).doesNotContain("search/ui.js (the theme's)").contains("var Passage = global.Passage");
  }

  @Test
  void aBuildShipsTheDefaultThemesUi() throws Exception {
    var site = TestSite.write(dir, SITE);
    var result = site.build();
    assertThat(result.ok()).as(result.problems().toString()).isTrue();
    String client = result.file("assets/search/passage-search.js");
    assertThat(client).contains("function setupBox()", "async function search(query, options)");
    assertThat(site.output().resolve("assets/search/ui.js")).doesNotExist();
    assertThat(result.file("index.html")).contains("assets/search/passage-search.js");
  }

  @Test
  void aThemeReplacesTheUiAndKeepsTheEngine() throws Exception {
    var site = TestSite.write(dir, SITE + """
        -- content/_theme/search/ui.js --
        global.customUi = Passage.search;
        """);
    var result = site.build();
    assertThat(result.ok()).as(result.problems().toString()).isTrue();
    String client = result.file("assets/search/passage-search.js");
    assertThat(client).isEqualTo(SearchClient.assemble("global.customUi = Passage.search;\n"));
    assertThat(client).doesNotContain("function setupBox()");
    assertThat(Files.readString(site.output().resolve("assets/search/passage-search.js"))).contains("function scoreCore(");
  }
}
