package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The Spanish core of the guide (home, about, glossary, introduction, the SDG section, the UI
 * strings and the data labels) is complete: every page has its translation with the English
 * identifiers, every UI key and data entry has its Spanish counterpart, and the pages build in
 * Spanish.
 */
class GuideSpanishCoreIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");
  /** Front-matter fields that are identifiers and must stay as the English page has them. */
  private static final List<String> IDENTIFIERS =
      List.of("goal", "goals", "targets", "objectives", "levels", "actors", "layout", "weight", "tool");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  static YNode yaml(Path file) throws IOException {
    Diagnostics d = new Diagnostics();
    String name = REPO.relativize(file).toString();
    YNode node = YamlReader.read(Files.readString(file), name, 1, d).orElseThrow();
    assertThat(d.sorted()).as("YAML problems in %s", name).isEmpty();
    return node;
  }

  static YNode data(String path) throws IOException {
    return yaml(CONTENT.resolve("data").resolve(path));
  }

  static YNode frontMatter(Path md) throws IOException {
    String text = Files.readString(md);
    assertThat(text).as("front matter of %s", md).startsWith("---\n");
    int end = text.indexOf("\n---\n", 4);
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(text.substring(4, end + 1), md.toString(), 2, d).orElseThrow();
    assertThat(d.sorted()).isEmpty();
    return node;
  }

  /** The English pages this part translates, as paths relative to content/en. */
  static List<Path> partPages() throws IOException {
    Path en = CONTENT.resolve("en");
    List<Path> pages = new ArrayList<>(List.of(Path.of("index.md"), Path.of("about.md"), Path.of("glossary.md")));
    for (String folder : List.of("introduction", "sdgs")) {
      try (Stream<Path> s = Files.walk(en.resolve(folder))) {
        s.filter(p -> p.toString().endsWith(".md")).map(en::relativize).sorted().forEach(pages::add);
      }
    }
    return pages;
  }

  @Test
  void siteSettingsListSpanishRightAfterEnglish() throws Exception {
    List<YNode> languages = yaml(CONTENT.resolve("site.yml")).get("languages").list();
    assertThat(languages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(languages.get(0).get("code").asText()).isEqualTo("en");
    assertThat(languages.stream().map(l -> l.get("code").asText() + "=" + l.get("name").asText()))
        .contains("es=Español");
  }

  @Test
  void everyPageOfThePartHasASpanishTranslationWithTheEnglishIdentifiers() throws Exception {
    List<Path> pages = partPages();
    assertThat(pages).hasSize(3 + 7 + 18);
    for (Path rel : pages) {
      Path es = CONTENT.resolve("es").resolve(rel);
      assertThat(es).as("Spanish translation of %s", rel).isRegularFile();
      YNode enFm = frontMatter(CONTENT.resolve("en").resolve(rel));
      YNode esFm = frontMatter(es);
      for (String field : IDENTIFIERS) {
        Object enValue = enFm.get(field) == null ? null : enFm.get(field).toPlain();
        Object esValue = esFm.get(field) == null ? null : esFm.get(field).toPlain();
        assertThat(esValue).as("%s of %s", field, rel).isEqualTo(enValue);
      }
      assertThat(esFm.get("title").asText()).as("title of %s", rel).isNotEqualTo(enFm.get("title").asText());
      assertThat(esFm.get("description").asText()).as("description of %s", rel)
          .isNotEqualTo(enFm.get("description").asText());
    }
  }

  @Test
  void theSpanishPagesBuildInSpanishWithTheSpanishUiStrings() throws Exception {
    for (Path rel : partPages()) {
      String html = rel.toString().replaceAll("\\.md$", ".html");
      Document doc = Jsoup.parse(Files.readString(site.resolve("es").resolve(html)));
      assertThat(doc.selectFirst("html").attr("lang")).as("lang of %s", html).isEqualTo("es");
    }
    Document goal10 = Jsoup.parse(Files.readString(site.resolve("es/sdgs/goal-10.html")));
    assertThat(goal10.selectFirst("main h1").text()).isEqualTo("Objetivo 10: Reducción de las desigualdades");
    assertThat(goal10.text()).contains("Objetivo de Desarrollo Sostenible 10", "Metas de los ODS relacionadas");
    Document gcm = Jsoup.parse(Files.readString(site.resolve("es/introduction/global-compact-for-migration.html")));
    assertThat(gcm.getElementById("los-23-objetivos")).isNotNull();
    assertThat(gcm.select("main a[href='#los-23-objetivos']")).isNotEmpty();
  }

  @Test
  void spanishUiStringsHaveEveryEnglishKeyAndPlaceholder() throws Exception {
    Pattern placeholder = Pattern.compile("\\{\\w+\\}");
    for (String theme : List.of("default", "sdg-guide")) {
      Map<String, YNode> en = yaml(REPO.resolve("themes/" + theme + "/i18n/en.yml")).map();
      Map<String, YNode> es = yaml(REPO.resolve("themes/" + theme + "/i18n/es.yml")).map();
      assertThat(es.keySet()).as("keys of %s/i18n/es.yml", theme).isEqualTo(en.keySet());
      for (String key : en.keySet()) {
        assertThat(placeholders(placeholder, es.get(key).asText())).as("placeholders of %s", key)
            .isEqualTo(placeholders(placeholder, en.get(key).asText()));
        assertThat(es.get(key).asText()).as("%s", key).isNotBlank();
      }
    }
  }

  private static Set<String> placeholders(Pattern p, String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The sibling holds the same entries, in the same order, with only the key and the given fields. */
  static List<YNode> sibling(String path, String key, Set<String> fields) throws IOException {
    List<YNode> en = data(path + ".yml").list();
    List<YNode> es = data(path + ".es.yml").list();
    assertThat(es.stream().map(e -> e.get(key).asText()).toList()).as("keys of %s.es.yml", path)
        .isEqualTo(en.stream().map(e -> e.get(key).asText()).toList());
    Set<String> allowed = new LinkedHashSet<>(fields);
    allowed.add(key);
    for (YNode e : es) {
      assertThat(allowed).as("fields of %s in %s.es.yml", e.get(key).asText(), path).containsAll(e.map().keySet());
      for (String f : fields) {
        assertThat(e.get(f)).as("%s of %s in %s.es.yml", f, e.get(key).asText(), path).isNotNull();
      }
    }
    return es;
  }

  @Test
  void dataSiblingsTranslateEveryEntry() throws Exception {
    List<YNode> goals = sibling("sdg/goals", "number", Set.of("short", "summary"));
    assertThat(goals.get(9).get("short").asText()).isEqualTo("Reducción de las desigualdades");
    assertThat(goals.get(16).get("short").asText()).isEqualTo("Alianzas para lograr los objetivos");
    sibling("gcm/objectives", "number", Set.of("short", "summary"));
    List<YNode> principles = sibling("gcm/principles", "id", Set.of("name", "summary"));
    assertThat(principles.stream().map(p -> p.get("name").asText()))
        .contains("Enfoque pangubernamental", "Enfoque pansocial", "Perspectiva infantil");
    sibling("vocab/levels", "id", Set.of("label", "description"));
    sibling("vocab/actors", "id", Set.of("label", "description"));
    sibling("vocab/themes", "id", Set.of("label", "description"));
    List<YNode> countries = sibling("countries", "code", Set.of("name", "region", "subregion"));
    assertThat(countries.stream().map(c -> c.get("name").asText())).contains("Filipinas", "Marruecos", "México");
  }

  @Test
  void everyMigrationRelevantTargetHasItsSpanishNoteAndIndicators() throws Exception {
    List<YNode> en = data("sdg/targets.yml").list();
    Map<String, YNode> es = data("sdg/targets.es.yml").list().stream()
        .collect(Collectors.toMap(t -> t.get("id").asText(), t -> t));
    int relevant = 0;
    for (YNode t : en) {
      String id = t.get("id").asText();
      YNode s = es.get(id);
      assertThat(s).as("Spanish entry for target %s", id).isNotNull();
      assertThat(Set.of("id", "label", "note", "indicators", "disaggregation", "proxy_examples", "data_sources", "custodian")).containsAll(s.map().keySet());
      assertThat(s.get("label").asText()).as("label of %s", id).isNotBlank();
      if ("none".equals(t.get("relevance").asText())) {
        continue;
      }
      relevant++;
      assertThat(s.get("note").asText()).as("note of %s", id).isNotBlank();
      assertThat(s.get("indicators").list().stream().map(i -> i.get("id").asText()).toList())
          .as("indicator ids of %s", id)
          .isEqualTo(t.get("indicators").list().stream().map(i -> i.get("id").asText()).toList());
      for (YNode i : s.get("indicators").list()) {
        assertThat(i.get("label").asText()).isNotBlank();
      }
    }
    assertThat(relevant).isEqualTo(48);
  }

  @Test
  void theSpanishGlossaryIsCompleteSortedAndUsesSpanishAbbreviations() throws Exception {
    List<YNode> en = data("glossary.yml").list();
    List<YNode> es = data("glossary.es.yml").list();
    assertThat(es).hasSameSizeAs(en);
    List<String> keys = es.stream().map(e -> sortKey(e.get("term").asText())).toList();
    assertThat(keys).isSorted();
    List<String> abbrs = es.stream().filter(e -> e.get("abbr") != null).map(e -> e.get("abbr").asText()).toList();
    assertThat(abbrs).doesNotHaveDuplicates()
        .contains("ODS", "OIM", "ENV", "ILV", "PNUD", "ACNUR", "OIT", "OMS", "OCDE")
        .doesNotContain("SDG", "IOM", "VNR", "VLR", "UNDP", "UNHCR", "ILO", "WHO", "GCM");
    for (YNode e : es) {
      assertThat(e.get("definition").asText()).as("definition of %s", e.get("term").asText()).isNotBlank();
    }
  }

  private static String sortKey(String term) {
    return Normalizer.normalize(term.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
