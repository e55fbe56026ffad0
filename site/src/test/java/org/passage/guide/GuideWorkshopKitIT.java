package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * The workshop kit (issue 16) holds what it promises, read from the built guide: three agendas whose
 * timed sessions link to pages and tools that exist, a fictional training pack with every part the
 * tools' exercises need, seventeen key-message handouts drawn from the goal pages, the pre/post
 * self-assessment and the follow-up form, questions for discussion on every case study, and
 * exercises that point to the pack.
 */
class GuideWorkshopKitIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");
  private static final Pattern TIME_SLOT = Pattern.compile("(\\d{2}):(\\d{2})–(\\d{2}):(\\d{2})");
  private static final Pattern TARGET_LINK = Pattern.compile("/targets/([0-9]+)\\.([0-9a-z]+)\\.html$");
  private static final Pattern GOAL_PAGE_LINK = Pattern.compile("/sdgs/goal-(\\d{2})\\.html$");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  // ---- Agendas ------------------------------------------------------------------------------

  @Test
  void threeAgendasWithTimedSessionsThatLinkToExistingPagesAndTools() throws Exception {
    Map<String, Integer> days = new LinkedHashMap<>();
    days.put("en/workshop/agenda-local-one-day.html", 1);
    days.put("en/workshop/agenda-sectoral-two-day.html", 2);
    days.put("en/workshop/agenda-national-three-day.html", 3);
    for (var e : days.entrySet()) {
      Path page = site.resolve(e.getKey());
      Document doc = parse(page);
      assertPrintableHandout(doc, e.getKey());
      List<Element> programmes = new ArrayList<>();
      for (Element table : doc.select("main .content table")) {
        if (headers(table).containsAll(List.of("Time", "Session", "Objective", "Method"))) {
          programmes.add(table);
        }
      }
      assertThat(programmes).as("one timed programme per day in %s", e.getKey()).hasSize(e.getValue());
      Set<String> tools = new TreeSet<>();
      Set<String> pack = new TreeSet<>();
      for (Element table : programmes) {
        List<String> head = headers(table);
        int time = head.indexOf("Time");
        int session = head.indexOf("Session");
        int objective = head.indexOf("Objective");
        int method = head.indexOf("Method");
        int sessions = 0;
        int previousStart = -1;
        for (Element row : table.select("tbody tr")) {
          Elements cells = row.select("td");
          Matcher slot = TIME_SLOT.matcher(cells.get(time).text());
          assertThat(slot.matches()).as("time slot %s in %s", cells.get(time).text(), e.getKey()).isTrue();
          int start = Integer.parseInt(slot.group(1)) * 60 + Integer.parseInt(slot.group(2));
          int end = Integer.parseInt(slot.group(3)) * 60 + Integer.parseInt(slot.group(4));
          assertThat(start).as("slots in order in %s", e.getKey()).isGreaterThan(previousStart).isLessThan(end);
          previousStart = start;
          String name = cells.get(session).text();
          if (name.equals("Break") || name.equals("Lunch")) {
            continue;
          }
          sessions++;
          assertThat(cells.get(objective).text()).as("objective of %s in %s", name, e.getKey()).isNotBlank();
          assertThat(cells.get(method).text()).as("method of %s in %s", name, e.getKey()).isNotBlank();
          Elements links = row.select("a[href]");
          assertThat(links).as("links of session %s in %s", name, e.getKey()).isNotEmpty();
          for (Element a : links) {
            Path target = resolve(page, a.attr("href"));
            assertThat(target).as("link %s of session %s in %s", a.attr("href"), name, e.getKey()).isRegularFile();
            assertFragmentExists(target, a.attr("href"));
            String file = target.getFileName().toString();
            if (file.startsWith("tool-") && target.startsWith(site.resolve("en/process"))) {
              tools.add(file);
            }
            if (target.startsWith(site.resolve("en/workshop/training-pack"))) {
              pack.add(file);
            }
          }
        }
        assertThat(sessions).as("sessions in a day of %s", e.getKey()).isGreaterThanOrEqualTo(6);
      }
      assertThat(tools).as("tools used by %s", e.getKey()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(pack).as("training-pack parts used by %s", e.getKey()).isNotEmpty();
      if (e.getValue() == 3) {
        assertThat(tools).as("the national agenda uses every tool of the guide").isEqualTo(toolPages());
      }
    }
  }

  // ---- Training pack ------------------------------------------------------------------------

  @Test
  void trainingPackHasEveryPartEachClearlyLabelledFictional() throws Exception {
    String dirPath = "en/workshop/training-pack/";
    List<String> parts = List.of("situation-summary", "data-tables", "stakeholder-list", "priority-list", "law-extract",
        "local-plan-extract", "monitoring-report", "card-sort-statements", "facilitator-notes");
    Document index = parse(site.resolve(dirPath + "index.html"));
    assertThat(index.select("main .adm-block.adm-warning").text()).contains("invented").contains("No real person");
    Set<String> linked = new TreeSet<>();
    for (Element a : index.select("main .content a[href]")) {
      linked.add(resolve(site.resolve(dirPath + "index.html"), a.attr("href")).getFileName().toString());
    }
    for (String part : parts) {
      assertThat(linked).as("the pack's index links to %s", part).contains(part + ".html");
      Document doc = parse(site.resolve(dirPath + part + ".html"));
      assertPrintableHandout(doc, part);
      assertThat(doc.select("main .kicker").text()).as("kicker of %s", part).startsWith("Training pack");
      assertThat(doc.select("main h1").text()).as("title of %s", part).containsIgnoringCase("fictional");
      assertThat(doc.select("main .content .adm-block.adm-warning").first()).as("fictional warning on %s", part).isNotNull();
      assertThat(doc.select("main .content .adm-block.adm-warning").first().text()).as("fictional warning on %s", part)
          .containsIgnoringCase("fictional").containsAnyOf("invented", "Invented");
    }

    Document summary = parse(site.resolve(dirPath + "situation-summary.html"));
    int words = summary.select("main .content").text().split("\\s+").length;
    assertThat(words).as("the situation summary is two pages long").isBetween(600, 1100);
    assertThat(summary.select("main .content h2").eachText()).contains("1. Who moves, and how", "2. Links with development",
        "3. How migration is governed", "4. What is missing", "5. The calendar");

    Document data = parse(site.resolve(dirPath + "data-tables.html"));
    assertThat(data.select("main .content table")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(data.select("main .content table tbody tr")).hasSizeGreaterThanOrEqualTo(40);

    Document stakeholders = parse(site.resolve(dirPath + "stakeholder-list.html"));
    assertThat(stakeholders.select("main .content table tbody tr")).hasSizeGreaterThanOrEqualTo(30);
    for (String id : List.of("existing-coordination-bodies", "sdg-technical-committee", "ministers")) {
      assertThat(stakeholders.getElementById(id)).as("section %s of the stakeholder list", id).isNotNull();
    }

    Document priorities = parse(site.resolve(dirPath + "priority-list.html"));
    Elements priorityRows = priorities.select("main .content table tbody tr");
    assertThat(priorityRows).hasSizeGreaterThanOrEqualTo(5);
    for (Element row : priorityRows) {
      assertThat(row.select("a[href*=/targets/]")).as("priority %s names its target", row.child(0).text()).isNotEmpty();
    }

    Document law = parse(site.resolve(dirPath + "law-extract.html"));
    assertThat(law.select("main .content strong").eachText().stream().filter(t -> t.matches("Article \\d+\\..*")).count())
        .as("articles in the law extract").isGreaterThanOrEqualTo(15);

    Document plan = parse(site.resolve(dirPath + "local-plan-extract.html"));
    assertThat(plan.select("main .content h2")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(plan.select("main .content table th").eachText()).contains("Indicator", "Chapter");

    Document report = parse(site.resolve(dirPath + "monitoring-report.html"));
    Element dashboard = report.select("main .content table").first();
    int status = headers(dashboard).indexOf("Status");
    assertThat(status).isNotNegative();
    long offTrack = dashboard.select("tbody tr").stream().filter(r -> r.select("td").get(status).text().equals("Off track")).count();
    assertThat(offTrack).as("off-track indicators in the monitoring report").isGreaterThanOrEqualTo(2);
    assertThat(report.select("main .content h3").eachText().stream().filter(t -> t.startsWith("Card ")).count())
        .as("role cards: lead body, implementing institution, migrant association").isGreaterThanOrEqualTo(3);

    Document cards = parse(site.resolve(dirPath + "card-sort-statements.html"));
    Elements statements = cards.select("main .content table tbody tr");
    assertThat(statements).hasSizeGreaterThanOrEqualTo(16);
    for (Element row : statements) {
      assertThat(row.child(0).text()).matches("\\d+");
      assertThat(row.child(1).text().split("\\s+").length).isGreaterThanOrEqualTo(5);
    }
    Document notes = parse(site.resolve(dirPath + "facilitator-notes.html"));
    Element key = notes.getElementById("card-sort-key");
    assertThat(key).isNotNull();
    Element keyTable = key.nextElementSibling();
    while (keyTable != null && !keyTable.tagName().equals("table")) {
      keyTable = keyTable.nextElementSibling();
    }
    assertThat(keyTable).as("the card-sort key").isNotNull();
    Set<Integer> keyed = new TreeSet<>();
    for (Element row : keyTable.select("tbody tr")) {
      for (String n : row.child(0).text().split(",\\s*")) {
        keyed.add(Integer.parseInt(n.trim()));
      }
    }
    Set<Integer> numbered = new TreeSet<>();
    statements.forEach(r -> numbered.add(Integer.parseInt(r.child(0).text())));
    assertThat(keyed).as("every card has a key").isEqualTo(numbered);
  }

  // ---- Key messages -------------------------------------------------------------------------

  @Test
  void seventeenOnePageKeyMessagesEachDrawnFromItsGoalPage() throws Exception {
    Document index = parse(site.resolve("en/workshop/key-messages/index.html"));
    for (int g = 1; g <= 17; g++) {
      String nn = String.format("%02d", g);
      Path page = site.resolve("en/workshop/key-messages/goal-" + nn + ".html");
      Path goalPage = site.resolve("en/sdgs/goal-" + nn + ".html");
      Document doc = parse(page);
      Document goal = parse(goalPage);
      assertPrintableHandout(doc, "key messages " + g);
      assertThat(doc.select("main h1").text()).as("title of key messages %s", g).startsWith("Key messages: Goal " + g + ",");
      assertThat(doc.select("main .content h2").eachText()).as("sections of key messages %s", g)
          .containsExactly("The link to migration", "Targets to know", "What an official can do", "One question to ask in the room");
      assertThat(index.select("main .content a[href]").eachAttr("href")).as("index links to key messages %s", g).contains("goal-" + nn + ".html");

      boolean linksGoalPage = false;
      for (Element a : doc.select("main .content a[href]")) {
        linksGoalPage |= resolve(page, a.attr("href")).equals(goalPage);
      }
      assertThat(linksGoalPage).as("key messages %s link to the goal page", g).isTrue();

      // The question comes word for word from the goal page's questions for a workshop.
      String question = doc.select("main .content blockquote").text();
      assertThat(question).as("question of key messages %s", g).endsWith("?");
      assertThat(goal.select("main .content ol li").eachText()).as("goal %s page's questions", g).contains(question);

      // Every target named rests on the goal page: it links the target, or the page of the target's goal.
      Set<String> targetsOnGoalPage = new TreeSet<>();
      Set<String> goalsLinked = new TreeSet<>();
      goalsLinked.add(String.valueOf(g));
      for (Element a : goal.select("main .content a[href]")) {
        String href = resolve(goalPage, a.attr("href")).toString();
        Matcher t = TARGET_LINK.matcher(href);
        if (t.find()) {
          targetsOnGoalPage.add(t.group(1) + "." + t.group(2));
        }
        Matcher gp = GOAL_PAGE_LINK.matcher(href);
        if (gp.find()) {
          goalsLinked.add(String.valueOf(Integer.parseInt(gp.group(1))));
        }
      }
      Set<String> named = new TreeSet<>();
      for (Element a : doc.select("main .content a[href]")) {
        Matcher t = TARGET_LINK.matcher(resolve(page, a.attr("href")).toString());
        if (t.find()) {
          named.add(t.group(1) + "." + t.group(2));
        }
      }
      assertThat(named).as("targets named in key messages %s", g).isNotEmpty();
      for (String target : named) {
        assertThat(targetsOnGoalPage.contains(target) || goalsLinked.contains(target.substring(0, target.indexOf('.'))))
            .as("target %s in key messages %s rests on the goal %s page", target, g, g).isTrue();
      }
    }
    assertThat(site.resolve("en/workshop/key-messages/goal-18.html")).doesNotExist();
  }

  // ---- Forms --------------------------------------------------------------------------------

  @Test
  void selfAssessmentAndFollowUpArePrintableForms() throws Exception {
    Document pre = parse(site.resolve("en/workshop/self-assessment.html"));
    assertPrintableHandout(pre, "self-assessment");
    assertThat(pre.select("main article.handout-form")).isNotEmpty();
    Element scale = pre.select("main .content table").first();
    assertThat(headers(scale)).contains("Before", "After");
    Elements statements = scale.select("tbody tr");
    assertThat(statements).hasSizeGreaterThanOrEqualTo(8);
    for (Element row : statements) {
      assertThat(row.child(1).text()).as("a 1 to 4 scale before").contains("1").contains("4");
      assertThat(row.child(2).text()).as("a 1 to 4 scale after").contains("1").contains("4");
    }

    Document follow = parse(site.resolve("en/workshop/follow-up-form.html"));
    assertPrintableHandout(follow, "follow-up form");
    assertThat(follow.select("main article.handout-form")).isNotEmpty();
    assertThat(follow.select("main h1").text()).containsIgnoringCase("three-month");
    List<String> levels = new ArrayList<>();
    for (Element row : follow.select("main .content table tbody tr")) {
      levels.add(row.child(0).text());
    }
    assertThat(levels).anyMatch(t -> t.startsWith("Me:")).anyMatch(t -> t.startsWith("My organisation:")).anyMatch(t -> t.startsWith("The wider system:"));
    assertThat(follow.select("main .content table").stream().anyMatch(t -> headers(t).containsAll(List.of("Output", "Status", "Next step", "Who"))))
        .as("a table for the workshop's outputs").isTrue();

    Document kit = parse(site.resolve("en/workshop/index.html"));
    Set<String> linked = new TreeSet<>();
    for (Element a : kit.select("main .content a[href]")) {
      linked.add(site.relativize(resolve(site.resolve("en/workshop/index.html"), a.attr("href"))).toString());
    }
    assertThat(linked).contains("en/workshop/agenda-local-one-day.html", "en/workshop/agenda-sectoral-two-day.html",
        "en/workshop/agenda-national-three-day.html", "en/workshop/training-pack/index.html", "en/workshop/key-messages/index.html",
        "en/workshop/self-assessment.html", "en/workshop/follow-up-form.html");
  }

  // ---- Case studies -------------------------------------------------------------------------

  @Test
  void everyCaseStudyShowsItsQuestionsForDiscussion() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(CONTENT.resolve("en/case-studies"))) {
      s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    for (Path f : files) {
      String slug = f.getFileName().toString().replace(".md", "");
      Document doc = parse(site.resolve("en/case-studies/" + slug + ".html"));
      Element section = doc.select("main section.discussion").first();
      assertThat(section).as("questions for discussion on %s", slug).isNotNull();
      assertThat(section.select("h2").text()).isEqualTo("Questions for discussion");
      List<String> shown = section.select("li").eachText();
      assertThat(shown).as("questions on %s", slug).hasSizeGreaterThanOrEqualTo(3);
      assertThat(shown).as("questions on %s", slug).allMatch(q -> q.endsWith("?"));
      List<String> declared = new ArrayList<>();
      YNode discussion = frontMatter(f).get("discussion");
      assertThat(discussion).as("discussion field of %s", slug).isNotNull();
      discussion.list().forEach(q -> declared.add(q.asText().replaceAll("\\s+", " ").trim()));
      assertThat(shown).as("questions on %s as declared", slug).isEqualTo(declared);
      assertThat(doc.select("main .toc a[href], aside .toc a[href]").eachAttr("href")).as("contents of %s", slug).contains("#discussion-title");
    }
  }

  // ---- Exercises that point to the pack -----------------------------------------------------

  @Test
  void exercisesThatAssumeRealInputsLinkToThePack() throws Exception {
    String pack = "en/workshop/training-pack/";
    // Workshop exercises (tips) that assumed material the guide did not contain.
    Map<String, String> tips = new LinkedHashMap<>();
    tips.put("en/process/step-4-monitoring-and-reporting/evaluation-and-feedback.html", "monitoring-report.html");
    tips.put("en/process/step-4-monitoring-and-reporting/understand-me.html", "card-sort-statements.html");
    tips.put("en/process/step-2-prioritise/assess-migration-situation.html", "situation-summary.html");
    tips.put("en/process/step-2-prioritise/index.html", "situation-summary.html");
    tips.put("en/process/step-1-kick-off/raise-awareness.html", "stakeholder-list.html");
    tips.put("en/process/step-1-kick-off/align-with-sdg-processes.html", "situation-summary.html");
    tips.put("en/process/step-3-implementation/choose-approach.html", "priority-list.html");
    tips.put("en/process/step-3-implementation/index.html", "law-extract.html");
    tips.put("en/process/step-4-monitoring-and-reporting/improve-migration-data.html", "data-tables.html");
    for (var e : tips.entrySet()) {
      Path page = site.resolve(e.getKey());
      Set<Path> fromTips = new TreeSet<>();
      for (Element a : parse(page).select("main .content .adm-block a[href]")) {
        fromTips.add(resolve(page, a.attr("href")));
      }
      assertThat(fromTips).as("the exercise on %s links to the pack", e.getKey()).contains(site.resolve(pack + e.getValue()));
    }
    Path consultations = site.resolve("en/process/step-2-prioritise/consultations.html");
    assertThat(linksIn(consultations, "main .content")).as("the participants' pack in consultations").contains(site.resolve(pack + "situation-summary.html"));

    // Every tool's materials point to the pack part that stands in for real inputs.
    Map<String, List<String>> materials = new LinkedHashMap<>();
    materials.put("tool-stakeholder-mapping.html", List.of("stakeholder-list.html"));
    materials.put("tool-institutional-set-up-options.html", List.of("stakeholder-list.html"));
    materials.put("tool-terms-of-reference-template.html", List.of("stakeholder-list.html"));
    materials.put("tool-consultation-planner.html", List.of("stakeholder-list.html", "situation-summary.html"));
    materials.put("tool-prioritisation-matrix.html", List.of("situation-summary.html", "data-tables.html"));
    materials.put("tool-policy-and-legislation-review-checklist.html", List.of("law-extract.html", "local-plan-extract.html"));
    materials.put("tool-intervention-design-canvas.html", List.of("priority-list.html"));
    materials.put("tool-indicator-selection-worksheet.html", List.of("priority-list.html", "data-tables.html"));
    materials.put("tool-me-framework-template.html", List.of("priority-list.html", "monitoring-report.html"));
    materials.put("tool-competences-matrix.html", List.of("law-extract.html", "local-plan-extract.html"));
    materials.put("tool-local-development-plan-checklist.html", List.of("local-plan-extract.html"));
    materials.put("tool-funding-options.html", List.of("priority-list.html", "situation-summary.html"));
    assertThat(materials.keySet()).as("every tool of the guide").isEqualTo(toolPages());
    for (var e : materials.entrySet()) {
      Path page = toolPath(e.getKey());
      Element item = null;
      for (Element li : parse(page).select("main .content li")) {
        if (li.text().startsWith("Materials:")) {
          item = li;
        }
      }
      assertThat(item).as("materials of %s", e.getKey()).isNotNull();
      Set<Path> linked = new TreeSet<>();
      for (Element a : item.select("a[href]")) {
        linked.add(resolve(page, a.attr("href")));
      }
      for (String part : e.getValue()) {
        assertThat(linked).as("materials of %s link to %s", e.getKey(), part).contains(site.resolve(pack + part));
      }
    }

    // "Who this guide is for": the workshop formats point to the agendas.
    Path who = site.resolve("en/introduction/who-this-guide-is-for.html");
    assertThat(linksIn(who, "main .content table")).contains(site.resolve("en/workshop/agenda-local-one-day.html"),
        site.resolve("en/workshop/agenda-sectoral-two-day.html"), site.resolve("en/workshop/agenda-national-three-day.html"));
    Element planning = null;
    for (Element row : parse(who).select("main .content table tbody tr")) {
      if (row.child(0).text().startsWith("Planning workshop")) {
        planning = row;
      }
    }
    assertThat(planning).isNotNull();
    Set<Path> fromRow = new TreeSet<>();
    for (Element a : planning.select("a[href]")) {
      fromRow.add(resolve(who, a.attr("href")));
    }
    assertThat(fromRow).as("the planning workshop row").contains(site.resolve("en/workshop/agenda-national-three-day.html"));
  }

  @Test
  void theKitFollowsSectionTwoAndTheLocalPathwayInTheNavigation() throws Exception {
    Document home = parse(site.resolve("en/index.html"));
    List<String> top = new ArrayList<>();
    Element nav = home.selectFirst(".sidebar ul.nav");
    assertThat(nav).isNotNull();
    for (Element li : nav.children()) {
      String label = "";
      for (Element child : li.children()) {
        if (child.tagName().equals("a") || child.tagName().equals("span")) {
          label = child.text();
          break;
        }
      }
      top.add(label);
    }
    // Section 2, then the local pathway through its steps, then the kit that teaches both.
    int process = top.indexOf("A process in four steps");
    assertThat(process).as("navigation %s", top).isNotNegative();
    assertThat(top.subList(process + 1, process + 3)).as("navigation %s", top)
        .containsExactly("The local pathway for cities and regions", "Workshop kit");
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /** A kit page prints as a handout: the article carries the tools' print rules and a print button. */
  private static void assertPrintableHandout(Document doc, String what) {
    Element article = doc.selectFirst("main article.page");
    assertThat(article).as("article of %s", what).isNotNull();
    assertThat(article.classNames()).as("print classes of %s", what).contains("tool", "handout");
    assertThat(article.select(".tool-bar button[data-print]")).as("print button on %s", what).isNotEmpty();
    assertThat(article.select(".tool-source.print-only")).as("source line on %s", what).isNotEmpty();
  }

  private static List<String> headers(Element table) {
    return table.select("thead th").eachText();
  }

  private static Document parse(Path page) throws IOException {
    assertThat(page).isRegularFile();
    return Jsoup.parse(Files.readString(page));
  }

  /** The file a link points to; a bare fragment points to the page itself. */
  private static Path resolve(Path page, String href) {
    String path = href.replaceAll("#.*$", "");
    return path.isEmpty() ? page : page.getParent().resolve(path).normalize();
  }

  private static void assertFragmentExists(Path target, String href) throws IOException {
    int hash = href.indexOf('#');
    if (hash >= 0) {
      String id = href.substring(hash + 1);
      assertThat(Jsoup.parse(Files.readString(target)).getElementById(id)).as("anchor %s", href).isNotNull();
    }
  }

  private static Set<Path> linksIn(Path page, String selector) throws IOException {
    Set<Path> out = new TreeSet<>();
    for (Element a : parse(page).select(selector + " a[href]")) {
      out.add(resolve(page, a.attr("href")));
    }
    return out;
  }

  /** File names of the built tool pages, from the tool sources in content/en/process. */
  private static Set<String> toolPages() throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.walk(CONTENT.resolve("en/process"))) {
      s.filter(p -> p.getFileName().toString().matches("tool-.*\\.md")).forEach(p -> out.add(p.getFileName().toString().replace(".md", ".html")));
    }
    return out;
  }

  private static Path toolPath(String file) throws IOException {
    try (Stream<Path> s = Files.walk(site.resolve("en/process"))) {
      return s.filter(p -> p.getFileName().toString().equals(file)).findFirst().orElseThrow();
    }
  }

  private static YNode frontMatter(Path file) throws IOException {
    String text = Files.readString(file);
    String fm = text.substring(4, text.indexOf("\n---", 4));
    Diagnostics d = new Diagnostics();
    return YamlReader.read(fm, file.toString(), 2, d).orElseThrow();
  }
}
