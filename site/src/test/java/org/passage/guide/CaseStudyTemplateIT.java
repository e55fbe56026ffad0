package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.testing.TestSite;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The case-study template that CONTRIBUTING.md hands to authors lists every field of the guide's
 * case-studies collection and nothing else; filled in, it builds with the guide's own site.yml,
 * data and themes without a problem; left as it is, the check stops at each list still holding
 * TODO. A field added to (or dropped from) the collection fails here until the template follows.
 */
class CaseStudyTemplateIT {
  static final Path TEMPLATE = GuideSite.REPO.resolve("docs/templates/case-study.md");

  /** What an author writes for each field, in place of the template's TODO values. */
  static final Map<String, String> FILLED = Map.ofEntries(
      Map.entry("title", "\"Naga City: migration in the city development plan\""),
      Map.entry("summary", "\"The city wrote migration into its development plan, with its residents abroad.\""),
      Map.entry("countries", "[PHL]"),
      Map.entry("levels", "[local]"),
      Map.entry("actors", "[local-authorities, civil-society]"),
      Map.entry("years", "\"2011–2012\""),
      Map.entry("targets", "[\"10.7\", \"11.3\"]"),
      Map.entry("objectives", "[19, 23]"),
      Map.entry("themes", "[local-development, planning]"),
      Map.entry("sources", "\n  - https://www.naga.gov.ph/"),
      Map.entry("discussion", "\n  - \"Who in your city would lead such a plan?\""));

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void theTemplateListsEveryFieldOfTheCollection() throws IOException {
    Map<String, Object> site = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(GuideSite.REPO.resolve("content/site.yml")));
    Map<String, Object> collection = (Map<String, Object>) ((Map<String, Object>) site.get("collections")).get("case-studies");
    Set<String> fields = new TreeSet<>(((Map<String, Object>) collection.get("fields")).keySet());
    fields.add("title");
    assertThat(new TreeSet<>(frontMatter(Files.readString(TEMPLATE)).keySet())).isEqualTo(fields);
    assertThat(new TreeSet<>(FILLED.keySet())).as("this test fills every field").isEqualTo(fields);
    // Each required field says so, in the words CONTRIBUTING.md uses.
    String template = Files.readString(TEMPLATE);
    ((Map<String, Object>) collection.get("fields")).forEach((name, spec) -> {
      boolean required = spec instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("required"));
      String note = noteAbove(template, name);
      assertThat(note).as("the note above %s", name).startsWith(required ? "# REQUIRED." : "# Optional.");
    });
  }

  @Test
  void filledInItBuildsWithTheGuidesRulesWithoutAProblem() throws Exception {
    TestSite site = guideRules();
    String filled = fill(Files.readString(TEMPLATE));
    assertThat(frontMatter(filled).toString()).doesNotContain("TODO");
    // The body's TODO notes are the author's to replace with text; here they go.
    Files.writeString(dir.resolve("content/en/case-studies/naga-city-development-plan.md"), filled.replace("TODO: ", "").replace("TODO", ""));
    TestSite.Result out = site.build();
    assertThat(out.problems()).isEmpty();
    var page = out.html("en/case-studies/naga-city-development-plan.html");
    assertThat(page.selectFirst("main h1").text()).isEqualTo("Naga City: migration in the city development plan");
    assertThat(page.select("main h2").eachText()).contains("Context", "What was done", "Actors and coordination", "Results and challenges", "Lessons for practitioners");
  }

  @Test
  void leftAsItIsTheCheckStopsAtEachListStillHoldingTodo() throws Exception {
    TestSite site = guideRules();
    Files.copy(TEMPLATE, dir.resolve("content/en/case-studies/my-case.md"));
    TestSite.Result out = site.build();
    assertThat(out.ok()).isFalse();
    List<String> fields = new ArrayList<>();
    for (String p : out.problems()) {
      assertThat(p).startsWith("content/en/case-studies/my-case.md:").contains(": error: ");
      fields.add(p.contains("\"sources\"") ? "sources" : p.replaceAll(".*unknown ([^\"]+) \"TODO\".*", "$1"));
    }
    assertThat(fields).containsExactly("country", "level of governance", "actor type", "SDG target", "GCM objective", "sources");
  }

  /** A project with the guide's site.yml, data and themes, a home page per language and nothing else. */
  private TestSite guideRules() throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/en/index.md --
        # Home
        -- content/en/case-studies/index.md --
        # Case studies
        -- content/fr/index.md --
        # Accueil
        -- content/es/index.md --
        # Inicio
        """);
    Files.copy(GuideSite.REPO.resolve("content/site.yml"), dir.resolve("content/site.yml"));
    copyTree(GuideSite.REPO.resolve("content/data"), dir.resolve("content/data"));
    copyTree(GuideSite.REPO.resolve("themes"), dir.resolve("themes"));
    return site;
  }

  /** The template with each field's value replaced by what an author writes. */
  static String fill(String template) {
    StringBuilder out = new StringBuilder();
    String skipping = null;
    for (String line : template.split("\n", -1)) {
      if (skipping != null && line.startsWith("  - ")) {
        continue; // the template's list items, replaced with the field
      }
      skipping = null;
      int colon = line.indexOf(':');
      String key = colon > 0 && !line.startsWith("#") && !line.startsWith(" ") ? line.substring(0, colon) : null;
      if (key != null && FILLED.containsKey(key)) {
        String value = FILLED.get(key);
        out.append(key).append(':').append(value.startsWith("\n") ? value : " " + value).append('\n');
        skipping = key;
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> frontMatter(String page) {
    String[] parts = page.split("(?m)^---$", 3);
    Object fm = new Load(LoadSettings.builder().build()).loadFromString(parts[1]);
    return fm == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) fm);
  }

  /** The first line of the comment block right above {@code field:}. */
  private static String noteAbove(String template, String field) {
    List<String> lines = List.of(template.split("\n"));
    int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(field + ":")).findFirst().orElseThrow());
    int start = at;
    while (start > 0 && lines.get(start - 1).startsWith("#")) {
      start--;
    }
    return lines.get(start);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
