/*
 * Chinese, Japanese and Korean analysis for Passage's browser search: the filters of Lucene
 * 9.12's CJKAnalyzer, ported so that they give the terms, positions and offsets Lucene indexed.
 *
 * Lucene's chain is StandardTokenizer -> CJKWidthFilter -> LowerCaseFilter -> CJKBigramFilter
 * -> StopFilter. The tokenizer and the lowercasing belong to the language-independent frame
 * (Analysis in passage-search.js). Lucene folds widths before lowercasing; here after. The two orders give the
 * same term: fullwidth capitals lowercase to fullwidth small letters, which fold to ASCII small
 * letters, and nothing else that either step touches has case.
 *
 * Han and Hiragana characters are one token each, Katakana and Hangul runs one token; the
 * bigram filter joins adjacent CJK tokens into overlapping bigrams (一二三 gives 一二 二三), keeps
 * a lone CJK character as a unigram and passes other tokens through. Every token it returns
 * takes one position, so a run of n characters takes n - 1 positions.
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
 * Here tokenStream takes and returns [{term, type, start, end}]: start and end are the token's
 * UTF-16 offsets in the text, type its StandardTokenizer type ('<IDEOGRAPHIC>', '<HIRAGANA>',
 * '<KATAKANA>', '<HANGUL>', or another). tokenType(text) gives the type from the token's text
 * as the tokenizer cut it, for a tokenizer that does not report types.
 *
 * Plain ES5 in a classic script (the index ships it beside its shards, and the client
 * loads it by script injection, which works from file://).
 * Unicode property escapes are built with RegExp() at load, as the client's
 * tokenizer already needs.
 */
var PASSAGE_ANALYSIS_CJK = (function () {
  'use strict';

  /** Halfwidth Katakana U+FF65..U+FF9F folded to their fullwidth forms (the voicing marks as combining marks). */
  var KANA = [
    0x30fb, 0x30f2, 0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30e3, 0x30e5, 0x30e7, 0x30c3, 0x30fc, 0x30a2, 0x30a4,
    0x30a6, 0x30a8, 0x30aa, 0x30ab, 0x30ad, 0x30af, 0x30b1, 0x30b3, 0x30b5, 0x30b7, 0x30b9, 0x30bb, 0x30bd, 0x30bf,
    0x30c1, 0x30c4, 0x30c6, 0x30c8, 0x30ca, 0x30cb, 0x30cc, 0x30cd, 0x30ce, 0x30cf, 0x30d2, 0x30d5, 0x30d8, 0x30db,
    0x30de, 0x30df, 0x30e0, 0x30e1, 0x30e2, 0x30e4, 0x30e6, 0x30e8, 0x30e9, 0x30ea, 0x30eb, 0x30ec, 0x30ed, 0x30ef,
    0x30f3, 0x3099, 0x309a
  ];
  /** Each Katakana that a voiced mark (U+FF9E) composes with, followed by the composed letter: ウヴ, カガ … */
  var VOICED = pairs('\u30a6\u30f4\u30ab\u30ac\u30ad\u30ae\u30af\u30b0\u30b1\u30b2\u30b3\u30b4\u30b5\u30b6'
    + '\u30b7\u30b8\u30b9\u30ba\u30bb\u30bc\u30bd\u30be\u30bf\u30c0\u30c1\u30c2\u30c4\u30c5\u30c6\u30c7'
    + '\u30c8\u30c9\u30cf\u30d0\u30d2\u30d3\u30d5\u30d6\u30d8\u30d9\u30db\u30dc\u30ef\u30f7\u30f0\u30f8'
    + '\u30f1\u30f9\u30f2\u30fa\u30fd\u30fe');
  /** The same for a semi-voiced mark (U+FF9F): ハパ, ヒピ … */
  var SEMI_VOICED = pairs('\u30cf\u30d1\u30d2\u30d4\u30d5\u30d7\u30d8\u30da\u30db\u30dd');

  function pairs(s) {
    var map = Object.create(null);
    for (var i = 0; i < s.length; i += 2) map[s.charCodeAt(i)] = s.charCodeAt(i + 1);
    return map;
  }

  /**
   * CJKWidthFilter: fullwidth ASCII (U+FF01..U+FF5E) to ASCII, halfwidth Katakana to fullwidth,
   * a halfwidth voicing mark joined to the kana before it when they compose.
   */
  function foldWidth(term) {
    var c = [];
    for (var k = 0; k < term.length; k++) c.push(term.charCodeAt(k));
    var changed = false;
    for (var i = 0; i < c.length; i++) {
      var ch = c[i];
      if (ch >= 0xff01 && ch <= 0xff5e) {
        c[i] = ch - 0xfee0;
        changed = true;
      } else if (ch >= 0xff65 && ch <= 0xff9f) {
        changed = true;
        var marks = ch === 0xff9e ? VOICED : ch === 0xff9f ? SEMI_VOICED : null;
        var composed = marks !== null && i > 0 ? marks[c[i - 1]] : undefined;
        if (composed !== undefined) {
          c[i - 1] = composed;
          c.splice(i, 1);
          i--;
        } else {
          c[i] = KANA[ch - 0xff65];
        }
      }
    }
    return changed ? String.fromCharCode.apply(null, c) : term;
  }

  var HAN = '<IDEOGRAPHIC>', HIRAGANA = '<HIRAGANA>', KATAKANA = '<KATAKANA>', HANGUL = '<HANGUL>';

  /** Code points of s (a lone surrogate is one). */
  function codePoints(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var low = s.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      out.push(c);
    }
    return out;
  }

  function fromCodePoint(cp) {
    if (cp < 0x10000) return String.fromCharCode(cp);
    cp -= 0x10000;
    return String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
  }

  /**
   * CJKBigramFilter (outputUnigrams false): adjacent CJK tokens (each starting where the last
   * ended) make one run of code points, which becomes overlapping bigrams; a run of one code
   * point stays a unigram. Other tokens pass through, between the runs they separate.
   */
  function bigrams(tokens) {
    var out = [];
    var run = [], starts = [], ends = [];
    var lastEnd = 0;
    /** A run of one is a unigram once the next token shows nothing joins it. */
    function flushLone() {
      if (run.length === 1) {
        out.push({ term: fromCodePoint(run[0]), type: '<SINGLE>', start: starts[0], end: ends[0] });
      }
    }
    for (var t = 0; t < tokens.length; t++) {
      var tok = tokens[t], type = tok.type;
      if (type !== HAN && type !== HIRAGANA && type !== KATAKANA && type !== HANGUL) {
        flushLone();
        run = []; // Lucene keeps the run, but no CJK token can start where it ended once another is between
        starts = [];
        ends = [];
        out.push(tok);
        continue;
      }
      if (tok.start !== lastEnd) {
        flushLone();
        run = [];
        starts = [];
        ends = [];
      }
      lastEnd = tok.end;
      var cps = codePoints(tok.term);
      // a term whose length is not its span (width folding joined a voicing mark): every code point spans the token
      var exact = tok.end - tok.start === tok.term.length;
      var at = tok.start;
      for (var k = 0; k < cps.length; k++) {
        var size = cps[k] > 0xffff ? 2 : 1;
        run.push(cps[k]);
        starts.push(exact ? at : tok.start);
        ends.push(exact ? at + size : tok.end);
        at += size;
        var n = run.length;
        if (n >= 2) {
          out.push({ term: fromCodePoint(run[n - 2]) + fromCodePoint(run[n - 1]), type: '<DOUBLE>', start: starts[n - 2],
            end: ends[n - 1] });
        }
      }
    }
    flushLone();
    return out;
  }

  // StandardTokenizer's classes (Unicode word-break properties) that decide a CJK token's type.
  var RE_EXTEND = new RegExp('[\\p{Grapheme_Extend}\\p{Mc}\\p{Cf}\\u200c\\u200d]', 'u');
  var RE_HAN = new RegExp('\\p{Script=Han}', 'u');
  var RE_HIRAGANA = new RegExp('\\p{Script=Hiragana}', 'u');
  // Word-break Katakana: the script, and the marks it shares with Hiragana (ー, ゛, ゜, ゠, 〱..〵, ｰ)
  var RE_KATAKANA = new RegExp('[\\p{Script=Katakana}\\u3031-\\u3035\\u309b\\u309c\\u30a0\\u30fc\\uff70]', 'u');
  var RE_HANGUL = new RegExp('\\p{Script=Hangul}', 'u');
  /** Han modifier letters (々, 〻, 𖿣) are word-break letters: part of a word, not ideographs. */
  var RE_MODIFIER = new RegExp('\\p{Lm}', 'u');

  /**
   * The StandardTokenizer type of a token, from its text as the tokenizer cut it: what the
   * bigram filter needs to know. A Han or Hiragana character with its marks is <IDEOGRAPHIC> or
   * <HIRAGANA>; a token of Katakana only is <KATAKANA>, of Hangul only <HANGUL>; anything else
   * is '<ALPHANUM>' here (its exact type does not matter to the bigrams).
   */
  function tokenType(text) {
    var base = [];
    var cps = codePoints(text);
    for (var i = 0; i < cps.length; i++) {
      var ch = fromCodePoint(cps[i]);
      if (i === 0 || !RE_EXTEND.test(ch)) base.push(ch);
    }
    if (base.length === 1 && RE_HAN.test(base[0]) && !RE_MODIFIER.test(base[0])) return HAN;
    if (base.length === 1 && RE_HIRAGANA.test(base[0])) return HIRAGANA;
    var katakana = true, hangul = true;
    for (var j = 0; j < base.length; j++) {
      katakana = katakana && RE_KATAKANA.test(base[j]);
      hangul = hangul && RE_HANGUL.test(base[j]);
    }
    return katakana ? KATAKANA : hangul ? HANGUL : '<ALPHANUM>';
  }

  return {
    lang: 'cjk',
    languages: ['zh', 'ja', 'ko'],
    stemmer: 'none',
    tokenFilters: [foldWidth],
    tokenStream: bigrams,
    wordFilters: [],
    stem: function (term) { return term; },
    tokenType: tokenType
  };
})();
