/*
 * French analysis for Passage's browser search: the filters of Lucene 9.12's FrenchAnalyzer,
 * ported so that they give the terms Lucene indexed, character for character.
 *
 * Lucene's chain is StandardTokenizer -> ElisionFilter -> LowerCaseFilter -> StopFilter ->
 * FrenchLightStemFilter. The tokenizer and the lowercasing belong to the language-independent
 * frame (Analysis in passage-search.js); this file holds what is French.
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
 * Lucene elides before lowercasing; here elision runs after. The two orders give the same
 * term: the article set ignores case exactly as LowerCaseFilter lowercases (per code point,
 * Character.toLowerCase), and neither step moves an apostrophe.
 *
 * Plain ES5 in a classic script (the index ships it beside its shards, and the client
 * loads it by script injection, which works from file://).
 * \p{L} is built with RegExp() at load, as the client's tokenizer already needs.
 */
var PASSAGE_ANALYSIS_FR = (function () {
  'use strict';

  /** FrenchAnalyzer.DEFAULT_ARTICLES, lowercased. */
  var ARTICLES = set(['l', 'm', 't', 'qu', 'n', 's', 'j', 'd', 'c', 'jusqu', 'quoiqu', 'lorsqu', 'puisqu']);

  /** Character.isLetter(char): a UTF-16 unit in a letter category (a lone surrogate is none). */
  var LETTER = new RegExp('^\\p{L}$', 'u');

  function set(words) {
    var s = Object.create(null);
    for (var i = 0; i < words.length; i++) s[words[i]] = true;
    return s;
  }

  /** ElisionFilter: drops an article and the first apostrophe (' or U+2019) after it. */
  function elision(term) {
    for (var i = 0; i < term.length; i++) {
      var ch = term.charAt(i);
      if (ch === '\'' || ch === '\u2019') {
        return ARTICLES[term.substring(0, i)] === true ? term.substring(i + 1) : term;
      }
    }
    return term;
  }

  /** True if the first len units of s end with suffix. */
  function endsWith(s, len, suffix) {
    var n = suffix.length;
    if (n > len) return false;
    for (var i = 0; i < n; i++) {
      if (s[len - n + i] !== suffix.charAt(i)) return false;
    }
    return true;
  }

  /** Removes s[pos] from the first len units; returns the new length. */
  function remove(s, pos, len) {
    for (var i = pos; i < len - 1; i++) s[i] = s[i + 1];
    return len - 1;
  }

  var PLAIN = { '\u00e0': 'a', '\u00e1': 'a', '\u00e2': 'a', '\u00f4': 'o', '\u00e8': 'e', '\u00e9': 'e', '\u00ea': 'e',
    '\u00f9': 'u', '\u00fb': 'u', '\u00ee': 'i', '\u00e7': 'c' };

  /** The light stemmer's last step: accents off, doubled letters single, a final -ie, -r, -e, -ee off. */
  function norm(s, len) {
    if (len > 4) {
      for (var i = 0; i < len; i++) {
        var plain = PLAIN[s[i]];
        if (plain !== undefined) s[i] = plain;
      }
      var ch = s[0];
      for (var j = 1; j < len; j++) {
        if (s[j] === ch && LETTER.test(ch)) {
          len = remove(s, j, len);
          j--;
        } else {
          ch = s[j];
        }
      }
    }
    if (len > 4 && endsWith(s, len, 'ie')) len -= 2;
    if (len > 4) {
      if (s[len - 1] === 'r') len--;
      if (s[len - 1] === 'e') len--;
      if (s[len - 1] === 'e') len--;
      if (s[len - 1] === s[len - 2] && LETTER.test(s[len - 1])) len--;
    }
    return len;
  }

  /**
   * FrenchLightStemmer (Savoy's "UniNE" light stemmer, as Lucene implements it): returns the
   * stem's length, rewriting s in place. Each rule fires on a minimum word length.
   */
  function lightStem(s, len) {
    if (len > 5 && s[len - 1] === 'x') {
      if (s[len - 3] === 'a' && s[len - 2] === 'u' && s[len - 4] !== 'e') s[len - 2] = 'l';
      len--;
    }
    if (len > 3 && s[len - 1] === 'x') len--;
    if (len > 3 && s[len - 1] === 's') len--;

    if (len > 9 && endsWith(s, len, 'issement')) {
      len -= 6;
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 8 && endsWith(s, len, 'issant')) {
      len -= 4;
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 6 && endsWith(s, len, 'ement')) {
      len -= 4;
      if (len > 3 && endsWith(s, len, 'ive')) {
        len--;
        s[len - 1] = 'f';
      }
      return norm(s, len);
    }
    if (len > 11 && endsWith(s, len, 'ficatrice')) {
      len -= 5;
      s[len - 2] = 'e';
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 10 && endsWith(s, len, 'ficateur')) {
      len -= 4;
      s[len - 2] = 'e';
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 9 && endsWith(s, len, 'catrice')) {
      len -= 3;
      s[len - 4] = 'q';
      s[len - 3] = 'u';
      s[len - 2] = 'e';
      return norm(s, len); // the last unit is already 'r'
    }
    if (len > 8 && endsWith(s, len, 'cateur')) {
      len -= 2;
      s[len - 4] = 'q';
      s[len - 3] = 'u';
      s[len - 2] = 'e';
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 8 && endsWith(s, len, 'atrice')) {
      len -= 4;
      s[len - 2] = 'e';
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 7 && endsWith(s, len, 'ateur')) {
      len -= 3;
      s[len - 2] = 'e';
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 6 && endsWith(s, len, 'trice')) { // -trice becomes -teur, and the rules go on
      len--;
      s[len - 3] = 'e';
      s[len - 2] = 'u';
      s[len - 1] = 'r';
    }
    if (len > 5 && endsWith(s, len, 'i\u00e8me')) return norm(s, len - 4);
    if (len > 7 && endsWith(s, len, 'teuse')) {
      len -= 2;
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 6 && endsWith(s, len, 'teur')) {
      len--;
      s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 5 && endsWith(s, len, 'euse')) return norm(s, len - 2);
    if (len > 8 && endsWith(s, len, '\u00e8re')) {
      len--;
      s[len - 2] = 'e';
      return norm(s, len);
    }
    if (len > 7 && endsWith(s, len, 'ive')) {
      len--;
      s[len - 1] = 'f';
      return norm(s, len);
    }
    if (len > 4 && (endsWith(s, len, 'folle') || endsWith(s, len, 'molle'))) {
      len -= 2;
      s[len - 1] = 'u';
      return norm(s, len);
    }
    if (len > 9 && endsWith(s, len, 'nnelle')) return norm(s, len - 5);
    if (len > 9 && endsWith(s, len, 'nnel')) return norm(s, len - 3);
    if (len > 4 && endsWith(s, len, '\u00e8te')) { // -ète becomes -et, and the rules go on
      len--;
      s[len - 2] = 'e';
    }
    if (len > 8 && endsWith(s, len, 'ique')) len -= 4;
    if (len > 8 && endsWith(s, len, 'esse')) return norm(s, len - 3);
    if (len > 7 && endsWith(s, len, 'inage')) return norm(s, len - 3);
    if (len > 9 && endsWith(s, len, 'isation')) {
      len -= 7;
      if (len > 5 && endsWith(s, len, 'ual')) s[len - 2] = 'e';
      return norm(s, len);
    }
    if (len > 9 && endsWith(s, len, 'isateur')) return norm(s, len - 7);
    if (len > 8 && endsWith(s, len, 'ation')) return norm(s, len - 5);
    if (len > 8 && endsWith(s, len, 'ition')) return norm(s, len - 5);
    return norm(s, len);
  }

  /** FrenchLightStemFilter: the stem of a lowercased word (UTF-16 units, as Lucene's char[]). */
  function stem(term) {
    var s = term.split('');
    return s.slice(0, lightStem(s, s.length)).join('');
  }

  return {
    lang: 'fr',
    languages: ['fr'],
    stemmer: 'french-light',
    tokenFilters: [elision],
    tokenStream: null,
    wordFilters: [],
    stem: stem,
    elision: elision
  };
})();
