package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a site's data teaches its search, beyond the words of its pages:
 *
 * <ul>
 *   <li>{@code qualifiers}: for each data-backed taxonomy, the words that name it (from its title
 *       and singular, "sdg", "target", "targets"), so that "target 10.7" or "obj. 20" reaches a
 *       term's page. A term's page carries the identifier {@code <taxonomy>/<key>}, the key being
 *       its id as {@link #key} normalises it.
 *   <li>{@code synonyms}: groups of phrases that mean the same (a glossary's abbreviation and its
 *       expansion, the entries of an optional synonyms data file), each phrase as the index
 *       analyses it: terms at positions.
 * </ul>
 *
 * <p>Both are applied when a query is planned, not when pages are indexed: the index stays as
 * it is (no extra terms in every page that uses an abbreviation), the browser gets the groups
 * in the meta file, and the Java reference and the client expand a query the same way
 * ({@link QueryVocabulary}).
 */
record SearchVocabulary(Map<String, List<String>> qualifiers, List<List<QueryPlan.Unit>> synonyms) {
  public static final SearchVocabulary NONE = new SearchVocabulary(Map.of(), List.of());

  public SearchVocabulary {
    Map<String, List<String>> q = new LinkedHashMap<>();
    qualifiers.forEach((k, v) -> q.put(k, List.copyOf(v)));
    qualifiers = java.util.Collections.unmodifiableMap(q);
    synonyms = synonyms.stream().map(List::copyOf).toList();
  }

  /** The field holding a term page's identifier terms. */
  public static final String FIELD = "ident";

  /** A term's identifier: {@code <taxonomy>/<key>}. */
  public static String identifier(SearchLanguage language, String taxonomy, String termId) {
    return taxonomy + "/" + key(language, termId);
  }

  /**
   * An identifier as typed or as written in data, normalised: its surface words (lowercased, no
   * stemming, stop words kept) joined by dots, so "10.7" stays "10.7", "10.c" (two tokens for
   * the tokenizer) is "10.c" and "KE" is "ke".
   */
  public static String key(SearchLanguage language, String text) {
    StringBuilder b = new StringBuilder();
    for (QueryPlan.Token t : QueryPlan.analyze(language.prefixes().get(), text)) {
      b.append(b.length() > 0 ? "." : "").append(t.text());
    }
    return b.toString();
  }

  /** The words of {@code texts} that can name a taxonomy: surface words, no stop words, at least 2 characters. */
  public static List<String> qualifierWords(SearchLanguage language, List<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    Analyzer words = language.words().get();
    for (String text : texts) {
      for (QueryPlan.Token t : QueryPlan.analyze(words, text)) {
        if (t.text().length() >= 2) {
          out.add(t.text());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Groups of equivalent phrases, each phrase analysed as the index is; phrases that analyse to
   * nothing (stop words only) are dropped, and so are groups left with fewer than two phrases.
   */
  public static List<List<QueryPlan.Unit>> synonymGroups(SearchLanguage language, List<List<String>> groups) {
    Analyzer analyzer = language.analyzer().get();
    List<List<QueryPlan.Unit>> out = new ArrayList<>();
    for (List<String> group : groups) {
      Map<String, QueryPlan.Unit> units = new LinkedHashMap<>();
      for (String phrase : group) {
        List<QueryPlan.Token> tokens = QueryPlan.analyze(analyzer, phrase);
        if (!tokens.isEmpty()) {
          QueryPlan.Unit u = QueryPlan.unit(tokens);
          units.putIfAbsent(u.key(), u);
        }
      }
      if (units.size() >= 2) {
        out.add(List.copyOf(units.values()));
      }
    }
    return out;
  }

  private static final String QUALIFIERS = "passage.qualifiers";
  private static final String SYNONYMS = "passage.synonyms";

  /**
   * As the index keeps it (commit user data): qualifiers one taxonomy a line, {@code name\tword
   * word…}; synonyms one group a line, its phrases separated by tabs, each phrase's terms by
   * spaces as {@code position,term} (a term never holds white space).
   */
  public Map<String, String> userData() {
    StringBuilder q = new StringBuilder();
    qualifiers.forEach((tax, words) -> q.append(tax).append('\t').append(String.join(" ", words)).append('\n'));
    StringBuilder s = new StringBuilder();
    for (List<QueryPlan.Unit> group : synonyms) {
      for (int u = 0; u < group.size(); u++) {
        QueryPlan.Unit unit = group.get(u);
        s.append(u > 0 ? "\t" : "");
        for (int i = 0; i < unit.terms().size(); i++) {
          s.append(i > 0 ? " " : "").append(unit.positions().get(i)).append(',').append(unit.terms().get(i));
        }
      }
      s.append('\n');
    }
    return Map.of(QUALIFIERS, q.toString(), SYNONYMS, s.toString());
  }

  /** The vocabulary {@link #userData} wrote; {@link #NONE} for an index without one. */
  public static SearchVocabulary fromUserData(Map<String, String> data) {
    Map<String, List<String>> qualifiers = new LinkedHashMap<>();
    for (String line : data.getOrDefault(QUALIFIERS, "").split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String words = line.substring(tab + 1);
        qualifiers.put(line.substring(0, tab), words.isEmpty() ? List.of() : List.of(words.split(" ")));
      }
    }
    List<List<QueryPlan.Unit>> synonyms = new ArrayList<>();
    for (String line : data.getOrDefault(SYNONYMS, "").split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<QueryPlan.Unit> group = new ArrayList<>();
      for (String phrase : line.split("\t")) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String t : phrase.split(" ")) {
          int comma = t.indexOf(',');
          positions.add(Integer.parseInt(t.substring(0, comma)));
          terms.add(t.substring(comma + 1));
        }
        group.add(new QueryPlan.Unit(List.copyOf(terms), List.copyOf(positions)));
      }
      synonyms.add(group);
    }
    return new SearchVocabulary(qualifiers, synonyms);
  }
}
