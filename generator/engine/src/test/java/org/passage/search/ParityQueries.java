package org.passage.search;

import org.passage.text.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** At least 500 deterministic queries of every shape the query language has, with filters. */
final class ParityQueries {
  record Case(String kind, String query, String filtersJson, Map<String, List<String>> filters) {}

  private ParityQueries() {}

  static List<Case> generate(List<SearchDocument> docs, long seed) {
    Random r = new Random(seed);
    List<String> vocab = new ArrayList<>();
    for (SearchDocument d : docs) {
      for (String w : d.body().split("[\\s,.?]+")) {
        if (!w.isEmpty()) {
          vocab.add(w);
        }
      }
    }
    List<Case> out = new ArrayList<>();
    java.util.function.Supplier<String> word = () -> vocab.get(r.nextInt(vocab.size()));
    java.util.function.Supplier<String> phrase = () -> {
      SearchDocument d = docs.get(r.nextInt(docs.size()));
      String[] ws = d.body().split("\\s+");
      int len = 2 + r.nextInt(3);
      int at = r.nextInt(Math.max(1, ws.length - len));
      StringBuilder b = new StringBuilder();
      for (int i = at; i < Math.min(ws.length, at + len); i++) {
        b.append(i == at ? "" : " ").append(ws[i].replace("\"", ""));
      }
      return b.toString();
    };
    for (int i = 0; i < 60; i++) {
      add(out, "one word", word.get());
    }
    for (int i = 0; i < 60; i++) {
      add(out, "two words", word.get() + " " + word.get());
    }
    for (int i = 0; i < 40; i++) {
      add(out, "three words", word.get() + " " + word.get() + " " + word.get() + " ");
    }
    for (int i = 0; i < 50; i++) {
      add(out, "near words", phrase.get());
    }
    for (int i = 0; i < 40; i++) {
      add(out, "quoted phrase", "\"" + phrase.get() + "\"");
    }
    for (int i = 0; i < 20; i++) {
      add(out, "phrase and word", "\"" + phrase.get() + "\" " + word.get());
    }
    for (int i = 0; i < 50; i++) {
      String w = SearchFixture.WORDS[r.nextInt(SearchFixture.WORDS.length)];
      add(out, "prefix", word.get() + " " + w.substring(0, Math.min(w.length(), 1 + r.nextInt(6))));
    }
    for (int i = 0; i < 15; i++) {
      String w = SearchFixture.WORDS[r.nextInt(SearchFixture.WORDS.length)];
      add(out, "prefix alone", w.substring(0, Math.min(w.length(), 2 + r.nextInt(4))));
    }
    for (int i = 0; i < 35; i++) {
      add(out, "exclusion", word.get() + " " + word.get() + " -" + word.get());
    }
    for (int i = 0; i < 10; i++) {
      add(out, "excluded phrase", word.get() + " -\"" + phrase.get() + "\"");
    }
    for (int i = 0; i < 35; i++) {
      add(out, "required", "+" + word.get() + " " + word.get() + " " + word.get());
    }
    for (int i = 0; i < 10; i++) {
      add(out, "two required", "+" + word.get() + " +" + word.get());
    }
    String[] stop = {"the", "of the", "the migration", "rights of migrants", "to be or not", "migration and the city",
        "\"the data of\"", "it is", "The Agenda"};
    for (String s : stop) {
      add(out, "stop words", s);
    }
    String[] unknown = {"xqzvw", "migraton", "remitances", "helth", "goverment", "stakholders", "qwerty data",
        "monitorng and reportng", "+indicatrs", "-migration xyzzy", "policyy coherense", "diasproa", "zzzz"};
    for (String s : unknown) {
      add(out, "unknown words", s);
    }
    for (int i = 0; i < 20; i++) {
      String w = SearchFixture.WORDS[r.nextInt(SearchFixture.WORDS.length)];
      int at = r.nextInt(w.length());
      add(out, "misspelling", w.substring(0, at) + w.substring(at + 1) + " ");
    }
    String[] cased = {"MIGRATION", "Migration Data", "rEMITTANCES", "SDG", "sdgs", "Gcm", "IDNYC", "U.S.A.", "u.s.a"};
    for (String s : cased) {
      add(out, "mixed case", s);
    }
    String[] accents = {"São Paulo", "sao paulo", "Zürich", "zurich", "Bogotá", "naïve", "façade", "résumé",
        "México", "Côte d'Ivoire"};
    for (String s : accents) {
      add(out, "accents", s);
    }
    String[] possessive = {"Morocco's", "morocco", "Ghana's policy", "Philippines'", "Fiji’s", "Fiji's", "O'Neill",
        "country's migrants", "don't", "it's"};
    for (String s : possessive) {
      add(out, "possessives", s);
    }
    String[] numbers = {"10.7", "8.8.2", "target 10.7", "\"10.7\"", "10.c", "17.18", "2030 agenda", "1,000", "25%",
        "3x1", "COVID-19", "8.8", "step_1", "e-mail", "whole-of-government", "co-operation"};
    for (String s : numbers) {
      add(out, "numbers", s);
    }
    String[] syntax = {"", " ", "-", "+", "\"", "\"\"", "-\"\"", "migration\"data", "\"unclosed phrase",
        "  migration   data  ", "+-migration", "--data", "migration -migration", "+migration -migration",
        "data data data", "run running runner", "\"data\" data"};
    for (String s : syntax) {
      add(out, "syntax", s);
    }
    // longer than SearchFields.MAX_PLAIN_TERMS distinct words: the first ones count
    StringBuilder longQuery = new StringBuilder();
    for (int i = 0; i < 90; i++) {
      longQuery.append(i > 0 ? " " : "").append(word.get());
    }
    add(out, "long query", longQuery.toString());
    add(out, "long query", longQuery + " +" + word.get() + " -" + word.get());
    String[][] filterSets = {{"collection", "case-studies"}, {"collection", "tools"}, {"goals", "10"},
        {"targets", "10.7"}, {"targets", "8.8.2"}, {"countries", "PHL"}, {"levels", "local"},
        {"collection", "case-studies", "page"}, {"targets", "10.7", "8.8"}, {"nosuchfacet", "x"}};
    for (int i = 0; i < 60; i++) {
      String[] f = filterSets[r.nextInt(filterSets.length)];
      Map<String, List<String>> filters = new LinkedHashMap<>();
      filters.put(f[0], List.of(java.util.Arrays.copyOfRange(f, 1, f.length)));
      if (r.nextInt(3) == 0) {
        filters.put("levels", List.of(SearchFixture.LEVELS[r.nextInt(SearchFixture.LEVELS.length)]));
      }
      String q = r.nextBoolean() ? word.get() : word.get() + " " + word.get();
      out.add(new Case("filters", q, json(filters), filters));
    }
    return out;
  }

  private static void add(List<Case> out, String kind, String query) {
    out.add(new Case(kind, query, "{}", Map.of()));
  }

  static String json(Map<String, List<String>> filters) {
    StringBuilder b = new StringBuilder("{");
    filters.forEach((k, v) -> {
      b.append(b.length() > 1 ? "," : "").append(Json.quote(k)).append(":[");
      for (int i = 0; i < v.size(); i++) {
        b.append(i > 0 ? "," : "").append(Json.quote(v.get(i)));
      }
      b.append(']');
    });
    return b.append('}').toString();
  }
}
