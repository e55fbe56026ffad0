package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * Issue 16, coverage: the guide has Sub-Saharan African case studies beyond Ghana at national and
 * local level, a case study on digital services that the digital-service-providers actor page lists,
 * and the new case studies carry the full five-part shape, sources and workshop questions.
 */
class GuideCaseCoverageAfricaIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");
  private static final String SUB_SAHARAN = "Sub-Saharan Africa";
  private static final String DIGITAL = "digital-service-providers";
  /** The case studies written for this part of issue 16. */
  private static final List<String> NEW_CASES = List.of(
      "kenya-national-coordination-mechanism",
      "koboko-self-settled-refugees",
      "uganda-external-employment-mis",
      "nigeria-national-migration-policy");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  @Test
  void subSaharanAfricaHasNationalAndLocalCaseStudiesBeyondGhana() throws Exception {
    Map<String, YNode> countries = new TreeMap<>();
    for (YNode c : yaml(Files.readString(CONTENT.resolve("data/countries.yml")), "data/countries.yml").list()) {
      countries.put(c.get("code").asText(), c);
    }
    // Read countries and levels from the built case pages (their "at a glance" chips), not from
    // the front matter: this is what a reader sees and what the filters are built from.
    Map<String, Set<String>> levelsOfAfricanCases = new TreeMap<>();
    for (String slug : caseStudies().keySet()) {
      Document page = page("en/case-studies/" + slug + ".html");
      Set<String> codes = new TreeSet<>();
      for (String c : linkedTerms(page, "en/case-studies/" + slug + ".html", "countries")) {
        codes.add(c.toUpperCase(Locale.ROOT));
      }
      assertThat(codes).as("countries shown on %s", slug).isNotEmpty();
      boolean allSubSaharan = codes.stream().allMatch(code -> {
        YNode c = countries.get(code);
        return c != null && "Africa".equals(c.get("region").asText()) && SUB_SAHARAN.equals(c.get("subregion").asText());
      });
      if (allSubSaharan && !codes.contains("GHA")) {
        levelsOfAfricanCases.put(slug, linkedTerms(page, "en/case-studies/" + slug + ".html", "levels"));
      }
    }
    assertThat(levelsOfAfricanCases).as("Sub-Saharan African case studies beyond Ghana").hasSizeGreaterThanOrEqualTo(2);
    Set<String> national = new TreeSet<>();
    Set<String> local = new TreeSet<>();
    levelsOfAfricanCases.forEach((slug, levels) -> {
      if (levels.contains("national")) {
        national.add(slug);
      }
      if (levels.contains("local")) {
        local.add(slug);
      }
    });
    assertThat(national).as("national Sub-Saharan African case studies beyond Ghana").isNotEmpty();
    assertThat(local).as("local Sub-Saharan African case studies beyond Ghana").isNotEmpty();
    // The level pages, which the "Local" and "National" filters lead to, list them too.
    assertThat(listedCaseStudies("en/levels/national.html")).containsAll(national);
    assertThat(listedCaseStudies("en/levels/local.html")).containsAll(local);
    // So do the pages of their countries.
    for (String slug : levelsOfAfricanCases.keySet()) {
      for (String code : linkedTerms(page("en/case-studies/" + slug + ".html"), "en/case-studies/" + slug + ".html", "countries")) {
        assertThat(listedCaseStudies("en/countries/" + code + ".html")).as("case studies on the page of %s", code).contains(slug);
      }
    }
  }

  @Test
  void theDigitalServiceProvidersPageListsTheCaseStudiesTaggedWithIt() throws Exception {
    Set<String> tagged = new TreeSet<>();
    caseStudies().forEach((slug, fm) -> {
      for (YNode a : fm.get("actors").list()) {
        if (DIGITAL.equals(a.asText())) {
          tagged.add(slug);
        }
      }
    });
    assertThat(tagged).as("case studies tagged with %s", DIGITAL).isNotEmpty();
    Set<String> listed = listedCaseStudies("en/actors/" + DIGITAL + ".html");
    assertThat(listed).as("case studies on the %s page", DIGITAL).isNotEmpty().containsAll(tagged);
    for (String slug : tagged) {
      String path = "en/case-studies/" + slug + ".html";
      assertThat(linkedTerms(page(path), path, "actors")).as("actor chips on %s", slug).contains(DIGITAL);
    }
  }

  @Test
  void eachNewCaseStudyHasFiveSectionsEnoughWordsSourcesAndDiscussionQuestions() throws Exception {
    Map<String, YNode> cases = caseStudies();
    for (String slug : NEW_CASES) {
      assertThat(cases).as("case studies").containsKey(slug);
      YNode fm = cases.get(slug);
      Document page = page("en/case-studies/" + slug + ".html");

      assertThat(page.select("main .content h2").eachText()).as("sections of %s", slug)
          .containsExactly("Context", "What was done", "Actors and coordination", "Results and challenges", "Lessons for practitioners");
      int words = page.select("main .content").text().split("\\s+").length;
      assertThat(words).as("words in %s", slug).isGreaterThanOrEqualTo(350);

      List<String> sources = fm.get("sources").list().stream().map(YNode::asText).toList();
      assertThat(sources).as("sources of %s", slug).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
      assertThat(page.select("main section.sources li a[href]").eachAttr("href")).as("sources shown on %s", slug)
          .containsExactlyElementsOf(sources)
          .allMatch(u -> u.startsWith("https://") || u.startsWith("http://"));

      YNode discussion = fm.get("discussion");
      assertThat(discussion).as("discussion questions of %s", slug).isNotNull();
      assertThat(discussion.list()).as("discussion questions of %s", slug).hasSizeBetween(3, 4);
      for (YNode q : discussion.list()) {
        assertThat(q.asText()).as("a discussion question of %s", slug).isNotBlank().endsWith("?");
        assertThat(q.asText().split("\\s+").length).as("length of a question of %s", slug).isBetween(8, 60);
      }
      List<String> keys = new ArrayList<>(fm.map().keySet());
      assertThat(keys.get(keys.size() - 1)).as("last front-matter field of %s", slug).isEqualTo("discussion");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static YNode yaml(String text, String name) {
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(text, name, 1, d).orElseThrow();
    assertThat(d.sorted()).as("YAML problems in %s", name).isEmpty();
    return node;
  }

  private static Document page(String sitePath) throws IOException {
    Path p = site.resolve(sitePath);
    assertThat(p).as("built page").isRegularFile();
    return Jsoup.parse(Files.readString(p));
  }

  /** Ids of the terms of one taxonomy linked from the "at a glance" box of a case-study page. */
  private static Set<String> linkedTerms(Document page, String sitePath, String taxonomy) {
    Path dirOfPage = site.resolve(sitePath).getParent();
    Path taxonomyDir = site.resolve("en").resolve(taxonomy);
    Set<String> out = new TreeSet<>();
    Element facts = page.selectFirst("main section.facts");
    assertThat(facts).as("facts box on %s", sitePath).isNotNull();
    for (Element a : facts.select("a[href]")) {
      Path target = dirOfPage.resolve(a.attr("href").replaceAll("#.*$", "")).normalize();
      if (target.getParent() != null && target.getParent().equals(taxonomyDir)) {
        assertThat(target).as("term page linked from %s", sitePath).isRegularFile();
        out.add(target.getFileName().toString().replace(".html", ""));
      }
    }
    return out;
  }

  /** Case-study pages linked from inside {@code <main>} of a generated page, by slug. */
  private static Set<String> listedCaseStudies(String sitePath) throws IOException {
    Path p = site.resolve(sitePath);
    Document doc = page(sitePath);
    Path casesDir = site.resolve("en/case-studies");
    Set<String> out = new TreeSet<>();
    for (Element a : doc.select("main a[href]")) {
      Path target = p.getParent().resolve(a.attr("href").replaceAll("#.*$", "")).normalize();
      if (target.startsWith(casesDir)) {
        Path rel = casesDir.relativize(target);
        if (rel.getNameCount() == 1 && !rel.toString().equals("index.html")) {
          out.add(rel.toString().replace(".html", ""));
        }
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
      out.put(f.getFileName().toString().replace(".md", ""), yaml(fm, f.toString()));
    }
    return out;
  }
}
