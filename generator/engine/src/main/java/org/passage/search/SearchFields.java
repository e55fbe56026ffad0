package org.passage.search;

import java.util.List;

/** Field names and the query weights shared by the Java reference and the browser client. */
final class SearchFields {
  private SearchFields() {}

  public static final String TITLE = "title";
  public static final String HEADINGS = "headings";
  public static final String BODY = "body";
  /** The scored text fields, in export order; bit i of a term's field mask is field i. */
  public static final List<String> TEXT = List.of(TITLE, HEADINGS, BODY);
  /** Query boost of each text field, same order as {@link #TEXT}. */
  public static final float[] BOOSTS = {3f, 1.5f, 1f};
  /** Surface words (lowercased, unstemmed) for "did you mean", on page documents only. */
  public static final String WORD = "word";
  public static final String FACET_PREFIX = "facet.";
  public static final String PATH = "path";
  public static final String ANCHOR = "anchor";
  public static final String PAGE_TITLE = "page_title";
  public static final String SECTION = "section";

  /** Prefix expansions of the last word score at this fraction of a typed word. */
  public static final float PREFIX_FACTOR = 0.5f;
  /** At most this many indexed terms expand the last word. */
  public static final int PREFIX_EXPANSIONS = 10;
  /** The last word expands only when it has at least this many characters. */
  public static final int PREFIX_MIN_LENGTH = 2;
  /**
   * Coordination: each plain word (the last one with its prefix expansions) found in any text
   * field adds this constant, so a unit matching more of the words ranks higher. BM25 and the
   * phrase clauses order the units within a tier; a word's BM25 is below 5.5 idf (about 60 at
   * 100,000 units), so a unit missing a word cannot make up for it unless the query has well
   * over a dozen rare words. A power of two, so that tiers add up exactly.
   */
  public static final float COORDINATION_BOOST = 1024f;
  /**
   * Title coordination: when a unit's title holds most of the plain words ({@link #titleMajority}),
   * each of them found there (the last one with its prefix expansions) adds this constant, so that
   * among units matching the same words, the one whose title names the query ranks higher (a term
   * page titled with the words of its label above a page that only quotes them). A title holding
   * one word of a long query adds nothing: that is chance, not a name. Below
   * {@link #COORDINATION_BOOST} over {@link #MAX_PLAIN_TERMS} words, so a unit missing a word still
   * cannot make up for it; a power of two, so that tiers add up exactly.
   */
  public static final float TITLE_COORDINATION_BOOST = 8f;

  /** Most of {@code words} plain words: more than half. */
  public static int titleMajority(int words) {
    return words / 2 + 1;
  }
  /** Phrase clause: the plain words as typed (stop words leave their gaps), exactly, on the body (and, times the title boost, on the title). */
  public static final float PHRASE_BOOST = 2f;
  /** Proximity clause: the same phrase, sloppy, on the body (and, times the title boost, on the title). */
  public static final int PROXIMITY_SLOP = 6;
  public static final float PROXIMITY_BOOST = 2f;
  /** A query's plain words count up to this many distinct terms (later ones are left out). */
  public static final int MAX_PLAIN_TERMS = 64;
  /** "Did you mean" looks this many edits away at most. */
  public static final int MAX_EDITS = 2;
}
