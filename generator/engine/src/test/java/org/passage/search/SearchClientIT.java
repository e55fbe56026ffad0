package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.testing.TestSite;

/** A theme's own search UI runs on the engine Passage ships: same hits, same scores as the default client. */
class SearchClientIT {
  @TempDir Path dir;

  @Test
  void aThemesUiSearchesWithTheEngine() throws Exception {
    var site = TestSite.write(dir, """
        -- content/site.yml --
        title: T
        -- content/index.md --
        # Home
        Rivers and hills.
        -- content/rivers.md --
        # Rivers
        Water flows in rivers.
        -- content/_theme/search/ui.js --
        // a theme's UI: only the public API
        global.themeSearch = function (q, done) {
          Passage.search(q, { limit: -1, snippets: false }).then(function (r) {
            done(r.hits.map(function (h) { return h.url + ' ' + h.score; }).join('\\n'));
          });
        };
        """);
    new Passage(site.config(), Optional.of(new LuceneSearchIndexer())).build();
    Path custom = site.output().resolve("assets/search/passage-search.js");
    try (JsClient theme = new JsClient(site.output(), custom); JsClient shipped = new JsClient(site.output())) {
      String fromTheme = theme.await("new Promise(function (resolve) { themeSearch('rivers', resolve); })");
      assertThat(fromTheme).startsWith("ROOT/rivers.html ").contains("ROOT/index.html ");
      assertThat(fromTheme).isEqualTo(shipped.await(
          "Passage.search('rivers', { limit: -1, snippets: false }).then(function (r) {"
              + " return r.hits.map(function (h) { return h.url + ' ' + h.score; }).join('\\n'); })"));
      assertThat(theme.await("Promise.resolve(typeof Passage.prefetch)")).isEqualTo("function");
    }
  }
}
