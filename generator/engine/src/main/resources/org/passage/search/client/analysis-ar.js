/*
 * Arabic analysis for Passage's browser search: the filters of Lucene 9.12's ArabicAnalyzer,
 * ported so that they give the terms Lucene indexed, character for character.
 *
 * Lucene's chain is StandardTokenizer -> LowerCaseFilter -> DecimalDigitFilter -> StopFilter ->
 * ArabicNormalizationFilter -> ArabicStemFilter. The stop list is not normalised, so the
 * normalisation runs on the words it kept (a word filter), and the surface words that "did you
 * mean" offers are normalised. The tokenizer and the lowercasing belong to the
 * language-independent frame (Analysis in passage-search.js).
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
var PASSAGE_ANALYSIS_AR = (function () {
  'use strict';

  /**
   * The zero of every run of ten decimal digits (General_Category Nd) beyond ASCII, as Java 17's
   * Character.isDigit and getNumericValue see them (Unicode 13). Each run holds 0 to 9 in order.
   */
  var DIGIT_ZEROS = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
    0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
    0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0
  ];

  /** The value of decimal digit cp beyond ASCII, or -1. */
  function digitValue(cp) {
    var lo = 0, hi = DIGIT_ZEROS.length - 1;
    while (lo <= hi) { // the last zero at or below cp
      var mid = (lo + hi) >> 1;
      if (DIGIT_ZEROS[mid] <= cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && cp - DIGIT_ZEROS[hi] < 10 ? cp - DIGIT_ZEROS[hi] : -1;
  }

  /** DecimalDigitFilter: every decimal digit beyond ASCII becomes its ASCII digit (a surrogate pair, one unit). */
  function foldDigits(term) {
    var out = '', from = 0;
    for (var i = 0; i < term.length; i++) {
      var c = term.charCodeAt(i), n = 1;
      if (c < 0x80) continue;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < term.length) {
        var low = term.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          n = 2;
        }
      }
      var v = digitValue(c);
      if (v >= 0) {
        out += term.substring(from, i) + String.fromCharCode(48 + v);
        from = i + n;
      }
      i += n - 1;
    }
    return from === 0 ? term : out + term.substring(from);
  }

  var ALEF = '\u0627', YEH = '\u064a', HEH = '\u0647';
  /** ArabicNormalizer: what each character becomes; '' deletes it (harakat, tatweel). */
  var NORMAL = {
    '\u0622': ALEF, '\u0623': ALEF, '\u0625': ALEF, // alef madda, alef with hamza above, below
    '\u0649': YEH, // alef maksura
    '\u0629': HEH, // teh marbuta
    '\u0640': '', // tatweel
    '\u064b': '', '\u064c': '', '\u064d': '', '\u064e': '', '\u064f': '', '\u0650': '', '\u0651': '', '\u0652': ''
  };

  /** ArabicNormalizationFilter: one alef, yeh for alef maksura, heh for teh marbuta, no harakat or tatweel. */
  function normalize(term) {
    var out = '';
    for (var i = 0; i < term.length; i++) {
      var ch = term.charAt(i), n = NORMAL[ch];
      out += n === undefined ? ch : n;
    }
    return out;
  }

  /** ArabicStemmer's prefixes, in the order they are tried: al-, wal-, bal-, kal-, fal-, ll-, wa-. */
  var PREFIXES = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644',
    '\u0644\u0644', '\u0648'];
  /** Its suffixes, each removed in turn if it still ends the word: -ha, -an, -at, -un, -in, -yh, -yp, -h, -p, -y. */
  var SUFFIXES = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646', '\u064a\u0646', '\u064a\u0647',
    '\u064a\u0629', '\u0647', '\u0629', '\u064a'];

  /**
   * ArabicStemFilter (Larkey's light stemming, as Lucene implements it): the first prefix that
   * leaves two units (three for wa-), then every suffix in order that leaves two.
   */
  function stem(term) {
    var w = term;
    for (var p = 0; p < PREFIXES.length; p++) {
      var prefix = PREFIXES[p];
      var min = prefix.length === 1 ? 4 : prefix.length + 2;
      if (w.length >= min && w.substring(0, prefix.length) === prefix) {
        w = w.substring(prefix.length);
        break;
      }
    }
    for (var s = 0; s < SUFFIXES.length; s++) {
      var suffix = SUFFIXES[s];
      if (w.length >= suffix.length + 2 && w.substring(w.length - suffix.length) === suffix) {
        w = w.substring(0, w.length - suffix.length);
      }
    }
    return w;
  }

  return {
    lang: 'ar',
    languages: ['ar'],
    stemmer: 'arabic',
    tokenFilters: [foldDigits],
    tokenStream: null,
    wordFilters: [normalize],
    stem: stem
  };
})();
