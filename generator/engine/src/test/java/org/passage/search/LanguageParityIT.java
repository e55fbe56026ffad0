package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.text.Json;

/**
 * The parity suite per language: each language's index, built with its own Lucene analyzer and
 * exported with its browser port, gives the shipped client (GraalJS) exactly what the Java
 * reference gives, in GraalJS and in node: same hits, same order, bit-identical scores, same facet
 * counts and suggestion.
 * French and Spanish over the guide's own pages, with queries a reader would type and the
 * generated ones of every shape; Arabic, Russian and Chinese over their fixtures.
 */
class LanguageParityIT {
  @TempDir
  Path tmp;
  private final List<SearchReference> open = new ArrayList<>();

  @AfterEach
  void close() throws IOException {
    for (SearchReference r : open) {
      r.close();
    }
  }

  static final List<String> FRENCH = List.of("intégration", "l'intégration", "L’intégration des migrants", "migrants",
      "migrant", "Migrations", "les migrations de travail", "travailleurs migrants", "envois de fonds", "cible 10.7",
      "10.7", "objectif 10", "données migratoires", "ventilation par statut migratoire", "\"statut migratoire\"",
      "\"Pacte mondial\"", "pacte mondial sur les migrations", "collectivités territoriales", "collectivités locales",
      "mécanisme de coordination", "plan d'action municipal", "Oujda", "Maroc", "Ghana politique nationale",
      "Fidji relocalisation planifiée", "réfugiés", "trafic illicite de migrants", "diaspora", "santé des migrants",
      "égalité des sexes", "changement climatique", "renforcement des capacités", "atelier", "examens nationaux volontaires",
      "+migration -santé", "\"l'ensemble des pouvoirs publics\"", "qu'est-ce que", "jusqu'à", "intégr", "migra",
      "coordin", "statistiques", "statisticiens", "migratoin", "intégation des migrans", "DÉVELOPPEMENT DURABLE",
      "main-d'œuvre", "travail décent", "droits de l'homme", "xénophobie", "d'", "l'", "le la les", "ODD 10.7 migrants");
  static final List<String> SPANISH = List.of("integración", "la integración de los migrantes", "migrantes", "migrante",
      "Migraciones", "trabajadores migrantes", "remesas", "meta 10.7", "10.7", "objetivo 10", "datos migratorios",
      "desglose por situación migratoria", "\"Pacto Mundial\"", "pacto mundial para la migración", "gobiernos locales",
      "Quito", "Ecuador", "Colombia", "Costa Rica", "México", "mexico", "mecanismo de coordinación", "refugiados",
      "diáspora", "salud de los migrantes", "igualdad de género", "cambio climático", "desarrollo de capacidades", "taller",
      "exámenes nacionales voluntarios", "+migración -salud", "\"todo el gobierno\"", "integr", "migra", "coordin",
      "estadísticas", "migracion", "migrasión", "niños migrantes", "trata de personas", "tráfico ilícito de migrantes",
      "xenofobia", "discriminación", "trabajo decente", "ODS 10.7 migrantes", "el la los las", "¿qué es?");
  static final List<String> ARABIC = List.of("الهجرة", "المهاجرين", "مهاجر", "التنمية المستدامة", "\"التنمية المستدامة\"",
      "الهجـــرة", "البيانات", "2030", "٢٠٣٠", "المدن", "+الهجرة -البيانات", "الهج", "هجره");
  static final List<String> RUSSIAN = List.of("миграция", "мигрантов", "мигранты", "устойчивое развитие",
      "\"устойчивого развития\"", "данные", "Данных", "города", "+миграция -данные", "мигр", "миграцыя", "ООН");
  static final List<String> CHINESE = List.of("移民", "可持续发展", "\"可持续发展\"", "移民数据", "ＳＤＧ", "sdg", "全球契约",
      "城市", "地方政府", "+移民 -数据", "移", "发展 规划");

  @Test
  void french() throws IOException, InterruptedException {
    List<String> queries = new ArrayList<>(FRENCH);
    Parity fr = parity("fr", LanguageDocuments.guide("fr"), queries, 100);
    // elision and light stemming, as the reader types
    fr.same("l'intégration", "intégration");
    fr.same("L’intégration", "intégration");
    fr.same("migrants ", "migrant "); // (a trailing space: the last word is not also a prefix)
    fr.same("Migrations ", "migration ");
    assertThat(fr.reference.search("l'intégration").total()).isGreaterThan(10);
  }

  @Test
  void spanish() throws IOException, InterruptedException {
    Parity es = parity("es", LanguageDocuments.guide("es"), new ArrayList<>(SPANISH), 100);
    es.same("migrantes ", "migrante ");
    es.same("Integración", "integración");
    es.same("las migraciones ", "migración ");
    assertThat(es.reference.search("migrantes").total()).isGreaterThan(10);
  }

  @Test
  void arabicRussianAndChinese() throws IOException, InterruptedException {
    Parity ar = parity("ar", LanguageDocuments.fixture("ar"), new ArrayList<>(ARABIC), 0);
    ar.same("الهجـــرة", "الهجرة"); // tatweel goes
    ar.same("٢٠٣٠", "2030"); // Arabic-Indic digits are digits
    Parity ru = parity("ru", LanguageDocuments.fixture("ru"), new ArrayList<>(RUSSIAN), 0);
    ru.same("мигрантов ", "мигранты ");
    Parity zh = parity("zh", LanguageDocuments.fixture("zh"), new ArrayList<>(CHINESE), 0);
    zh.same("ＳＤＧ", "sdg"); // width folding
    assertThat(zh.reference.search("移民").total()).isGreaterThan(5);
  }

  /** A language's index, exported; runs the queries (and {@code generated} generated ones) on both sides. */
  private Parity parity(String lang, List<SearchDocument> docs, List<String> queries, int generated)
      throws IOException, InterruptedException {
    Path lucene = tmp.resolve("lucene/" + lang);
    Path site = tmp.resolve("site");
    SearchLanguage language = SearchLanguage.of(lang);
    LuceneSearchIndexer.write(language, docs, lucene);
    // small shards, so that queries (prefixes above all) cross shard boundaries
    SearchExporter.Export export = SearchExporter.export(lucene, language, site.resolve("search/" + lang), 8 * 1024, 4 * 1024, 3);
    assertThat(export.files().keySet()).anyMatch(f -> f.matches("analysis-[0-9a-f]{12}\\.js"));
    assertThat(Files.readString(site.resolve("search/" + lang + "/index.js"))).contains("\"analysis\":\"analysis-");
    SearchReference reference = SearchReference.open(lucene, lang);
    open.add(reference);
    List<ParityQueries.Case> cases = new ArrayList<>();
    for (String q : queries) {
      cases.add(new ParityQueries.Case("written", q, "{}", Map.of()));
    }
    if (generated > 0) {
      cases.addAll(ParityQueries.generate(docs, 11).subList(0, generated));
    }
    List<String> failures = new ArrayList<>();
    int withHits = 0;
    int hits = 0;
    try (JsClient js = new JsClient(site)) {
      js.eval("__lang = '" + lang + "'");
      for (ParityQueries.Case c : cases) {
        SearchResult r = reference.search(c.query(), c.filters());
        String want = SearchCanon.of(r);
        String got = js.search(c.query(), c.filtersJson());
        if (!want.equals(got)) {
          failures.add(c.kind() + " [" + c.query() + "] " + c.filtersJson() + "\n--- java\n" + want + "\n--- js\n" + got);
        }
        withHits += r.total() > 0 ? 1 : 0;
        hits += r.total();
        for (SearchResult.Hit h : r.hits()) {
          assertThat(h.url()).as("results stay in the index's language").startsWith(lang + "/");
        }
      }
    }
    // node (V8, the engine of Chromium) too
    Path tsv = tmp.resolve("queries-" + lang + ".tsv");
    StringBuilder lines = new StringBuilder();
    for (ParityQueries.Case c : cases) {
      lines.append(Json.quote(c.query())).append('\t').append(c.filtersJson()).append('\n');
    }
    Files.writeString(tsv, lines.toString(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", JsClient.RESOURCES.resolve("node-harness.js").toString(), JsClient.CLIENT.toString(),
        site.toString(), tsv.toString(), lang).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    String[] results = out.split("\n\u0000end\n", -1);
    assertThat(results.length - 1).as(SearchParityIT.brief(out)).isEqualTo(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      String want = SearchCanon.of(reference.search(cases.get(i).query(), cases.get(i).filters()));
      if (!want.equals(results[i])) {
        failures.add("node " + cases.get(i).query() + "\n--- java\n" + want + "\n--- node\n" + results[i]);
      }
    }
    System.out.printf("%s parity (GraalJS and node): %d units, %d queries (%d written, %d with hits), %d hits, %d mismatches%n",
        lang, docs.size(), cases.size(), queries.size(), withHits, hits, failures.size());
    if (!failures.isEmpty()) {
      Files.writeString(Path.of("target/search-parity-" + lang + "-failures.txt"), String.join("\n\n", failures));
    }
    assertThat(failures.size()).as(failures.isEmpty() ? "" : "first of " + failures.size() + " mismatches:\n"
        + SearchParityIT.brief(failures.get(0))).isZero();
    assertThat(withHits).isGreaterThan(queries.size() * 3 / 4);
    return new Parity(reference);
  }

  private record Parity(SearchReference reference) {
    /** Both queries find the same documents with the same scores. */
    void same(String query, String other) throws IOException {
      assertThat(hits(query)).as(query + " ~ " + other).isEqualTo(hits(other)).isNotEmpty();
    }

    private List<String> hits(String query) throws IOException {
      return reference.search(query).hits().stream().map(h -> h.url() + " " + Float.floatToIntBits(h.score())).toList();
    }
  }
}
