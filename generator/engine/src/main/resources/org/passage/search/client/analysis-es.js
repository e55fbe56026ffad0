/*
 * Spanish analysis for Passage's browser search: the filters of Lucene 9.12's SpanishAnalyzer,
 * ported so that they give the terms Lucene indexed, character for character.
 *
 * Lucene's chain is StandardTokenizer -> LowerCaseFilter -> StopFilter -> SpanishLightStemFilter.
 * The tokenizer and the lowercasing belong to the language-independent frame (Analysis in passage-search.js).
 *
 * The shape, the same in every analysis-*.js (the frame runs the steps in this order):
 *
 *   var PASSAGE_ANALYSIS_XX = {
 *     lang: 'xx',              // the analysis' name
 *     languages: ['xx'],       // the content languages (site.yml codes) it analyses
 *     stemmer: 'name',         // SearchLanguage.stemmer(): the name the index entry carries
 *     tokenFilters: [f, ...],  // term -> term, in order, on each token after lowercasing
 *     tokenStream: null,       // or tokens -> tokens on the whole token list (CJK bigrams), next;
 *                              // then the stop words, the index entry's (Lucene's set, written by Java)
 *     wordFilters: [f, ...],   // term -> term on each token the stop words kept (Arabic)
 *     stem: function (term)    // the stemmer: the index term of a surface word
 *   };
 *
 * Plain ES5 in a classic script (the index ships it beside its shards, and the client
 * loads it by script injection, which works from file://).
 */
var PASSAGE_ANALYSIS_ES = (function () {
  'use strict';

  var PLAIN = {
    '\u00e0': 'a', '\u00e1': 'a', '\u00e2': 'a', '\u00e4': 'a',
    '\u00f2': 'o', '\u00f3': 'o', '\u00f4': 'o', '\u00f6': 'o',
    '\u00e8': 'e', '\u00e9': 'e', '\u00ea': 'e', '\u00eb': 'e',
    '\u00f9': 'u', '\u00fa': 'u', '\u00fb': 'u', '\u00fc': 'u',
    '\u00ec': 'i', '\u00ed': 'i', '\u00ee': 'i', '\u00ef': 'i'
  };

  /**
   * SpanishLightStemFilter (Savoy's light stemmer for Spanish, as Lucene implements it): words
   * of five units or more lose their accents, then a final vowel, -es, -as, -os; -ces becomes -z.
   */
  function stem(term) {
    var len = term.length;
    if (len < 5) return term;
    var s = term.split('');
    for (var i = 0; i < len; i++) {
      var plain = PLAIN[s[i]];
      if (plain !== undefined) s[i] = plain;
    }
    switch (s[len - 1]) {
      case 'o':
      case 'a':
      case 'e':
        len -= 1;
        break;
      case 's':
        if (s[len - 2] === 'e' && s[len - 3] === 's' && s[len - 4] === 'e') {
          len -= 2;
        } else if (s[len - 2] === 'e' && s[len - 3] === 'c') {
          s[len - 3] = 'z';
          len -= 2;
        } else if (s[len - 2] === 'o' || s[len - 2] === 'a' || s[len - 2] === 'e') {
          len -= 2;
        }
        break;
    }
    return s.slice(0, len).join('');
  }

  return {
    lang: 'es',
    languages: ['es'],
    stemmer: 'spanish-light',
    tokenFilters: [],
    tokenStream: null,
    wordFilters: [],
    stem: stem
  };
})();
