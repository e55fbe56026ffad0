/*
 * analysis.js: Lucene's analysis chain in the browser: StandardTokenizer (the UAX #29 subset
 * Lucene 9.12 implements, emoji included), lowercasing, English's possessive filter and Porter
 * stemmer, and the frame (Analysis) that runs any language's analysis-<lang>.js the same way.
 */
var SearchIndexError = engine.SearchIndexError;

var C_OTHER = 0, C_ALETTER = 1, C_NUMERIC = 2, C_KATAKANA = 3, C_ENL = 4, C_MIDLETTER = 5, C_MIDNUM = 6,
  C_MIDNUMLET = 7, C_SQ = 8, C_EXTEND = 9, C_IDEO = 10, C_SEA = 11;
// Grapheme_Extend holds the halfwidth voicing marks (U+FF9E, U+FF9F), which are letters (Lm) but Extend here
var RE_EXTEND = /[\p{M}\p{Grapheme_Extend}\u200c\u200d]/u;
var RE_FORMAT = /\p{Cf}/u;
var RE_KATAKANA = /[\p{Script=Katakana}\u30fc\uff70]/u;
var RE_IDEO = /[\p{Script=Han}\p{Script=Hiragana}]/u;
var RE_MODIFIER = /\p{Lm}/u; // Han iteration marks (々, 〻) are letters to the tokenizer, not ideographs
var RE_SEA = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}]/u;
var RE_ALPHA = /\p{Alphabetic}/u;
var RE_DIGIT = /[\p{Nd}\u066b]/u; // with the Arabic decimal separator, Numeric in UAX #29
// Digits Unicode 13 added, which Lucene's tokenizer does not take for digits: Dives Akuru's are
// nothing to it, the segmented digits (U+1FBF0..9) a token each, as it makes of pictographs
var RE_NEWER_DIGIT = /[\u{11950}-\u{11959}]/u, RE_SEGMENTED_DIGIT = /[\u{1fbf0}-\u{1fbf9}]/u;
var RE_ENL = /\p{Pc}/u;
var MIDLETTER = ':\u00b7\u0387\u05f4\u2027\ufe13\ufe55\uff1a';
var MIDNUM = ',;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b';
var MIDNUMLET = '.\u2018\u2019\u2024\ufe52\uff07\uff0e';
var classCache = {};

// Lucene's <EMOJI> rule (UTS #51 emoji sequences): a pictograph or emoji character with its
// presentation selector, modifier sequences joined by ZWJ, tag sequences, keycaps, flags.
var EMOJI_EX = '(?:(?![\\ufe0e\\ufe0f\\u200d])[\\p{M}\\p{Cf}])*';
var EMOJI_CHAR = '(?:\\p{Extended_Pictographic}|(?![\\p{Regional_Indicator}0-9#*\\u00a9\\u00ae\\u2122\\u3030\\u303d\\p{Emoji_Modifier}])\\p{Emoji})';
// (a modifier sequence first: JavaScript takes the first alternative that matches, Lucene the longest)
var EMOJI_ONE = '(?:(?:\\u200d*\\p{Emoji_Modifier_Base}' + EMOJI_EX + ')?\\p{Emoji_Modifier}' + EMOJI_EX + '|\\u200d*' + EMOJI_CHAR + EMOJI_EX + '\\ufe0f?)';
var RE_EMOJI = new RegExp('(?:' + EMOJI_ONE + '(?:(?:\\u200d' + EMOJI_ONE + ')*\\u200d*|[\\u{e0020}-\\u{e007e}]+\\u{e007f})'
  + '|[0-9#*]' + EMOJI_EX + '\\ufe0f?\\u20e3' + EMOJI_EX + '|\\p{Regional_Indicator}' + EMOJI_EX + '\\p{Regional_Indicator}' + EMOJI_EX + ')', 'uy');
var RE_EMOJI_START = /[\p{Extended_Pictographic}\p{Emoji}\u200d]/u;

/** Length of the emoji token at text[i], or 0. */
function emojiAt(text, i) {
  RE_EMOJI.lastIndex = i;
  var m = RE_EMOJI.exec(text);
  return m ? m[0].length : 0;
}

function charClass(ch) {
  var c = classCache[ch];
  if (c !== undefined) return c;
  if (ch === "'") c = C_SQ;
  else if (ch === '\u00a0' || ch === '\u202f') c = C_OTHER; // a space, as SearchLanguage.spaces maps them for Lucene
  else if (MIDNUMLET.indexOf(ch) >= 0) c = C_MIDNUMLET;
  else if (MIDLETTER.indexOf(ch) >= 0) c = C_MIDLETTER;
  else if (MIDNUM.indexOf(ch) >= 0) c = C_MIDNUM;
  else if (RE_EXTEND.test(ch) || RE_FORMAT.test(ch)) c = C_EXTEND;
  else if (RE_KATAKANA.test(ch)) c = C_KATAKANA;
  else if (RE_IDEO.test(ch) && !RE_MODIFIER.test(ch)) c = C_IDEO;
  else if (RE_NEWER_DIGIT.test(ch)) c = C_OTHER;
  else if (RE_SEGMENTED_DIGIT.test(ch)) c = C_IDEO; // a token of one character
  else if (RE_DIGIT.test(ch)) c = C_NUMERIC; // Thai, Lao, Myanmar and Khmer digits too: numbers, not SEA text
  else if (RE_SEA.test(ch)) c = C_SEA;
  else if (RE_ALPHA.test(ch)) c = C_ALETTER;
  else if (RE_ENL.test(ch)) c = C_ENL;
  else c = C_OTHER;
  classCache[ch] = c;
  return c;
}

/** charClass by code point, memoised (a typed table for the BMP). */
var CLASS_BMP = new Int8Array(65536).fill(-1), classAstral = {};
function classOf(cp) {
  var c;
  if (cp < 65536) {
    c = CLASS_BMP[cp];
    if (c < 0) c = CLASS_BMP[cp] = charClass(String.fromCharCode(cp));
    return c;
  }
  c = classAstral[cp];
  if (c === undefined) c = classAstral[cp] = charClass(String.fromCodePoint(cp));
  return c;
}

// tokenize's work arrays, grown as needed (tokenize is synchronous, so one pair serves all)
var TOKEN_CLASSES = new Int8Array(1024), TOKEN_STARTS = new Int32Array(1025);

/** Splits text into StandardTokenizer tokens: [{text, start, end}] (UTF-16 offsets). */
function tokenize(text) {
  var len = text.length;
  if (TOKEN_CLASSES.length < len) {
    TOKEN_CLASSES = new Int8Array(len * 2);
    TOKEN_STARTS = new Int32Array(len * 2 + 1);
  }
  var cls = TOKEN_CLASSES, starts = TOKEN_STARTS, n = 0;
  for (var i = 0; i < len;) {
    var cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i);
    starts[n] = i;
    cls[n++] = classOf(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  starts[n] = len;
  var out = [];
  function skipExtend(j) { while (j < n && cls[j] === C_EXTEND) j++; return j; }
  /** Index (in starts) of the character that begins at offset off. */
  function indexAt(off, from) { while (from < n && starts[from] < off) from++; return from; }
  var i2 = 0;
  while (i2 < n) {
    var c = cls[i2];
    var j;
    var first = text.codePointAt(starts[i2]);
    // Lucene takes the longest match of its rules, the emoji rule first on a tie.
    var emoji = first >= 0x23 && RE_EMOJI_START.test(String.fromCodePoint(first)) ? emojiAt(text, starts[i2]) : 0;
    if (emoji > 0 && c !== C_ALETTER && c !== C_NUMERIC && c !== C_KATAKANA && c !== C_ENL) {
      j = indexAt(starts[i2] + emoji, i2 + 1);
      out.push({ text: text.substring(starts[i2], starts[j]), start: starts[i2], end: starts[j] });
      i2 = j;
      continue;
    }
    if (c === C_ALETTER || c === C_NUMERIC || c === C_KATAKANA || c === C_ENL) {
      var last = c;
      var wordy = c !== C_ENL;
      j = skipExtend(i2 + 1);
      while (j < n) {
        var nx = cls[j];
        if ((nx === C_ENL) ||
            (last === C_ENL && (nx === C_ALETTER || nx === C_NUMERIC || nx === C_KATAKANA)) ||
            ((last === C_ALETTER || last === C_NUMERIC) && (nx === C_ALETTER || nx === C_NUMERIC)) ||
            (last === C_KATAKANA && nx === C_KATAKANA)) {
          if (last === C_KATAKANA && nx !== C_KATAKANA && nx !== C_ENL) break;
          if (nx === C_ENL && last !== C_ALETTER && last !== C_NUMERIC && last !== C_KATAKANA && last !== C_ENL) break;
          if (nx === C_KATAKANA && last !== C_KATAKANA && last !== C_ENL) break;
          last = nx;
          if (nx !== C_ENL) wordy = true;
          j = skipExtend(j + 1);
          continue;
        }
        if ((nx === C_MIDLETTER || nx === C_MIDNUMLET || nx === C_SQ) && last === C_ALETTER) {
          var k = skipExtend(j + 1);
          if (k < n && cls[k] === C_ALETTER) { last = C_ALETTER; j = skipExtend(k + 1); continue; }
        }
        if ((nx === C_MIDNUM || nx === C_MIDNUMLET || nx === C_SQ) && last === C_NUMERIC) {
          var k2 = skipExtend(j + 1);
          if (k2 < n && cls[k2] === C_NUMERIC) { last = C_NUMERIC; j = skipExtend(k2 + 1); continue; }
        }
        break;
      }
      if (emoji > 0 && starts[i2] + emoji >= starts[j]) j = indexAt(starts[i2] + emoji, i2 + 1);
      else if (!wordy) { i2 = j; continue; }
      out.push({ text: text.substring(starts[i2], starts[j]), start: starts[i2], end: starts[j] });
      i2 = j;
    } else if (c === C_IDEO) {
      j = skipExtend(i2 + 1);
      out.push({ text: text.substring(starts[i2], starts[j]), start: starts[i2], end: starts[j] });
      i2 = j;
    } else if (c === C_SEA) {
      j = i2 + 1;
      while (j < n && (cls[j] === C_SEA || cls[j] === C_EXTEND)) j++;
      out.push({ text: text.substring(starts[i2], starts[j]), start: starts[i2], end: starts[j] });
      i2 = j;
    } else {
      i2++;
    }
  }
  return out;
}

function lowerCase(s) {
  var ascii = true;
  for (var a = 0; a < s.length && ascii; a++) ascii = s.charCodeAt(a) < 128;
  if (ascii) return s.toLowerCase(); // the same as per code point for ASCII
  var out = '';
  for (var i = 0; i < s.length;) {
    var cp = s.codePointAt(i);
    var ch = String.fromCodePoint(cp);
    i += ch.length;
    var l = ch.toLowerCase();
    if (l !== ch && l.length > 1 && String.fromCodePoint(l.codePointAt(0)) !== l) l = String.fromCodePoint(l.codePointAt(0));
    out += l;
  }
  return out;
}

function possessive(s) {
  var n = s.length;
  if (n >= 2) {
    var a = s.charAt(n - 2), z = s.charAt(n - 1);
    if ((a === "'" || a === '\u2019' || a === '\uff07') && (z === 's' || z === 'S')) return s.substring(0, n - 2);
  }
  return s;
}

/** Lucene's PorterStemmer (org.apache.lucene.analysis.en), ported statement for statement. */
function porter(word) {
  var b = word.split('');
  var k = b.length - 1, k0 = 0, j = 0;
  if (k <= k0 + 1) return word;
  function cons(i) {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === k0 ? true : !cons(i - 1);
      default: return true;
    }
  }
  function m() {
    var n = 0, i = k0;
    while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
    i++;
    while (true) {
      while (true) { if (i > j) return n; if (cons(i)) break; i++; }
      i++; n++;
      while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
    }
  }
  function vowelinstem() { for (var i = k0; i <= j; i++) if (!cons(i)) return true; return false; }
  function doublec(jj) { if (jj < k0 + 1) return false; if (b[jj] !== b[jj - 1]) return false; return cons(jj); }
  function cvc(i) {
    if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
    var ch = b[i];
    return !(ch === 'w' || ch === 'x' || ch === 'y');
  }
  function ends(s) {
    var l = s.length, o = k - l + 1;
    if (o < k0) return false;
    for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
    j = k - l;
    return true;
  }
  function setto(s) { var l = s.length, o = j + 1; for (var i = 0; i < l; i++) b[o + i] = s.charAt(i); k = j + l; }
  function r(s) { if (m() > 0) setto(s); }
  function step1() {
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setto('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) { if (m() > 0) k--; }
    else if ((ends('ed') || ends('ing')) && vowelinstem()) {
      k = j;
      if (ends('at')) setto('ate');
      else if (ends('bl')) setto('ble');
      else if (ends('iz')) setto('ize');
      else if (doublec(k)) { var ch = b[k--]; if (ch === 'l' || ch === 's' || ch === 'z') k++; }
      else if (m() === 1 && cvc(k)) setto('e');
    }
  }
  function step2() { if (ends('y') && vowelinstem()) b[k] = 'i'; }
  var S3 = {
    a: [['ational', 'ate'], ['tional', 'tion']], c: [['enci', 'ence'], ['anci', 'ance']], e: [['izer', 'ize']],
    l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
    o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
    s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
    t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']], g: [['logi', 'log']]
  };
  var S4 = { e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']], i: [['iciti', 'ic']], l: [['ical', 'ic'], ['ful', '']], s: [['ness', '']] };
  function table(t, key) {
    var rules = Object.prototype.hasOwnProperty.call(t, key) ? t[key] : null;
    if (!rules) return;
    for (var i = 0; i < rules.length; i++) if (ends(rules[i][0])) { r(rules[i][1]); return; }
  }
  function step5() {
    if (k === k0) return;
    switch (b[k - 1]) {
      case 'a': if (ends('al')) break; return;
      case 'c': if (ends('ance')) break; if (ends('ence')) break; return;
      case 'e': if (ends('er')) break; return;
      case 'i': if (ends('ic')) break; return;
      case 'l': if (ends('able')) break; if (ends('ible')) break; return;
      case 'n': if (ends('ant')) break; if (ends('ement')) break; if (ends('ment')) break; if (ends('ent')) break; return;
      case 'o': if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break; if (ends('ou')) break; return;
      case 's': if (ends('ism')) break; return;
      case 't': if (ends('ate')) break; if (ends('iti')) break; return;
      case 'u': if (ends('ous')) break; return;
      case 'v': if (ends('ive')) break; return;
      case 'z': if (ends('ize')) break; return;
      default: return;
    }
    if (m() > 1) k = j;
  }
  function step6() {
    j = k;
    if (b[k] === 'e') { var a = m(); if (a > 1 || (a === 1 && !cvc(k - 1))) k--; }
    if (b[k] === 'l' && doublec(k) && m() > 1) k--;
  }
  step1(); step2();
  if (k !== k0) table(S3, b[k - 1]);
  table(S4, b[k]);
  step5(); step6();
  return b.slice(0, k + 1).join('');
}

// ---- Analysis per language: the frame that runs English and client/analysis-*.js ------------
/**
 * English, built in: EnglishAnalyzer's possessive filter and Porter stemmer. Every other
 * language's analysis is a script shipped with its index (analysis-<hash>.js, named in the
 * entry) that registers an object of the same shape (see analysis-fr.js).
 */
var ENGLISH = { lang: 'en', stemmer: 'porter', tokenFilters: [possessive], tokenStream: null, wordFilters: [], stem: porter };

/**
 * Lucene's chain for one language: StandardTokenizer, lowercasing and the language's token
 * filters (the normaliser), its token stream step (CJK bigrams, which need the tokenizer's
 * token types), the stop words (decided on the normalised token), the word filters (on the
 * words the stop list kept; Arabic normalisation), the stemmer. The stop words are the index
 * entry's, written from Lucene's set: the one list both sides use.
 *
 * analyze(text) returns every token of the stream with {surface (normalised and word-filtered,
 * unstemmed), term (stemmed; null for a stop word), stop, position, start, end}; position counts
 * every token, so stop words leave gaps exactly as Lucene's StopFilter.
 */
function Analysis(entry, language) {
  language = language || ENGLISH;
  if (entry.stemmer !== language.stemmer) {
    throw SearchIndexError('index ' + entry.lang + ' was built with stemmer ' + entry.stemmer + ' but its analysis has '
      + language.stemmer + '; rebuild the site');
  }
  var stop = {};
  (entry.stopWords || []).forEach(function (w) { stop['$' + w] = true; });
  var filters = language.tokenFilters, wordFilters = language.wordFilters, stem = language.stem;
  var words = new Map(), memo = new Map();
  /** The analysis of one normalised token: {surface, term (null for a stop word), stop}. */
  function word(normal) {
    var a = words.get(normal);
    if (a === undefined) {
      var isStop = stop['$' + normal] === true, surface = normal;
      for (var f = 0; f < wordFilters.length; f++) surface = wordFilters[f](surface);
      a = { surface: surface, term: isStop ? null : stem(surface), stop: isStop };
      words.set(normal, a);
    }
    return a;
  }
  function normalize(token) {
    var t = lowerCase(token);
    for (var f = 0; f < filters.length; f++) t = filters[f](t);
    return t;
  }
  /** The analysis of one token's text as the tokenizer cut it (a language without a token stream step). */
  var lookup = function (token) {
    var a = memo.get(token);
    if (a === undefined) {
      a = word(normalize(token));
      memo.set(token, a);
    }
    return a;
  };
  this.analyze = function (text) {
    var tokens = tokenize(text), i, t, a;
    if (language.tokenStream) {
      // the whole stream first (bigrams join tokens), then positions and each word's analysis
      var typed = new Array(tokens.length);
      for (i = 0; i < tokens.length; i++) {
        t = tokens[i];
        typed[i] = { term: normalize(t.text), type: language.tokenType(t.text), start: t.start, end: t.end };
      }
      tokens = language.tokenStream(typed);
      for (i = 0; i < tokens.length; i++) {
        t = tokens[i];
        a = word(t.term);
        tokens[i] = { surface: a.surface, term: a.term, stop: a.stop, position: i, start: t.start, end: t.end };
      }
      return tokens;
    }
    for (i = 0; i < tokens.length; i++) {
      t = tokens[i];
      a = lookup(t.text);
      tokens[i] = { surface: a.surface, term: a.term, stop: a.stop, position: i, start: t.start, end: t.end };
    }
    return tokens;
  };
}

engine.tokenize = tokenize;
engine.porter = porter;
engine.ENGLISH = ENGLISH;
engine.Analysis = Analysis;
