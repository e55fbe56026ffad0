package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.config.BuildConfig;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * The guide's indicator and data annex (issue 16), checked against the real build: every
 * migration-relevant target page shows its breakdowns, proxies, data sources and custodians; the
 * two annex pages cover all of them; the GCM table on the introduction page is the data file's,
 * row by row; the references name the sources behind the migration indicators; the corrected facts
 * stay corrected; and only one wording for the national statistical office remains.
 */
class GuideDataAnnexIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");

  @TempDir static Path dir;
  static Path site;
  static List<YNode> relevant;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
    relevant = yaml("data/sdg/targets.yml").list().stream().filter(t -> !"none".equals(t.get("relevance").asText())).toList();
  }

  static YNode yaml(String path) throws IOException {
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(Files.readString(CONTENT.resolve(path)), path, 1, d).orElseThrow();
    assertThat(d.sorted()).isEmpty();
    return node;
  }

  static Document page(String sitePath) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(sitePath)));
  }

  static List<String> texts(YNode list) {
    return list.list().stream().map(YNode::asText).toList();
  }

  @Test
  void everyMigrationRelevantTargetHasTheFourAnnexFieldsInItsData() {
    assertThat(relevant).hasSize(48);
    for (YNode t : relevant) {
      String id = t.get("id").asText();
      assertThat(texts(t.get("disaggregation"))).as("disaggregation of %s", id).isNotEmpty();
      assertThat(t.get("proxy_examples").list()).as("proxy examples of %s", id).hasSizeBetween(1, 3);
      assertThat(texts(t.get("custodian"))).as("custodian of %s", id).isNotEmpty();
      assertThat(t.get("data_sources").list()).as("data sources of %s", id).isNotEmpty();
      for (YNode s : t.get("data_sources").list()) {
        String type = s.get("type").asText();
        assertThat(type).as("type of a source of %s", id).isIn("national", "international", "standard");
        if (type.equals("national")) {
          assertThat(s.get("url")).as("national source %s of %s has no url", s.get("name").asText(), id).isNull();
        } else {
          assertThat(s.get("url").asText()).as("url of %s on %s", s.get("name").asText(), id).startsWith("http");
        }
      }
    }
  }

  @Test
  void everyTargetPageOfTheFortyEightShowsItsBreakdownsProxiesDataSourcesAndCustodian() throws Exception {
    for (YNode t : relevant) {
      String id = t.get("id").asText();
      Document doc = page("en/targets/" + id + ".html");
      Element annex = doc.selectFirst("main section.target-annex");
      assertThat(annex).as("annex section on target %s", id).isNotNull();
      assertThat(annex.select("ul.data-sources > li")).as("data sources on target %s", id).hasSize(t.get("data_sources").list().size());
      List<String> shown = annex.select("ul.data-sources > li").eachText();
      List<YNode> sources = t.get("data_sources").list();
      for (int i = 0; i < sources.size(); i++) {
        YNode s = sources.get(i);
        assertThat(shown.get(i)).as("source %d on target %s", i + 1, id).startsWith(s.get("name").asText());
        Element li = annex.select("ul.data-sources > li").get(i);
        if (s.get("url") != null) {
          assertThat(li.select("a[href]").attr("href")).as("link of %s on target %s", s.get("name").asText(), id).isEqualTo(s.get("url").asText());
        } else {
          assertThat(li.select("a")).as("national source %s is not linked on %s", s.get("name").asText(), id).isEmpty();
        }
      }
      assertThat(annex.selectFirst("dd.custodian").text()).as("custodian on target %s", id).isEqualTo(String.join("; ", texts(t.get("custodian"))));
      assertThat(annex.text()).as("breakdowns on target %s", id).contains(String.join("; ", texts(t.get("disaggregation"))));
      for (YNode p : t.get("proxy_examples").list()) {
        assertThat(annex.text()).as("proxy on target %s", id).contains(p.asText());
      }
    }
  }

  @Test
  void theIndicatorBankListsAllFortyEightTargetsWithTheirIndicatorsBreakdownsProxiesAndCustodians() throws Exception {
    Document bank = page("en/annexes/indicator-bank.html");
    assertThat(bank.select("main tr.bank-row")).hasSize(48);
    for (YNode t : relevant) {
      String id = t.get("id").asText();
      Element row = bank.getElementById("bank-" + id.replace('.', '-'));
      assertThat(row).as("row of target %s in the indicator bank", id).isNotNull();
      assertThat(row.selectFirst("a.bank-target").text()).isEqualTo(id);
      for (YNode i : t.get("indicators").list()) {
        assertThat(row.selectFirst("td.col-ind").text()).as("indicator %s in the bank", i.get("id").asText()).contains(i.get("id").asText() + " " + i.get("label").asText());
      }
      assertThat(row.selectFirst("td.col-dis").text()).isEqualTo(String.join("; ", texts(t.get("disaggregation"))));
      assertThat(row.select("td.col-prox li").eachText()).isEqualTo(texts(t.get("proxy_examples")));
      assertThat(row.selectFirst("td.col-cust").text()).isEqualTo(String.join("; ", texts(t.get("custodian"))));
    }
    // Printable: the print button, the landscape page rule, and the annex is reachable from Step 4.
    assertThat(bank.select("main button[data-print]")).hasSize(1);
    assertThat(Files.readString(REPO.resolve("themes/sdg-guide/assets/css/guide.css"))).contains("body:has(.annex-bank) { page: annex-landscape; }");
    assertThat(linksTo("en/process/step-4-monitoring-and-reporting/develop-indicators.html", "en/annexes/indicator-bank.html")).isTrue();
    assertThat(linksTo("en/process/step-4-monitoring-and-reporting/improve-migration-data.html", "en/annexes/data-sources.html")).isTrue();
  }

  @Test
  void theDataSourcesAnnexListsEachSourceOnceWithExactlyTheTargetsItServes() throws Exception {
    Map<String, Set<String>> serves = new LinkedHashMap<>();
    Map<String, String> typeOf = new LinkedHashMap<>();
    for (YNode t : relevant) {
      for (YNode s : t.get("data_sources").list()) {
        serves.computeIfAbsent(s.get("name").asText(), k -> new LinkedHashSet<>()).add(t.get("id").asText());
        String previous = typeOf.put(s.get("name").asText(), s.get("type").asText());
        assertThat(previous == null || previous.equals(s.get("type").asText())).as("one type for %s", s.get("name").asText()).isTrue();
      }
    }
    Document doc = page("en/annexes/data-sources.html");
    List<Element> rows = doc.select("main tr.source-row");
    assertThat(rows).hasSize(serves.size());
    Set<String> covered = new TreeSet<>();
    for (Element row : rows) {
      Element th = row.selectFirst("th.col-source");
      String name = th.selectFirst("a") != null ? th.selectFirst("a").text() : th.text();
      assertThat(serves).as("source %s in the annex", name).containsKey(name);
      Element section = row.closest("section.annex-group");
      assertThat(section.selectFirst("h2").id()).as("group of %s", name).isEqualTo("sources-" + typeOf.get(name));
      List<String> chips = row.select("td.col-serves a.chip-target").eachText();
      assertThat(chips).as("targets served by %s", name).containsExactlyElementsOf(serves.get(name));
      covered.addAll(chips);
    }
    assertThat(covered).as("every target appears in the data-sources annex").hasSize(48);
    for (String required : List.of("World Bank Remittance Prices Worldwide", "IOM Missing Migrants Project", "UNHCR Refugee Data Finder",
        "KNOMAD–ILO recruitment cost surveys and guidelines for indicator 10.7.1", "UN Recommendations on Statistics of International Migration (Revision 1)")) {
      assertThat(serves).as("the annex names %s", required).containsKey(required);
    }
    assertThat(serves.get("World Bank Remittance Prices Worldwide")).contains("10.c");
    assertThat(serves.get("IOM Missing Migrants Project")).contains("10.7");
    assertThat(serves.get("UNHCR Refugee Data Finder")).contains("10.7");
    assertThat(serves.get("KNOMAD–ILO recruitment cost surveys and guidelines for indicator 10.7.1")).contains("10.7");
  }

  @Test
  void theGcmTableOnTheIntroductionPageIsTheDataFileRowByRow() throws Exception {
    List<YNode> objectives = yaml("data/gcm/objectives.yml").list();
    Document doc = page("en/introduction/global-compact-for-migration.html");
    List<Element> rows = doc.select("main table.gcm-table tbody tr");
    assertThat(rows).hasSize(objectives.size()).hasSize(23);
    for (int i = 0; i < rows.size(); i++) {
      YNode o = objectives.get(i);
      Element row = rows.get(i);
      assertThat(row.selectFirst("td.num").text()).as("number in row %d", i + 1).isEqualTo(o.get("number").asText());
      assertThat(row.selectFirst("th").text()).as("short label of objective %s", o.get("number").asText()).isEqualTo(o.get("short").asText());
      assertThat(row.select("td.gcm-targets a").eachText()).as("targets of objective %s", o.get("number").asText()).isEqualTo(texts(o.get("targets")));
    }
    // The page's Markdown no longer carries a hand-written copy of the table.
    String md = Files.readString(CONTENT.resolve("en/introduction/global-compact-for-migration.md"));
    assertThat(md).doesNotContain("](term:objectives/2) |").contains("layout: gcm");
    assertThat(doc.select("main table").stream().filter(t -> t.text().contains("Minimise adverse drivers"))).isEmpty();
  }

  @Test
  void theReferencesNameTheSourcesBehindTheMigrationIndicators() throws Exception {
    Document doc = page("en/references.html");
    List<String> hrefs = doc.select("main a[href]").eachAttr("href");
    assertThat(hrefs).contains(
        "https://remittanceprices.worldbank.org/",
        "https://missingmigrants.iom.int/",
        "https://www.unhcr.org/refugee-statistics/",
        "https://www.knomad.org/publication/guidelines-statistics-sdg-indicator-1071",
        "https://migrationdataportal.org/es/resource/recommendations-statistics-international-migration-revision-1");
    String text = doc.select("main").text();
    assertThat(text).contains("Remittance Prices Worldwide", "Missing Migrants Project", "Refugee Data Finder",
        "KNOMAD–ILO Migration and Recruitment Costs Surveys", "Recommendations on Statistics of International Migration");
  }

  @Test
  void theCorrectedFactsStayCorrected() throws Exception {
    Map<String, YNode> targets = new LinkedHashMap<>();
    Map<String, YNode> indicators = new LinkedHashMap<>();
    for (YNode t : yaml("data/sdg/targets.yml").list()) {
      targets.put(t.get("id").asText(), t);
      for (YNode i : t.get("indicators").list()) {
        indicators.put(i.get("id").asText(), i);
      }
    }
    assertThat(targets.get("8.5").get("label").asText()).contains("equal pay for work of equal value").doesNotContain("equal pay for equal work");
    assertThat(indicators.get("16.1.4").get("label").asText()).contains("after dark");
    assertThat(indicators.get("17.3.1").get("revised").asText()).isEqualTo("2022");
    for (String id : List.of("11.a.1", "4.2.1", "10.4.1")) {
      assertThat(indicators.get(id).get("revised").asText()).as("version of %s", id).isEqualTo("2020");
    }
    for (YNode t : targets.values()) {
      assertThat(t.get("label").asText().split("\\s+").length).as("label of %s", t.get("id").asText()).isLessThanOrEqualTo(15);
    }
    // The rendered pages say the same.
    assertThat(page("en/targets/8.5.html").selectFirst("main h1").text()).contains("equal pay for work of equal value");
    Element row = page("en/targets/17.3.html").select("main table.data-table tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals("17.3.1")).findFirst().orElseThrow();
    assertThat(row.select("td.num").text()).isEqualTo("2022");
    assertThat(page("en/targets/16.1.html").select("main table.data-table").text()).contains("after dark");
    // Goal 8 treats 8.10 as indirect, as the data do.
    assertThat(targets.get("8.10").get("relevance").asText()).isEqualTo("indirect");
    String goal8 = page("en/sdgs/goal-08.html").select("main .content p").stream().filter(p -> p.text().contains("8.10")).map(Element::text).findFirst().orElseThrow();
    assertThat(goal8).contains("indirect").doesNotContain("indicative");
    // Case-study corrections.
    String moldova = Files.readString(CONTENT.resolve("en/case-studies/moldova-dar-1-3.md"));
    assertThat(frontMatterLine(moldova, "years")).contains("2019").doesNotContain("2020");
    assertThat(moldova).contains("8 April 2019");
    String balinkbayan = Files.readString(CONTENT.resolve("en/case-studies/philippines-balinkbayan.md"));
    assertThat(balinkbayan).doesNotContain("Dagupan, for example").contains("Pangasinan");
    String mgi = page("en/case-studies/sao-paulo-quito-local-mgi.html").select("main .content").text();
    assertThat(mgi).contains("73 questions in five domains").doesNotContain("launched in 2016 with the Economist Intelligence Unit. The MGI turn");
    assertThat(Files.readString(CONTENT.resolve("en/case-studies/mexico-3x1-program.md"))).doesNotContain("redmexicanamigrante.org/means/");
    assertThat(Files.readString(CONTENT.resolve("en/case-studies/nepal-free-visa-free-ticket.md"))).doesNotContain("recruitmentreform.org/zero-cost-into-effect/");
  }

  @Test
  void goalPagesWithoutMigrationTargetsLeadWithThePracticalLinkAndKeepTheCaveatInANote() throws Exception {
    Set<Integer> withTargets = new TreeSet<>();
    for (YNode t : relevant) {
      withTargets.add(Integer.parseInt(t.get("goal").asText()));
    }
    List<Integer> without = new ArrayList<>();
    for (int g = 1; g <= 17; g++) {
      if (!withTargets.contains(g)) {
        without.add(g);
      }
    }
    assertThat(without).containsExactly(2, 6, 7, 9, 12, 14, 15);
    for (int g : without) {
      Document doc = page(String.format("en/sdgs/goal-%02d.html", g));
      Element h2 = doc.select("main .content h2").stream().filter(h -> h.text().equals("How migration connects to this goal")).findFirst().orElseThrow();
      Element lead = h2.nextElementSibling();
      assertThat(lead.tagName()).isEqualTo("p");
      assertThat(lead.text()).as("lead of goal %d", g).startsWith("For ").doesNotContain("do not list", "list no");
      Element note = doc.select("main .content .adm-note").stream().filter(n -> n.text().contains("list no Goal " + g + " target")).findFirst().orElse(null);
      assertThat(note).as("caveat note on goal %d", g).isNotNull();
    }
    String goal1 = Files.readString(CONTENT.resolve("en/sdgs/goal-01.md"));
    assertThat(goal1).doesNotContain("IOM's target-by-target correlation annex also notes").contains("we found no official online copy");
  }

  @Test
  void onlyOneWordingForTheNationalStatisticalOfficeRemains() throws Exception {
    Pattern other = Pattern.compile("statistics offices?", Pattern.CASE_INSENSITIVE);
    List<String> found = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(CONTENT)) {
      s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml")).forEach(files::add);
    }
    try (Stream<Path> s = Files.walk(REPO.resolve("themes/sdg-guide/i18n"))) {
      s.filter(p -> p.toString().endsWith(".yml")).forEach(files::add);
    }
    files.add(REPO.resolve("docs/vocabularies.md"));
    int statistical = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = other.matcher(text);
      while (m.find()) {
        found.add(REPO.relativize(f) + ": " + m.group());
      }
      statistical += countMatches(Pattern.compile("statistical offices?", Pattern.CASE_INSENSITIVE), text);
    }
    assertThat(found).as("\"statistics office\" wording left").isEmpty();
    assertThat(statistical).isGreaterThan(30);
    YNode actor = yaml("data/vocab/actors.yml").list().stream().filter(a -> a.get("id").asText().equals("national-statistics-office")).findFirst().orElseThrow();
    assertThat(actor.get("label").asText()).isEqualTo("National statistical office");
    assertThat(page("en/actors/national-statistics-office.html").selectFirst("main h1").text()).isEqualTo("National statistical office");
  }

  private static int countMatches(Pattern p, String text) {
    int n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String frontMatterLine(String md, String key) {
    for (String line : md.split("\n")) {
      if (line.startsWith(key + ":")) {
        return line;
      }
    }
    throw new IllegalStateException("no " + key);
  }

  /** Whether a page links, from inside {@code <main>}, to another page of the site. */
  private static boolean linksTo(String from, String to) throws IOException {
    Path page = site.resolve(from);
    for (Element a : Jsoup.parse(Files.readString(page)).select("main a[href]")) {
      String href = a.attr("href").replaceAll("#.*$", "");
      if (!href.isEmpty() && !href.contains(":") && page.getParent().resolve(href).normalize().equals(site.resolve(to))) {
        return true;
      }
    }
    return false;
  }
}
