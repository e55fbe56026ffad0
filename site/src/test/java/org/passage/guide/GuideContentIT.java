package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * The guide's content holds what the guide promises: all goals, targets and objectives, enough
 * case studies with sources, and generated listings that match the front matter they come from.
 */
class GuideContentIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  static YNode yaml(String path) throws IOException {
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(Files.readString(CONTENT.resolve(path)), path, 1, d).orElseThrow();
    assertThat(d.sorted()).isEmpty();
    return node;
  }

  @Test
  void dataHasEveryGoalTargetObjectiveAndPrinciple() throws Exception {
    assertThat(yaml("data/sdg/goals.yml").list()).hasSize(17);
    List<YNode> targets = yaml("data/sdg/targets.yml").list();
    assertThat(targets).hasSize(169);
    assertThat(targets.stream().map(t -> t.get("id").asText()).distinct().count()).isEqualTo(169);
    assertThat(targets.stream().filter(t -> "direct".equals(t.get("relevance").asText())).map(t -> t.get("id").asText()))
        .containsExactlyInAnyOrder("3.c", "4.b", "5.2", "8.5", "8.7", "8.8", "10.7", "10.c", "16.2", "17.3", "17.18");
    for (YNode t : targets) {
      assertThat(t.get("label").asText().split("\\s+").length).as("label of %s", t.get("id").asText()).isLessThanOrEqualTo(15);
    }
    assertThat(yaml("data/gcm/objectives.yml").list()).hasSize(23);
    assertThat(yaml("data/gcm/principles.yml").list()).hasSize(10);
    assertThat(yaml("data/glossary.yml").list()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void everyGoalAndEveryMigrationRelevantTargetHasAPage() throws Exception {
    for (int g = 1; g <= 17; g++) {
      assertThat(site.resolve("en/goals/" + g + ".html")).isRegularFile();
      assertThat(site.resolve(String.format("en/sdgs/goal-%02d.html", g))).isRegularFile();
    }
    for (YNode t : yaml("data/sdg/targets.yml").list()) {
      if (!"none".equals(t.get("relevance").asText())) {
        Document page = Jsoup.parse(Files.readString(site.resolve("en/targets/" + t.get("id").asText() + ".html")));
        assertThat(page.selectFirst("main h1").text()).contains(t.get("id").asText());
      }
    }
  }

  @Test
  void atLeastThirtyCaseStudiesEachWithSourcesTargetsAndEnoughWords() throws Exception {
    Map<String, YNode> cases = caseStudies();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    cases.forEach((slug, fm) -> {
      assertThat(fm.get("sources").list()).as("sources of %s", slug).isNotEmpty();
      assertThat(fm.get("targets").list()).as("targets of %s", slug).isNotEmpty();
      try {
        Document page = Jsoup.parse(Files.readString(site.resolve("en/case-studies/" + slug + ".html")));
        int words = page.select("main .content").text().split("\\s+").length;
        assertThat(words).as("words in %s", slug).isGreaterThanOrEqualTo(350);
        assertThat(page.select("main .content h2").eachText()).as("sections of %s", slug)
            .containsSubsequence("Context", "What was done", "Actors and coordination", "Results and challenges", "Lessons for practitioners");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void everyTargetAndObjectivePageListsExactlyTheCaseStudiesThatReferenceIt() throws Exception {
    Map<String, YNode> cases = caseStudies();
    Map<String, Set<String>> byTarget = new TreeMap<>();
    Map<String, Set<String>> byObjective = new TreeMap<>();
    Map<String, Set<String>> byCountry = new TreeMap<>();
    Map<String, Set<String>> byLevel = new TreeMap<>();
    Map<String, Set<String>> byActor = new TreeMap<>();
    Map<String, Set<String>> byGoal = new TreeMap<>();
    Map<String, String> goalOfTarget = new TreeMap<>();
    yaml("data/sdg/targets.yml").list().forEach(t -> goalOfTarget.put(t.get("id").asText(), t.get("goal").asText()));
    cases.forEach((slug, fm) -> {
      fm.get("levels").list().forEach(t -> byLevel.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug));
      fm.get("actors").list().forEach(t -> byActor.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug));
      // A case study tagged with a target belongs to that target's goal too.
      fm.get("targets").list().forEach(t -> byGoal.computeIfAbsent(goalOfTarget.get(t.asText()), k -> new TreeSet<>()).add(slug));
      fm.get("targets").list().forEach(t -> byTarget.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug));
      fm.get("countries").list().forEach(t -> byCountry.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug));
      if (fm.get("objectives") != null) {
        fm.get("objectives").list().forEach(t -> byObjective.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug));
      }
    });
    assertThat(byTarget).isNotEmpty();
    for (YNode t : yaml("data/sdg/targets.yml").list()) {
      String id = t.get("id").asText();
      assertThat(listedCaseStudies("en/targets/" + id + ".html")).as("case studies on target %s", id).isEqualTo(byTarget.getOrDefault(id, Set.of()));
    }
    for (int o = 1; o <= 23; o++) {
      assertThat(listedCaseStudies("en/objectives/" + o + ".html")).as("case studies on objective %s", o).isEqualTo(byObjective.getOrDefault(String.valueOf(o), Set.of()));
    }
    for (int g = 1; g <= 17; g++) {
      assertThat(listedCaseStudies("en/goals/" + g + ".html")).as("case studies on goal %s", g).isEqualTo(byGoal.getOrDefault(String.valueOf(g), Set.of()));
      assertThat(listedCaseStudies(String.format("en/sdgs/goal-%02d.html", g))).as("case studies on the guide's goal %s page", g)
          .containsAll(byGoal.getOrDefault(String.valueOf(g), Set.of()));
    }
    byLevel.forEach((id, slugs) -> {
      try {
        assertThat(listedCaseStudies("en/levels/" + id + ".html")).as("case studies at level %s", id).isEqualTo(slugs);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    byActor.forEach((id, slugs) -> {
      try {
        assertThat(listedCaseStudies("en/actors/" + id + ".html")).as("case studies with actor %s", id).isEqualTo(slugs);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(byLevel).containsKeys("national", "local");
    byCountry.forEach((code, slugs) -> {
      try {
        assertThat(listedCaseStudies("en/countries/" + code.toLowerCase(java.util.Locale.ROOT) + ".html")).as("case studies in %s", code).isEqualTo(slugs);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void goalColoursInTheThemeMatchTheDataAndTheirInkIsReadable() throws Exception {
    String css = Files.readString(REPO.resolve("themes/sdg-guide/assets/css/guide.css"));
    var rule = java.util.regex.Pattern.compile("\\.goal-(\\d+) \\{ --goal: (#[0-9A-Fa-f]{6}); --goal-ink: (#[0-9a-fA-F]{6}); \\}");
    Map<String, String[]> colours = new TreeMap<>();
    var m = rule.matcher(css);
    while (m.find()) {
      colours.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }
    List<YNode> goals = yaml("data/sdg/goals.yml").list();
    assertThat(colours).hasSize(goals.size());
    for (YNode g : goals) {
      String[] c = colours.get(g.get("number").asText());
      assertThat(c[0]).as("colour of goal %s", g.get("number").asText()).isEqualToIgnoringCase(g.get("colour").asText());
      assertThat(contrast(c[0], c[1])).as("ink on goal %s", g.get("number").asText()).isGreaterThanOrEqualTo(4.5);
    }
  }

  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /** Case-study pages linked from inside {@code <main>} of a generated page, by slug. */
  private static Set<String> listedCaseStudies(String sitePath) throws IOException {
    Path page = site.resolve(sitePath);
    Document doc = Jsoup.parse(Files.readString(page));
    Set<String> out = new TreeSet<>();
    for (var a : doc.select("main a[href]")) {
      Path target = page.getParent().resolve(a.attr("href").replaceAll("#.*$", "")).normalize();
      Path rel = site.resolve("en/case-studies").relativize(target);
      if (target.startsWith(site.resolve("en/case-studies")) && rel.getNameCount() == 1 && !rel.toString().equals("index.html")) {
        out.add(rel.toString().replace(".html", ""));
      }
    }
    return out;
  }

  private static Map<String, YNode> caseStudies() throws IOException {
    Map<String, YNode> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(CONTENT.resolve("en/case-studies"))) {
      s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).sorted().forEach(files::add);
    }
    for (Path f : files) {
      String text = Files.readString(f);
      String fm = text.substring(4, text.indexOf("\n---", 4));
      Diagnostics d = new Diagnostics();
      out.put(f.getFileName().toString().replace(".md", ""), YamlReader.read(fm, f.toString(), 2, d).orElseThrow());
    }
    return out;
  }
}
