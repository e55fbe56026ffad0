package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What a typed query means, before it meets the index: the single definition of the query
 * language that the browser client ports line for line (see {@code parseQuery} and
 * {@code planQuery} in passage-search.js).
 *
 * <p>Syntax: chunks separated by whitespace; {@code "..."} is a phrase; a leading {@code +}
 * requires and {@code -} excludes the chunk. A plain chunk's terms are optional (SHOULD); a
 * required chunk of several terms, or any quoted chunk, is a phrase; the last chunk, when plain
 * and not followed by whitespace, also matches as a prefix.
 *
 * <p>{@code shouldPositions} holds, for each term of {@code should}, the position of its first
 * occurrence among the plain chunks, counted as the analyzer counts them (a stop word leaves a
 * gap), relative to the first term: the typed words as a phrase. {@code prefixTerm} is the term
 * of the word the prefix extends, or null when that word is a stop word.
 */
record QueryPlan(List<String> should, List<Integer> shouldPositions, List<Unit> required, List<Unit> excluded,
    String prefix, String prefixTerm, List<Word> words) {

  /** A term (one element) or a phrase (several terms at relative positions). */
  public record Unit(List<String> terms, List<Integer> positions) {
    boolean isTerm() {
      return terms.size() == 1;
    }

    String key() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < terms.size(); i++) {
        b.append(positions.get(i)).append(':').append(terms.get(i)).append('\u0000');
      }
      return b.toString();
    }
  }

  /** A one-word chunk a suggestion may replace: its place in the query, its surface form and term. */
  public record Word(int start, int end, String surface, String term, boolean last) {}

  /** One chunk of the query. op is ' ', '+' or '-'. */
  record Chunk(char op, boolean quoted, String text, int start, int end) {}

  static boolean isSpace(char c) {
    return c <= ' ' || c == '\u00a0' || c == '\u3000';
  }

  static List<Chunk> chunks(String q) {
    List<Chunk> out = new ArrayList<>();
    int n = q.length();
    int i = 0;
    while (i < n) {
      if (isSpace(q.charAt(i))) {
        i++;
        continue;
      }
      char op = ' ';
      if (q.charAt(i) == '+' || q.charAt(i) == '-') {
        op = q.charAt(i);
        i++;
      }
      if (i < n && q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        if (end > i + 1) {
          out.add(new Chunk(op, true, q.substring(i + 1, end), i + 1, end));
        }
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !isSpace(q.charAt(i)) && q.charAt(i) != '"') {
          i++;
        }
        if (i > start) {
          out.add(new Chunk(op, false, q.substring(start, i), start, i));
        }
      }
    }
    return out;
  }

  /** A token after analysis, at its absolute position. */
  record Token(String text, int position) {}

  static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(SearchFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Token(term.toString(), pos));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Unit unit(List<Token> tokens) {
    List<String> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    int base = tokens.get(0).position();
    for (Token t : tokens) {
      terms.add(t.text());
      positions.add(t.position() - base);
    }
    return new Unit(List.copyOf(terms), List.copyOf(positions));
  }

  public static QueryPlan parse(String query, SearchLanguage language) {
    Analyzer analyzer = language.analyzer().get();
    Analyzer words = language.words().get();
    Analyzer prefixes = language.prefixes().get();
    List<Chunk> chunks = chunks(query);
    Map<String, Integer> should = new LinkedHashMap<>();
    int offset = 0;
    List<Unit> required = new ArrayList<>();
    Set<String> requiredKeys = new LinkedHashSet<>();
    List<Unit> excluded = new ArrayList<>();
    Set<String> excludedKeys = new LinkedHashSet<>();
    List<Word> wordList = new ArrayList<>();
    String prefix = null;
    String prefixTerm = null;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      List<Token> tokens = analyze(analyzer, chunk.text());
      boolean last = c == chunks.size() - 1 && chunk.end() == query.length();
      boolean plain = chunk.op() == ' ' && !chunk.quoted();
      List<Token> raw = plain ? analyze(prefixes, chunk.text()) : List.of();
      if (plain && last && !raw.isEmpty()) {
        Token p = raw.get(raw.size() - 1);
        if (p.text().length() >= SearchFields.PREFIX_MIN_LENGTH) {
          prefix = p.text();
          Token t = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
          prefixTerm = t != null && t.position() == p.position() ? t.text() : null;
        }
      }
      int at = offset;
      offset += raw.size();
      if (tokens.isEmpty()) {
        continue;
      }
      if (chunk.op() != '-' && !chunk.quoted() && tokens.size() == 1) {
        List<Token> surface = analyze(words, chunk.text());
        if (surface.size() == 1) {
          wordList.add(new Word(chunk.start(), chunk.end(), surface.get(0).text(), tokens.get(0).text(), last && chunk.op() == ' '));
        }
      }
      if (chunk.op() == '-') {
        Unit u = unit(tokens);
        if (excludedKeys.add(u.key())) {
          excluded.add(u);
        }
      } else if (chunk.op() == '+' || chunk.quoted()) {
        Unit u = unit(tokens);
        if (requiredKeys.add(u.key())) {
          required.add(u);
        }
      } else {
        for (Token t : tokens) {
          if (!should.containsKey(t.text()) && should.size() < SearchFields.MAX_PLAIN_TERMS) {
            should.put(t.text(), at + t.position());
          }
        }
      }
    }
    for (Unit u : required) {
      if (u.isTerm()) {
        should.remove(u.terms().get(0));
      }
    }
    List<Integer> positions = new ArrayList<>();
    int base = should.isEmpty() ? 0 : should.values().iterator().next();
    for (int p : should.values()) {
      positions.add(p - base);
    }
    return new QueryPlan(List.copyOf(should.keySet()), List.copyOf(positions), List.copyOf(required), List.copyOf(excluded),
        prefix, prefixTerm, List.copyOf(wordList));
  }
}
