package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * Issue 16, coverage: GCM objectives 8, 9, 11, 12 and 13 each have a case study of their own
 * (not only Portugal's national plan), Portugal's plan is no longer tagged with all 23 objectives,
 * and the new case studies are complete: five sections, enough words, sources and workshop
 * questions.
 */
class GuideCaseCoverageObjectivesIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");
  private static final String PORTUGAL = "portugal-gcm-national-implementation-plan";
  private static final List<Integer> GAP_OBJECTIVES = List.of(8, 9, 11, 12, 13);
  private static final List<String> NEW_CASES = List.of(
      "zambia-vulnerable-migrants-referral",
      "niger-smuggling-law-desert-rescue",
      "kenya-coordinated-border-management",
      "rabat-process-missing-migrants-network");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  @Test
  void eachGapObjectivePageListsACaseStudyOtherThanPortugal() throws Exception {
    for (int o : GAP_OBJECTIVES) {
      Set<String> listed = listedCaseStudies("en/objectives/" + o + ".html");
      listed.remove(PORTUGAL);
      assertThat(listed).as("case studies other than Portugal's on objective %s", o).isNotEmpty();
    }
  }

  @Test
  void theNewCaseStudiesTogetherCoverEveryGapObjective() throws Exception {
    Set<Integer> covered = new TreeSet<>();
    for (String slug : NEW_CASES) {
      for (Element a : glance(slug, "GCM objectives").select("a[href]")) {
        covered.add(Integer.valueOf(a.attr("href").replaceAll(".*/objectives/(\\d+)\\.html$", "$1")));
      }
    }
    assertThat(covered).containsAll(GAP_OBJECTIVES);
  }

  @Test
  void portugalIsNoLongerTaggedWithAllTwentyThreeObjectives() throws Exception {
    Set<String> tagged = new TreeSet<>();
    for (Element a : glance(PORTUGAL, "GCM objectives").select("a[href]")) {
      tagged.add(a.attr("href"));
    }
    assertThat(tagged).as("objectives shown on Portugal's page").isNotEmpty().hasSizeLessThan(23);
    int pagesListingPortugal = 0;
    for (int o = 1; o <= 23; o++) {
      if (listedCaseStudies("en/objectives/" + o + ".html").contains(PORTUGAL)) {
        pagesListingPortugal++;
      }
    }
    assertThat(pagesListingPortugal).as("objective pages that list Portugal").isEqualTo(tagged.size());
    String body = page(PORTUGAL).select("main .content").text();
    assertThat(body).doesNotContain("tagged with all of them").doesNotContain("from objective 1 to objective 23");
  }

  @Test
  void newCaseStudiesHaveFiveSectionsEnoughWordsAndSources() throws Exception {
    for (String slug : NEW_CASES) {
      Document page = page(slug);
      assertThat(page.select("main .content h2").eachText()).as("sections of %s", slug)
          .containsSubsequence("Context", "What was done", "Actors and coordination", "Results and challenges", "Lessons for practitioners");
      int words = page.select("main .content").text().split("\\s+").length;
      assertThat(words).as("words in %s", slug).isGreaterThanOrEqualTo(350);
      List<String> links = page.select("main section.sources a[href]").eachAttr("href");
      assertThat(links).as("source links on %s", slug).hasSizeGreaterThanOrEqualTo(2).allMatch(h -> h.startsWith("http"));
      List<String> declared = frontMatter(slug).get("sources").list().stream().map(YNode::asText).toList();
      assertThat(links).as("source links on %s match its front matter", slug).containsExactlyElementsOf(declared);
      assertThat(glance(slug, "Countries").select("a[href]")).as("countries of %s", slug).isNotEmpty();
    }
  }

  @Test
  void newCaseStudiesEndTheirFrontMatterWithThreeOrFourDiscussionQuestions() throws Exception {
    for (String slug : NEW_CASES) {
      YNode questions = frontMatter(slug).get("discussion");
      assertThat(questions).as("discussion field of %s", slug).isNotNull();
      List<String> texts = questions.list().stream().map(YNode::asText).toList();
      assertThat(texts).as("discussion questions of %s", slug).hasSizeBetween(3, 4)
          .allMatch(q -> q.strip().endsWith("?") && q.split("\\s+").length >= 8);
      assertThat(lastTopLevelKey(slug)).as("last front-matter field of %s", slug).isEqualTo("discussion");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Document page(String slug) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve("en/case-studies/" + slug + ".html")));
  }

  /** The "at a glance" value (dd) that follows the term (dt) with the given label. */
  private static Element glance(String slug, String label) throws IOException {
    Element dd = page(slug).selectFirst("main dt:containsOwn(" + label + ") + dd");
    assertThat(dd).as("'%s' in the at-a-glance box of %s", label, slug).isNotNull();
    return dd;
  }

  private static String frontMatterText(String slug) throws IOException {
    String text = Files.readString(CONTENT.resolve("en/case-studies/" + slug + ".md"));
    assertThat(text).startsWith("---\n");
    return text.substring(4, text.indexOf("\n---", 4) + 1);
  }

  private static YNode frontMatter(String slug) throws IOException {
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(frontMatterText(slug), slug, 2, d).orElseThrow();
    assertThat(d.sorted()).as("YAML diagnostics of %s", slug).isEmpty();
    return node;
  }

  private static String lastTopLevelKey(String slug) throws IOException {
    String last = null;
    for (String line : frontMatterText(slug).split("\n")) {
      if (line.matches("[A-Za-z_][A-Za-z0-9_-]*:.*")) {
        last = line.substring(0, line.indexOf(':'));
      }
    }
    return last;
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
}
