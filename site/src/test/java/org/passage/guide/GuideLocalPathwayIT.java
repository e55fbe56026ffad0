package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * The local pathway, the financing pages and the level tags on guidance (issue 16, items 2 and 4):
 * the pathway's pages exist and lead through the four steps, its pieces hold what they promise, the
 * Local filter finds guidance and tools, and Step 3 leads to the financing and UN-support pages. Every
 * assertion reads the built site.
 */
class GuideLocalPathwayIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> STEPS = List.of(
      "en/process/step-1-kick-off/index.html",
      "en/process/step-2-prioritise/index.html",
      "en/process/step-3-implementation/index.html",
      "en/process/step-4-monitoring-and-reporting/index.html");
  private static final String CHECKLIST = "en/process/step-3-implementation/tool-local-development-plan-checklist.html";
  private static final String MATRIX = "en/process/step-1-kick-off/tool-competences-matrix.html";
  private static final String RESOURCE = "en/process/step-3-implementation/resource-interventions.html";
  private static final String FUNDING = "en/process/step-3-implementation/tool-funding-options.html";
  private static final String UN_SUPPORT = "en/process/step-1-kick-off/un-system-support.html";

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  @Test
  void thePathwaysPagesExistAndTheOverviewLeadsThroughAllFourSteps() throws Exception {
    for (String p : List.of("index", "planning-and-budget-cycle", "global-commitments", "jmdi-toolbox-crosswalk")) {
      assertThat(site.resolve("en/local/" + p + ".html")).as("pathway page %s", p).isRegularFile();
    }
    Set<String> fromOverview = linkTargets("en/local/index.html", "main .content");
    assertThat(fromOverview).containsAll(STEPS);
    // The route table has one row per step, each linking to its step.
    Element route = tableAfter(page("en/local/index.html"), "The route through the four steps");
    List<Element> rows = route.select("tbody tr");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(linkTargets("en/local/index.html", rows.get(i))).as("route row %s", i + 1).contains(STEPS.get(i));
    }
    // The pieces the issue names: the plan and budget calendar with voluntary local reviews, and the
    // commitments cities build on.
    assertThat(headings("en/local/planning-and-budget-cycle.html")).contains("Moments to act", "Voluntary local reviews");
    assertThat(headings("en/local/global-commitments.html")).anyMatch(h -> h.startsWith("The New Urban Agenda (2016)"))
        .anyMatch(h -> h.startsWith("The Marrakech Mayors Declaration (2018)"))
        .anyMatch(h -> h.startsWith("The Mayors Mechanism"))
        .contains("Voluntary local reviews");
    // Each of the four pathway pages is tagged local, so it shows on the local level's page.
    assertThat(linkTargets("en/levels/local.html", "#related-pages")).contains(
        "en/local/index.html", "en/local/planning-and-budget-cycle.html", "en/local/global-commitments.html", "en/local/jmdi-toolbox-crosswalk.html");
    // The steps point back to the pathway.
    assertThat(linkTargets("en/process/index.html", "main .content")).contains("en/local/index.html");
    assertThat(linkTargets("en/process/step-1-kick-off/align-with-sdg-processes.html", "main .content"))
        .contains("en/local/index.html", "en/local/planning-and-budget-cycle.html", "en/local/global-commitments.html");
  }

  @Test
  void theCrosswalkNamesTheCoreModuleAndModulesOneToFive() throws Exception {
    Element table = tableAfter(page("en/local/jmdi-toolbox-crosswalk.html"), "The crosswalk");
    List<String> modules = table.select("tbody tr").stream().map(r -> r.selectFirst("td").text()).toList();
    assertThat(modules).hasSize(6);
    assertThat(modules.get(0)).startsWith("Core module");
    for (int m = 1; m <= 5; m++) {
      assertThat(modules.get(m)).startsWith("Module " + m + ":");
    }
    // Every module row points to at least one guide page and one case study.
    for (Element row : table.select("tbody tr")) {
      Set<String> targets = linkTargets("en/local/jmdi-toolbox-crosswalk.html", row);
      assertThat(targets).as("links of %s", row.selectFirst("td").text()).anyMatch(t -> t.startsWith("en/case-studies/"))
          .anyMatch(t -> t.startsWith("en/process/") || t.startsWith("en/sdgs/") || t.startsWith("en/local/") || t.startsWith("en/introduction/"));
    }
  }

  @Test
  void theChecklistIsAToolWithAServiceMenuAndCrossCuttingTipsLinkToIt() throws Exception {
    Document checklist = page(CHECKLIST);
    assertThat(checklist.selectFirst("main article.tool")).isNotNull();
    Element menuHeading = checklist.getElementById("part-b-service-menu");
    assertThat(menuHeading).isNotNull();
    // The menu's services are numbered rows, each with at least one example from the guide.
    int services = 0;
    for (Element table : checklist.select("main .content table")) {
      if (table.selectFirst("thead th") != null && "#".equals(table.selectFirst("thead th").text())) {
        for (Element row : table.select("tbody tr")) {
          if (!row.selectFirst("td").text().isBlank()) {
            services++;
            assertThat(linkTargets(CHECKLIST, row)).as("examples for service %s", row.selectFirst("td").text()).isNotEmpty();
          }
        }
      }
    }
    assertThat(services).isGreaterThanOrEqualTo(15);
    // The promise in the cross-cutting tips now points to the checklist, in the bullet that makes it.
    Document tips = page("en/process/cross-cutting-tips.html");
    Element promise = tips.select("main .content li").stream()
        .filter(li -> li.text().contains("template for bringing migration into local development plans")).findFirst().orElseThrow();
    assertThat(linkTargets("en/process/cross-cutting-tips.html", promise)).contains(CHECKLIST);
  }

  @Test
  void theCompetencesMatrixHasTheFourRowsAndItsWorkedExamplesCiteSources() throws Exception {
    Document matrix = page(MATRIX);
    Element sheetA = tableAfter(matrix, "Sheet A: who holds what");
    List<String> services = sheetA.select("tbody tr").stream().map(r -> r.selectFirst("td").text()).filter(s -> !s.isBlank()).toList();
    assertThat(services).containsExactly("Registration", "Schooling", "Primary health care", "Housing");
    // The template is left to fill in: the cells for rules, money and delivery are empty.
    for (Element row : sheetA.select("tbody tr")) {
      List<Element> cells = row.select("td");
      assertThat(cells.subList(2, 5)).allMatch(c -> c.text().isBlank());
    }
    // Worked examples: each names one place and cites a case study or a source.
    Element examples = tableAfter(matrix, "Worked examples from cited sources");
    List<Element> rows = examples.select("tbody tr");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
    for (Element row : rows) {
      assertThat(row.select("td").get(1).text()).as("place").isNotBlank();
      assertThat(row.select("td").last().select("a[href]")).as("source of %s", row.text()).isNotEmpty();
    }
    assertThat(linkTargets(MATRIX, examples)).contains("en/case-studies/ecuador-organic-law-human-mobility.html");
  }

  @Test
  void theLocalLevelPageListsGuidancePagesAndToolsNotOnlyCaseStudies() throws Exception {
    Set<String> guide = linkTargets("en/levels/local.html", "#related-pages");
    Set<String> tools = linkTargets("en/levels/local.html", "#related-tools");
    assertThat(guide).contains("en/local/index.html", "en/process/step-1-kick-off/align-with-sdg-processes.html", RESOURCE, UN_SUPPORT);
    assertThat(guide.stream().filter(p -> p.startsWith("en/process/"))).hasSizeGreaterThanOrEqualTo(8);
    assertThat(tools).contains(CHECKLIST, MATRIX, FUNDING);
    assertThat(tools).allMatch(p -> p.contains("/tool-"));
    assertThat(page("en/levels/local.html").selectFirst("#related-tools-title .count").text()).isEqualTo(String.valueOf(tools.size()));
  }

  @Test
  void everyGoalPageCarriesAtLeastOneLevelTag() throws Exception {
    Set<String> tagged = new TreeSet<>();
    try (Stream<Path> levels = Files.list(site.resolve("en/levels"))) {
      for (Path p : levels.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("index.html")).toList()) {
        tagged.addAll(linkTargets(site.relativize(p).toString(), "#related-pages"));
      }
    }
    for (int g = 1; g <= 17; g++) {
      String goalPage = String.format("en/sdgs/goal-%02d.html", g);
      assertThat(tagged).as("a level page lists %s", goalPage).contains(goalPage);
    }
    // Each goal page has local entry points, so each is on the local level's page.
    Set<String> local = linkTargets("en/levels/local.html", "#related-pages");
    for (int g = 1; g <= 17; g++) {
      assertThat(local).contains(String.format("en/sdgs/goal-%02d.html", g));
    }
  }

  @Test
  void theFinancingSubStepTheFundingToolAndTheUnSupportPageAreLinkedFromStep3() throws Exception {
    for (String p : List.of(RESOURCE, FUNDING, UN_SUPPORT)) {
      assertThat(site.resolve(p)).isRegularFile();
    }
    Set<String> fromStep3 = linkTargets("en/process/step-3-implementation/index.html", "main .content");
    assertThat(fromStep3).contains(RESOURCE, FUNDING, UN_SUPPORT);
    // The sub-step table of Step 3 lists resourcing as a sub-step, after design.
    Element subSteps = tableAfter(page("en/process/step-3-implementation/index.html"), "Sub-steps");
    List<String> names = subSteps.select("tbody tr").stream().map(r -> r.selectFirst("td").text()).toList();
    assertThat(names).containsSubsequence("Design interventions", "Resource interventions");
    // Design interventions' sentence on resources points onwards.
    assertThat(linkTargets("en/process/step-3-implementation/design-interventions.html", "main .content")).contains(RESOURCE, FUNDING, UN_SUPPORT);
    // The funding tool is a tool, and it names the options the issue asks for, with the two co-financing cases.
    Document funding = page(FUNDING);
    assertThat(funding.selectFirst("main article.tool")).isNotNull();
    String options = tableAfter(funding, "Table 1: the options compared").text();
    assertThat(options).contains("budget line", "Transfers to local government", "Diaspora co-financing", "Migration Multi-Partner Trust Fund", "joint programmes");
    assertThat(linkTargets(FUNDING, "main .content")).contains("en/case-studies/mexico-3x1-program.html", "en/case-studies/moldova-dar-1-3.html");
    assertThat(linkTargets(RESOURCE, "main .content")).contains("en/case-studies/mexico-3x1-program.html", "en/case-studies/moldova-dar-1-3.html", UN_SUPPORT);
    // The UN-support page covers the country structure and the three parts of the capacity-building mechanism.
    String un = page(UN_SUPPORT).select("main .content").text();
    assertThat(un).contains("Resident Coordinator", "UN country team", "Cooperation Framework", "connection hub",
        "Migration Multi-Partner Trust Fund", "Migration Network Hub");
    // It sits in Step 1 and the process overview lists it.
    assertThat(linkTargets("en/process/step-1-kick-off/index.html", "main .content")).contains(UN_SUPPORT);
    assertThat(linkTargets("en/process/index.html", "main .content")).contains(UN_SUPPORT, RESOURCE, FUNDING, CHECKLIST, MATRIX);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Document page(String sitePath) throws IOException {
    Path p = site.resolve(sitePath);
    assertThat(p).as(sitePath).isRegularFile();
    return Jsoup.parse(Files.readString(p));
  }

  private static List<String> headings(String sitePath) throws IOException {
    return page(sitePath).select("main .content h2").eachText();
  }

  /** The first table after the h2 whose text starts with {@code heading}. */
  private static Element tableAfter(Document doc, String heading) {
    Element h = doc.select("main h2").stream().filter(e -> e.text().startsWith(heading)).findFirst()
        .orElseThrow(() -> new AssertionError("no heading " + heading));
    for (Element e = h.nextElementSibling(); e != null; e = e.nextElementSibling()) {
      if (e.tagName().equals("h2")) {
        break;
      }
      Element t = e.tagName().equals("table") ? e : e.selectFirst("table");
      if (t != null) {
        return t;
      }
    }
    throw new AssertionError("no table after " + heading);
  }

  private static Set<String> linkTargets(String sitePath, String selector) throws IOException {
    Element scope = page(sitePath).selectFirst(selector);
    assertThat(scope).as("%s in %s", selector, sitePath).isNotNull();
    return linkTargets(sitePath, scope);
  }

  /** The site paths (no fragment) that the links inside {@code scope} resolve to. */
  private static Set<String> linkTargets(String sitePath, Element scope) {
    Path from = site.resolve(sitePath).getParent();
    Set<String> out = new TreeSet<>();
    for (Element a : scope.select("a[href]")) {
      String href = a.attr("href").replaceAll("#.*$", "");
      if (href.isEmpty() || href.contains(":")) {
        continue;
      }
      Path target = from.resolve(href).normalize();
      if (target.startsWith(site)) {
        out.add(site.relativize(target).toString().replace('\\', '/'));
      }
    }
    return out;
  }
}
