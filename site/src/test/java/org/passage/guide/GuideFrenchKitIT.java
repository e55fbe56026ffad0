package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The French workshop kit and the French case studies, read from the built guide: every page of
 * the English kit has a French page at the same path, the kit's links stay in French where a French
 * page exists, explicit heading ids survive translation, and each French case study keeps the
 * identifiers and sources of its English original while its text and questions for discussion are
 * in French.
 */
class GuideFrenchKitIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTENT = REPO.resolve("content");
  private static final Pattern EXPLICIT_ID = Pattern.compile("\\{#([A-Za-z0-9_-]+)");
  private static final List<String> KEPT_FIELDS =
      List.of("countries", "levels", "actors", "targets", "objectives", "themes", "sources");
  private static final List<String> SECTIONS = List.of("Contexte", "Ce qui a été fait",
      "Acteurs et coordination", "Résultats et difficultés", "Leçons pour les praticiens");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = GuideSite.built();
  }

  @Test
  void frenchIsALanguageOfTheSite() throws Exception {
    YNode languages = yaml(Files.readString(CONTENT.resolve("site.yml")), "site.yml", 1).get("languages");
    assertThat(languages.list().stream().map(l -> l.get("code").asText())).contains("en", "fr");
  }

  @Test
  void everyPageOfTheKitHasAFrenchPageAtTheSamePath() throws Exception {
    List<Path> pages = markdown(CONTENT.resolve("en/workshop"), true);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(34);
    for (Path rel : pages) {
      assertThat(CONTENT.resolve("fr/workshop").resolve(rel)).as("French source of %s", rel).isRegularFile();
      Path html = Path.of(rel.toString().replaceAll("\\.md$", ".html"));
      Document en = parse(site.resolve("en/workshop").resolve(html));
      Document fr = parse(site.resolve("fr/workshop").resolve(html));
      assertThat(fr.selectFirst("html").attr("lang")).as("lang of %s", rel).isEqualTo("fr");
      assertThat(fr.selectFirst("main h1").text()).as("title of %s", rel).isNotBlank()
          .isNotEqualTo(en.selectFirst("main h1").text());
    }
  }

  @Test
  void theKitsLinksStayInFrenchAndTheirAnchorsExist() throws Exception {
    for (Path rel : markdown(CONTENT.resolve("fr/workshop"), true)) {
      Path page = site.resolve("fr/workshop").resolve(rel.toString().replaceAll("\\.md$", ".html"));
      for (Element a : parse(page).select("main .content a[href]")) {
        String href = a.attr("href");
        if (href.startsWith("http") || href.startsWith("mailto:")) {
          continue;
        }
        Path target = resolve(page, href);
        assertThat(target).as("link %s on %s", href, rel).isRegularFile();
        if (target.startsWith(site.resolve("en/workshop")) || target.startsWith(site.resolve("en/case-studies"))) {
          Path frTwin = site.resolve("fr").resolve(site.resolve("en").relativize(target));
          assertThat(frTwin).as("link %s on %s leads to English although a French page exists", href, rel).doesNotExist();
        }
        int hash = href.indexOf('#');
        if (hash >= 0) {
          assertThat(parse(target).getElementById(href.substring(hash + 1))).as("anchor %s on %s", href, rel).isNotNull();
        }
      }
    }
  }

  @Test
  void explicitHeadingIdsSurviveTranslation() throws Exception {
    for (Path rel : markdown(CONTENT.resolve("fr/workshop"), true)) {
      Set<String> en = ids(Files.readString(CONTENT.resolve("en/workshop").resolve(rel)));
      Set<String> fr = ids(Files.readString(CONTENT.resolve("fr/workshop").resolve(rel)));
      assertThat(fr).as("explicit heading ids of %s", rel).isEqualTo(en);
    }
  }

  @Test
  void frenchCaseStudiesKeepTheirIdentifiersAndTranslateTheirText() throws Exception {
    List<Path> cases = markdown(CONTENT.resolve("fr/case-studies"), false);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
    Document browser = parse(site.resolve("fr/case-studies/index.html"));
    Set<Path> listed = new TreeSet<>();
    for (Element a : browser.select("main a[href]")) {
      listed.add(resolve(site.resolve("fr/case-studies/index.html"), a.attr("href")));
    }
    for (Path rel : cases) {
      String slug = rel.toString().replaceAll("\\.md$", "");
      YNode en = frontMatter(CONTENT.resolve("en/case-studies").resolve(rel));
      YNode fr = frontMatter(CONTENT.resolve("fr/case-studies").resolve(rel));
      for (String field : KEPT_FIELDS) {
        assertThat(texts(fr.get(field))).as("%s of %s", field, slug).isEqualTo(texts(en.get(field)));
      }
      for (String field : List.of("title", "summary")) {
        assertThat(fr.get(field).asText()).as("%s of %s", field, slug).isNotBlank().isNotEqualTo(en.get(field).asText());
      }
      List<String> questions = texts(fr.get("discussion"));
      assertThat(questions).as("questions for discussion on %s", slug).hasSameSizeAs(texts(en.get("discussion")));
      assertThat(questions).doesNotContainAnyElementsOf(texts(en.get("discussion")));

      Path page = site.resolve("fr/case-studies/" + slug + ".html");
      Document doc = parse(page);
      Element discussion = doc.selectFirst("main section.discussion");
      assertThat(discussion).as("questions for discussion on the French %s", slug).isNotNull();
      assertThat(discussion.select("li")).hasSameSizeAs(questions);
      assertThat(doc.select("main h2").eachText()).as("sections of %s", slug).containsSubsequence(SECTIONS);
      assertThat(listed).as("the French browser lists %s", slug).contains(page);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static List<Path> markdown(Path root, boolean withIndex) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> withIndex || !p.getFileName().toString().equals("index.md"))
          .map(root::relativize).sorted().forEach(out::add);
    }
    return out;
  }

  private static Set<String> ids(String markdown) {
    Set<String> out = new TreeSet<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("#")) {
        Matcher m = EXPLICIT_ID.matcher(line);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  private static YNode frontMatter(Path file) throws IOException {
    String text = Files.readString(file);
    return yaml(text.substring(4, text.indexOf("\n---", 4)), file.toString(), 2);
  }

  private static YNode yaml(String text, String name, int line) {
    Diagnostics d = new Diagnostics();
    YNode node = YamlReader.read(text, name, line, d).orElseThrow();
    assertThat(d.sorted()).as("YAML of %s", name).isEmpty();
    return node;
  }

  private static List<String> texts(YNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.list().forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static Document parse(Path page) throws IOException {
    assertThat(page).isRegularFile();
    return Jsoup.parse(Files.readString(page));
  }

  private static Path resolve(Path page, String href) {
    String path = href.replaceAll("#.*$", "");
    return path.isEmpty() ? page : page.getParent().resolve(path).normalize();
  }
}
