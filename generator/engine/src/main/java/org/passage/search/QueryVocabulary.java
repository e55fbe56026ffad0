package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a query means to the site's {@link SearchVocabulary}; the browser client's
 * {@code planVocabulary} is its line-for-line twin.
 *
 * <p><b>Identifiers.</b> Each chunk that is not excluded or quoted has a key: its surface words
 * joined by dots ({@link SearchVocabulary#key}). A chunk of one word is a qualifier of every
 * taxonomy one of whose words it equals, or starts with when it has 3 letters or more ("obj").
 * A key preceded by one or two qualifier chunks names the term of that key in the qualified
 * taxonomies ("target 10.7", "GCM objective 20"); a key with a digit and no qualifier before it
 * names that key in every taxonomy ("10.7", "10.c"). The page of a named term gets
 * {@link #IDENTIFIER_BOOST}.
 *
 * <p><b>Synonyms.</b> Where the plain words of the query hold a phrase of a synonym group
 * (consecutive terms, in order), every other phrase of the group not itself in the query is an
 * alternative: it matches on every field as the words it stands for would (same boosts), and
 * counts for their coordination.
 */
record QueryVocabulary(List<String> identifiers, List<Alternative> alternatives) {
  /** A term page named by the query gets this constant: above any coordination a typed query reaches. */
  public static final float IDENTIFIER_BOOST = 65536f;
  /** At most this many alternatives per query. */
  public static final int MAX_ALTERNATIVES = 8;
  /** A qualifier may stand for a taxonomy word it starts with when it has at least this many characters. */
  public static final int QUALIFIER_PREFIX = 3;

  public static final QueryVocabulary NONE = new QueryVocabulary(List.of(), List.of());

  /** A phrase of a synonym group and the plain terms of the query (in {@code should}) it stands for. */
  public record Alternative(QueryPlan.Unit unit, List<String> covers) {}

  public static QueryVocabulary of(String query, QueryPlan plan, SearchLanguage language, SearchVocabulary vocabulary) {
    if (vocabulary.qualifiers().isEmpty() && vocabulary.synonyms().isEmpty()) {
      return NONE;
    }
    List<QueryPlan.Chunk> chunks = QueryPlan.chunks(query);
    Analyzer surfaces = language.prefixes().get();
    Analyzer index = language.analyzer().get();
    int n = chunks.size();
    String[] keys = new String[n];
    List<Set<String>> qualified = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (QueryPlan.Chunk c : chunks) {
      Set<String> of = new LinkedHashSet<>();
      qualified.add(of);
      if (c.op() == '-' || c.quoted()) {
        continue;
      }
      List<QueryPlan.Token> words = QueryPlan.analyze(surfaces, c.text());
      StringBuilder key = new StringBuilder();
      for (QueryPlan.Token t : words) {
        key.append(key.length() > 0 ? "." : "").append(t.text());
      }
      keys[qualified.size() - 1] = key.length() == 0 ? null : key.toString();
      if (words.size() == 1) {
        String w = words.get(0).text();
        vocabulary.qualifiers().forEach((tax, names) -> {
          for (String name : names) {
            if (name.equals(w) || (w.length() >= QUALIFIER_PREFIX && name.startsWith(w))) {
              of.add(tax);
              break;
            }
          }
        });
      }
      if (c.op() == ' ') {
        for (QueryPlan.Token t : QueryPlan.analyze(index, c.text())) {
          plain.add(t.text());
        }
      }
    }
    Set<String> identifiers = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (keys[i] == null) {
        continue;
      }
      Set<String> from = new LinkedHashSet<>();
      for (int j = i - 1; j >= 0 && j >= i - 2 && !qualified.get(j).isEmpty(); j--) {
        from.addAll(qualified.get(j));
      }
      boolean digit = keys[i].chars().anyMatch(ch -> ch >= '0' && ch <= '9');
      for (String tax : vocabulary.qualifiers().keySet()) {
        if (from.isEmpty() ? digit : from.contains(tax)) {
          identifiers.add(tax + "/" + keys[i]);
        }
      }
    }
    return new QueryVocabulary(List.copyOf(identifiers), alternatives(plain, plan, vocabulary));
  }

  private static List<Alternative> alternatives(List<String> plain, QueryPlan plan, SearchVocabulary vocabulary) {
    Map<String, QueryPlan.Unit> units = new LinkedHashMap<>();
    Map<String, Set<String>> covers = new LinkedHashMap<>();
    for (List<QueryPlan.Unit> group : vocabulary.synonyms()) {
      boolean[] typed = new boolean[group.size()];
      Set<String> stands = new LinkedHashSet<>();
      for (int u = 0; u < group.size(); u++) {
        List<String> terms = group.get(u).terms();
        int at = indexOf(plain, terms);
        if (at >= 0) {
          typed[u] = true;
          for (String t : terms) {
            if (plan.should().contains(t)) {
              stands.add(t);
            }
          }
        }
      }
      if (stands.isEmpty()) {
        continue;
      }
      for (int u = 0; u < group.size(); u++) {
        if (typed[u]) {
          continue;
        }
        QueryPlan.Unit unit = group.get(u);
        if (!units.containsKey(unit.key()) && units.size() == MAX_ALTERNATIVES) {
          continue;
        }
        units.putIfAbsent(unit.key(), unit);
        covers.computeIfAbsent(unit.key(), k -> new LinkedHashSet<>()).addAll(stands);
      }
    }
    List<Alternative> out = new ArrayList<>();
    units.forEach((key, unit) -> {
      List<String> c = new ArrayList<>();
      for (String t : plan.should()) {
        if (covers.get(key).contains(t)) {
          c.add(t);
        }
      }
      out.add(new Alternative(unit, List.copyOf(c)));
    });
    return List.copyOf(out);
  }

  /** Where {@code terms} first stand consecutively in {@code plain}, or -1. */
  private static int indexOf(List<String> plain, List<String> terms) {
    outer:
    for (int i = 0; i + terms.size() <= plain.size(); i++) {
      for (int k = 0; k < terms.size(); k++) {
        if (!plain.get(i + k).equals(terms.get(k))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
