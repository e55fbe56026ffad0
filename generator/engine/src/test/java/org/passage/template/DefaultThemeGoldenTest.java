package org.passage.template;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.Golden;
import org.passage.testing.TestSite;

/**
 * One page per layout of the default theme, and the site files written without a theme template,
 * pinned byte for byte: a change to the theme or to what templates receive shows in review as a
 * diff of {@code src/test/resources/golden/default-theme/}.
 */
class DefaultThemeGoldenTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Field notes
      description: Notes from the field.
      baseUrl: https://notes.example.org/docs/
      taxonomies:
        regions:
          title: Regions
          singular: region
          terms: {data: regions, key: id, label: name}
      -- content/data/regions.yml --
      - id: north
        name: The north
        description: Upland districts.
      - id: south
        name: The south
      -- content/index.md --
      # Field notes
      Start with [the first visit](visits/first.md).
      -- content/visits/index.md --
      ---
      title: Visits
      description: Every visit, in order.
      ---
      Visits made so far.
      -- content/visits/first.md --
      ---
      title: The first visit
      regions: [north]
      aliases: [/old/first-visit.html]
      weight: 1
      ---
      We met the [district team](second.md#team) on a Monday.

      ## What we saw
      | Place | People |
      |---|---|
      | Market | 40 |

      ```sh
      echo "notes"
      ```
      -- content/visits/second.md --
      ---
      title: The second visit
      regions: [north, south]
      weight: 2
      ---
      ## The team {#team}
      - [x] Met the team
      - [ ] Wrote the report
      """;

  @Test
  void eachLayoutOfTheDefaultThemeRendersAsBefore() throws Exception {
    var out = TestSite.write(dir, SITE).build();
    Golden.assertMatches("default-theme/problems.txt", String.join("\n", out.problems()) + "\n", "The fixture's warnings changed.");
    List<String> files = List.of(
        "index.html",              // home
        "visits/index.html",       // section
        "visits/first.html",       // page
        "regions/index.html",      // taxonomy
        "regions/north.html",      // term
        "search.html",             // search
        "404.html",                // 404
        "print.html",              // print
        "old/first-visit.html",    // redirect
        "sitemap.xml",
        "robots.txt");
    for (String f : files) {
      Golden.assertMatches("default-theme/" + f, out.file(f), "The default theme's output for " + f + " changed.");
    }
  }
}
