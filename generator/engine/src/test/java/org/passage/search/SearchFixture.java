package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic corpus of guide-like pages and their h2 sections: varied English with stop
 * words, numbers such as 10.7 and 8.8.2, possessives, accents, hyphens, mixed case and facets.
 */
final class SearchFixture {
  static final String[] WORDS = (
      "migration migrants migrant migrate migrating migrated remittances remittance diaspora labour labor mobility "
          + "policy policies coherence governance local government municipal national regional city cities council "
          + "councils integration inclusion health insurance education skills recruitment fair ethical workers worker "
          + "women gender children youth data statistics indicators indicator monitoring reporting evaluation review "
          + "voluntary planning plan plans strategy strategies stakeholders stakeholder consultation consultations "
          + "prioritisation priorities priority targets target goals goal objectives objective compact agenda "
          + "sustainable development partnership partnerships capacity institutional institutions coordination "
          + "framework frameworks displacement disaster climate relocation resilience returnees return reintegration "
          + "housing employment decent work social protection security portability pensions agreement agreements "
          + "bilateral multilateral human rights trafficking smuggling regular pathways visa identity documents "
          + "registration census survey household surveys budget financing investment costs transfer corridors "
          + "awareness campaign training workshop guidance toolkit checklist template worksheet matrix canvas "
          + "mainstreaming implementation interventions outcomes outputs baseline disaggregated running runner "
          + "organisation organization organisational effectively effective efficiency generous generously "
          + "happiness hopeful hopefully relational conditional rational traditional agreed feed meetings "
          + "caresses ponies ties cats matting mating milling messing sensibility adjustable formality").split(" ");
  static final String[] STOP = "the of and to in a is for on with by as that this are be or it at into such their".split(" ");
  static final String[] NAMES = {"São Paulo", "Quito", "Naga City", "Côte d'Ivoire", "Kerala", "Moldova", "Nepal",
      "the Philippines'", "Morocco's", "Oujda", "Turin", "Zürich", "Bogotá", "México", "Ghana's", "Sri Lanka",
      "New York City", "O'Neill", "Vanuatu", "Fiji’s"};
  static final String[] SPECIAL = {"10.7", "8.8.2", "10.c", "3.8", "17.18", "2030", "1,000", "25%", "e-mail",
      "whole-of-government", "U.S.A.", "IDNYC", "GCM", "SDG", "SDGs", "COVID-19", "3x1", "don't", "it's",
      "co-operation", "well-managed", "step_1", "naïve", "façade", "résumé", "MIGRATION", "Remittances", "DATA"};
  static final String[] COLLECTIONS = {"case-studies", "page", "tools", "sdgs"};
  static final String[] LEVELS = {"local", "national", "regional", "global"};
  static final String[] COUNTRIES = {"PHL", "MEX", "NPL", "MDA", "MAR", "BRA", "ECU", "GHA", "LKA", "FJI", "USA"};
  static final String[] TARGETS = {"10.7", "10.c", "8.8", "8.8.2", "3.8", "17.18", "5.2", "16.9", "11.b", "13.1"};

  private final Random random;

  SearchFixture(long seed) {
    this.random = new Random(seed);
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  String word() {
    int r = random.nextInt(100);
    if (r < 55) {
      return pick(WORDS);
    } else if (r < 80) {
      return pick(STOP);
    } else if (r < 88) {
      return pick(SPECIAL);
    } else if (r < 93) {
      return pick(NAMES);
    } else {
      String w = pick(WORDS);
      return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
  }

  String sentence(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : random.nextInt(12) == 0 ? ", " : " ").append(word());
    }
    return b.append(random.nextInt(6) == 0 ? "?" : ".").toString();
  }

  String paragraph(int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      b.append(i == 0 ? "" : " ").append(sentence(4, 18));
    }
    return b.toString();
  }

  String title() {
    int n = 2 + random.nextInt(4);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = i == 0 || random.nextInt(3) > 0 ? pick(WORDS) : pick(STOP);
      if (random.nextInt(5) == 0) {
        w = pick(SPECIAL);
      }
      b.append(i == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /** {@code pages} pages, each followed by its 0 to 4 sections. */
  List<SearchDocument> documents(int pages) {
    List<SearchDocument> docs = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      String collection = pick(COLLECTIONS);
      String path = "en/" + collection + "/page-" + p + ".html";
      String pageTitle = title() + (random.nextInt(4) == 0 ? " in " + pick(NAMES) : "");
      Map<String, List<String>> facets = new LinkedHashMap<>();
      facets.put("collection", List.of(collection));
      if (random.nextBoolean()) {
        String t1 = pick(TARGETS);
        String t2 = pick(TARGETS);
        facets.put("targets", t1.equals(t2) ? List.of(t1) : List.of(t1, t2));
        facets.put("goals", facets.get("targets").stream().map(t -> t.substring(0, t.indexOf('.'))).distinct().toList());
      }
      if (random.nextInt(3) > 0) {
        facets.put("countries", List.of(pick(COUNTRIES)));
      }
      facets.put("levels", List.of(pick(LEVELS)));
      int sections = random.nextInt(5);
      List<String[]> secs = new ArrayList<>();
      StringBuilder all = new StringBuilder();
      StringBuilder heads = new StringBuilder();
      for (int s = 0; s < sections; s++) {
        String heading = title();
        String sub = random.nextInt(3) == 0 ? title() : "";
        String text = paragraph(1 + random.nextInt(5));
        secs.add(new String[] {"s" + s + "-" + heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), heading, sub, text});
        all.append(text).append('\n');
        heads.append(heading).append('\n').append(sub.isEmpty() ? "" : sub + "\n");
      }
      String intro = paragraph(1 + random.nextInt(3));
      docs.add(new SearchDocument(path, "", pageTitle, "", heads.toString().strip(), (intro + "\n" + all).strip(), facets));
      for (String[] s : secs) {
        docs.add(new SearchDocument(path, s[0], pageTitle, s[1], s[2], s[3], facets));
      }
    }
    return docs;
  }
}
