package org.passage.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The reference implementation of search: turns a query into a Lucene {@link Query} and runs it
 * with {@link IndexSearcher} (BM25). The browser client must return exactly what this returns.
 */
final class SearchReference implements Closeable {
  private final SearchLanguage language;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Map<String, List<String>>> docFacets = new ArrayList<>();
  private final SearchVocabulary vocabulary;

  private SearchReference(SearchLanguage language, Directory directory) throws IOException {
    this.language = language;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.vocabulary = SearchVocabulary.fromUserData(reader.getIndexCommit().getUserData());
    for (int d = 0; d < reader.maxDoc(); d++) {
      docFacets.add(new TreeMap<>());
    }
    if (reader.leaves().size() == 1) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (FieldInfo fi : leaf.getFieldInfos()) {
        if (!fi.name.startsWith(SearchFields.FACET_PREFIX)) {
          continue;
        }
        String name = fi.name.substring(SearchFields.FACET_PREFIX.length());
        SortedSetDocValues v = leaf.getSortedSetDocValues(fi.name);
        for (int d = 0; d < leaf.maxDoc(); d++) {
          if (v.advanceExact(d)) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.docValueCount(); i++) {
              values.add(v.lookupOrd(v.nextOrd()).utf8ToString());
            }
            docFacets.get(d).put(name, values);
          }
        }
      }
    }
  }

  /** Opens the index of {@code lang} in {@code luceneDir} (the folder the indexer wrote). */
  public static SearchReference open(Path luceneDir, String lang) throws IOException {
    if (!Files.isDirectory(luceneDir)) {
      throw new IOException("no search index at " + luceneDir);
    }
    Directory dir = FSDirectory.open(luceneDir);
    try {
      return new SearchReference(SearchLanguage.of(lang), dir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  public SearchResult search(String query) throws IOException {
    return search(query, Map.of());
  }

  /**
   * As {@link #search(String, Map)}, counting facet values per page rather than per unit (a page
   * and its sections share their facets), as the browser does with {@code group: true}; the
   * grouped form is {@link SearchResult#pages()} of the answer.
   */
  public SearchResult searchPages(String query, Map<String, List<String>> filters) throws IOException {
    return search(query, filters, true);
  }

  /** Runs {@code query}; {@code filters} maps a facet to accepted values (any of them). */
  public SearchResult search(String query, Map<String, List<String>> filters) throws IOException {
    return search(query, filters, false);
  }

  private SearchResult search(String query, Map<String, List<String>> filters, boolean perPage) throws IOException {
    QueryPlan plan = QueryPlan.parse(query, language);
    List<String> expansions = expansions(plan);
    Query core = core(plan, expansions, QueryVocabulary.of(query, plan, language, vocabulary));
    String suggestion = suggestion(query, plan, expansions);
    if (core == null) {
      return new SearchResult(0, List.of(), Map.of(), suggestion);
    }
    Map<String, List<String>> active = new TreeMap<>();
    filters.forEach((k, v) -> {
      if (v != null && !v.isEmpty()) {
        active.put(k, v);
      }
    });
    TopDocs top = run(query(plan, core, active));
    StoredFields stored = reader.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      hits.add(new SearchResult.Hit(sd.doc, d.get(SearchFields.PATH), d.get(SearchFields.ANCHOR),
          d.get(SearchFields.PAGE_TITLE), d.get(SearchFields.SECTION), sd.score));
    }
    TopDocs unfiltered = active.isEmpty() ? top : run(query(plan, core, Map.of()));
    return new SearchResult(hits.size(), List.copyOf(hits), facetCounts(unfiltered, active, perPage ? stored : null), suggestion);
  }

  /** The Lucene query for {@code query} with no filters, as the reference runs it. */
  public Query luceneQuery(String query) throws IOException {
    QueryPlan plan = QueryPlan.parse(query, language);
    Query core = core(plan, expansions(plan), QueryVocabulary.of(query, plan, language, vocabulary));
    return core == null ? null : query(plan, core, Map.of());
  }

  private TopDocs run(Query q) throws IOException {
    int n = Math.max(1, reader.maxDoc());
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
    ScoreDoc[] sorted = top.scoreDocs.clone();
    java.util.Arrays.sort(sorted, Comparator.<ScoreDoc>comparingDouble(s -> -s.score).thenComparingInt(s -> s.doc));
    return new TopDocs(top.totalHits, sorted);
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  private static Query unitQuery(String field, QueryPlan.Unit u) {
    if (u.isTerm()) {
      return new TermQuery(new Term(field, u.terms().get(0)));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i < u.terms().size(); i++) {
      b.add(new Term(field, u.terms().get(i)), u.positions().get(i));
    }
    return b.build();
  }

  /**
   * The query without filters and exclusions: each required unit MUST match (any field, fields
   * boosted); SHOULD clauses: with two or more plain words, per word a constant
   * {@link SearchFields#COORDINATION_BOOST} when any of its terms is in any field, and, when the
   * title holds most of the words, {@link SearchFields#TITLE_COORDINATION_BOOST} per word in it; each plain
   * term on each field (BM25, fields boosted) and each expansion at {@link SearchFields#PREFIX_FACTOR};
   * with two or more plain terms, the terms as a phrase on the body at their typed positions,
   * exactly and sloppily; each synonym alternative on each field (fields boosted), counting for
   * the coordination of the words it stands for; each identifier's page a constant
   * {@link QueryVocabulary#IDENTIFIER_BOOST}. Null when there is nothing to match.
   */
  private static Query core(QueryPlan plan, List<String> expansions, QueryVocabulary vocab) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryPlan.Unit u : plan.required()) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        fields.add(boost(unitQuery(SearchFields.TEXT.get(f), u), SearchFields.BOOSTS[f]), Occur.SHOULD);
      }
      b.add(fields.build(), Occur.MUST);
      clauses++;
    }
    for (String t : plan.should()) {
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        b.add(boost(new TermQuery(new Term(SearchFields.TEXT.get(f), t)), SearchFields.BOOSTS[f]), Occur.SHOULD);
        clauses++;
      }
    }
    for (String t : expansions) {
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        float boost = SearchFields.BOOSTS[f] * SearchFields.PREFIX_FACTOR;
        b.add(boost(new TermQuery(new Term(SearchFields.TEXT.get(f), t)), boost), Occur.SHOULD);
        clauses++;
      }
    }
    for (QueryVocabulary.Alternative a : vocab.alternatives()) {
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        b.add(boost(unitQuery(SearchFields.TEXT.get(f), a.unit()), SearchFields.BOOSTS[f]), Occur.SHOULD);
        clauses++;
      }
    }
    for (String id : vocab.identifiers()) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchVocabulary.FIELD, id))), QueryVocabulary.IDENTIFIER_BOOST),
          Occur.SHOULD);
    }
    List<List<String>> words = coordinationGroups(plan, expansions);
    if (words.size() >= 2) {
      for (int w = 0; w < words.size(); w++) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : words.get(w)) {
          for (String field : SearchFields.TEXT) {
            any.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
          }
        }
        // word w is plan.should().get(w); an alternative standing for it counts for it
        for (QueryVocabulary.Alternative a : vocab.alternatives()) {
          if (a.covers().contains(plan.should().get(w))) {
            for (String field : SearchFields.TEXT) {
              any.add(unitQuery(field, a.unit()), Occur.SHOULD);
            }
          }
        }
        b.add(new BoostQuery(new ConstantScoreQuery(any.build()), SearchFields.COORDINATION_BOOST), Occur.SHOULD);
      }
      // a title that names most of the words: each of them adds the title coordination constant
      BooleanQuery.Builder titled = new BooleanQuery.Builder().setMinimumNumberShouldMatch(SearchFields.titleMajority(words.size()));
      for (List<String> word : words) {
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        for (String t : word) {
          inTitle.add(new TermQuery(new Term(SearchFields.TITLE, t)), Occur.SHOULD);
        }
        titled.add(new BoostQuery(new ConstantScoreQuery(inTitle.build()), SearchFields.TITLE_COORDINATION_BOOST), Occur.SHOULD);
      }
      b.add(titled.build(), Occur.SHOULD);
    }
    if (plan.should().size() >= 2) {
      b.add(boost(phrase(plan, 0, SearchFields.BODY), SearchFields.PHRASE_BOOST), Occur.SHOULD);
      b.add(boost(phrase(plan, SearchFields.PROXIMITY_SLOP, SearchFields.BODY), SearchFields.PROXIMITY_BOOST), Occur.SHOULD);
      // a title that holds the words as typed is the page they name
      float title = SearchFields.BOOSTS[SearchFields.TEXT.indexOf(SearchFields.TITLE)];
      b.add(boost(phrase(plan, 0, SearchFields.TITLE), SearchFields.PHRASE_BOOST * title), Occur.SHOULD);
      b.add(boost(phrase(plan, SearchFields.PROXIMITY_SLOP, SearchFields.TITLE), SearchFields.PROXIMITY_BOOST * title), Occur.SHOULD);
    }
    return clauses == 0 ? null : b.build();
  }

  /** The plain words as a phrase on {@code field}, at their typed positions. */
  private static Query phrase(QueryPlan plan, int slop, String field) {
    PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
    for (int i = 0; i < plan.should().size(); i++) {
      p.add(new Term(field, plan.should().get(i)), plan.shouldPositions().get(i));
    }
    return p.build();
  }

  /**
   * The words that coordination counts, each as the terms that match it: every plain term, the
   * one the prefix extends together with its expansions. Expansions of a stop word (a complete
   * "and" as often as the start of "analysis") and of a required word are not counted.
   */
  static List<List<String>> coordinationGroups(QueryPlan plan, List<String> expansions) {
    List<List<String>> words = new ArrayList<>();
    for (String t : plan.should()) {
      List<String> word = new ArrayList<>();
      word.add(t);
      if (t.equals(plan.prefixTerm())) {
        word.addAll(expansions);
      }
      words.add(word);
    }
    return words;
  }

  private static Query query(QueryPlan plan, Query core, Map<String, List<String>> filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(core, Occur.MUST);
    filters.forEach((facet, values) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : values) {
        any.add(new TermQuery(new Term(SearchFields.FACET_PREFIX + facet, v)), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
    });
    for (QueryPlan.Unit u : plan.excluded()) {
      for (String field : SearchFields.TEXT) {
        b.add(unitQuery(field, u), Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  /** Indexed terms starting with the plan's prefix: most documents first, then term order. */
  List<String> expansions(QueryPlan plan) throws IOException {
    if (plan.prefix() == null || reader.leaves().size() != 1) {
      return List.of();
    }
    Set<String> taken = new HashSet<>(plan.should());
    for (QueryPlan.Unit u : plan.required()) {
      if (u.isTerm()) {
        taken.add(u.terms().get(0));
      }
    }
    BytesRef prefix = new BytesRef(plan.prefix());
    Map<String, Integer> df = new TreeMap<>();
    LeafReader leaf = reader.leaves().get(0).reader();
    for (String field : SearchFields.TEXT) {
      Terms terms = leaf.terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
        df.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
      }
    }
    return df.entrySet().stream()
        .filter(e -> !taken.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SearchFields.PREFIX_EXPANSIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private boolean indexed(String term) throws IOException {
    for (String field : SearchFields.TEXT) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  private String suggestion(String query, QueryPlan plan, List<String> expansions) throws IOException {
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean changed = false;
    List<String[]> vocabulary = null;
    for (QueryPlan.Word w : plan.words()) {
      if (indexed(w.term()) || (w.last() && !expansions.isEmpty())) {
        continue;
      }
      if (vocabulary == null) {
        vocabulary = vocabulary();
      }
      String best = closest(w.surface(), vocabulary);
      if (best != null) {
        out.append(query, at, w.start()).append(best);
        at = w.end();
        changed = true;
      }
    }
    return changed ? out.append(query.substring(at)).toString() : null;
  }

  private List<String[]> vocabulary() throws IOException {
    List<String[]> words = new ArrayList<>();
    if (reader.leaves().size() != 1) {
      return words;
    }
    Terms terms = reader.leaves().get(0).reader().terms(SearchFields.WORD);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        words.add(new String[] {t.utf8ToString(), Integer.toString(te.docFreq())});
      }
    }
    return words;
  }

  /** The closest word within {@link SearchFields#MAX_EDITS}: fewest edits, most documents, then first in order. */
  static String closest(String word, List<String[]> vocabulary) {
    String best = null;
    int bestDist = SearchFields.MAX_EDITS + 1;
    int bestDf = -1;
    for (String[] w : vocabulary) {
      int d = editDistance(word, w[0], SearchFields.MAX_EDITS);
      if (d == 0 || d > SearchFields.MAX_EDITS) {
        continue;
      }
      int df = Integer.parseInt(w[1]);
      if (d < bestDist || (d == bestDist && (df > bestDf || (df == bestDf && w[0].compareTo(best) < 0)))) {
        best = w[0];
        bestDist = d;
        bestDf = df;
      }
    }
    return best;
  }

  /** Levenshtein distance over UTF-16 units; anything above {@code max} is reported as max + 1. */
  static int editDistance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], max + 1);
  }

  /** Counts per unit, or, given the stored fields, per page (the first hit of each path counts). */
  private Map<String, Map<String, Integer>> facetCounts(TopDocs unfiltered, Map<String, List<String>> filters, StoredFields pages)
      throws IOException {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    for (ScoreDoc sd : unfiltered.scoreDocs) {
      if (pages != null && !counted.add(pages.document(sd.doc).get(SearchFields.PATH))) {
        continue;
      }
      Map<String, List<String>> facets = docFacets.get(sd.doc);
      for (Map.Entry<String, List<String>> e : facets.entrySet()) {
        if (!passes(facets, filters, e.getKey())) {
          continue;
        }
        Map<String, Integer> values = counts.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
        for (String v : e.getValue()) {
          values.merge(v, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Whether a document's facets pass every filter except the one on {@code ignored}. */
  private static boolean passes(Map<String, List<String>> facets, Map<String, List<String>> filters, String ignored) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (f.getKey().equals(ignored)) {
        continue;
      }
      List<String> have = facets.getOrDefault(f.getKey(), List.of());
      if (f.getValue().stream().noneMatch(have::contains)) {
        return false;
      }
    }
    return true;
  }

  public int maxDoc() {
    return reader.maxDoc();
  }

  IndexReader reader() {
    return reader;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
