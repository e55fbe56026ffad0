/*
 * Passage search client: reads the browser index written by SearchExporter (FORMAT.md), ranks
 * exactly as the Java reference (SearchReference, Lucene BM25) and drives the search box and the
 * results page. Classic script, no dependencies; works from file://.
 *
 * Java float arithmetic is reproduced with Math.fround after every float operation.
 */
(function (global) {
  'use strict';

  var FORMAT_VERSION = 4;
  var f32 = Math.fround;

  // ---- Query semantics shared with SearchFields.java ----------------------------------------
  var FIELDS = ['title', 'headings', 'body'];
  var BODY = 2;
  var BOOSTS = [f32(3), f32(1.5), f32(1)];
  var PREFIX_FACTOR = f32(0.5);
  var PREFIX_EXPANSIONS = 10;
  var PREFIX_MIN_LENGTH = 2;
  var COORDINATION_BOOST = f32(1024);
  var PHRASE_BOOST = f32(2);
  var PROXIMITY_SLOP = 6;
  var PROXIMITY_BOOST = f32(2);
  var PLAIN_PHRASES = [{ boost: PHRASE_BOOST, slop: 0 }, { boost: PROXIMITY_BOOST, slop: PROXIMITY_SLOP }];
  // the same on the title, scaled by the title's boost (SearchReference.core)
  var TITLE_PHRASES = [{ boost: f32(PHRASE_BOOST * BOOSTS[0]), slop: 0 }, { boost: f32(PROXIMITY_BOOST * BOOSTS[0]), slop: PROXIMITY_SLOP }];
  var MAX_PLAIN_TERMS = 64;
  // QueryVocabulary.java
  var IDENTIFIER_BOOST = f32(65536);
  var MAX_ALTERNATIVES = 8;
  var QUALIFIER_PREFIX = 3;
  var MAX_EDITS = 2;
  var K1 = f32(1.2);
  var B = f32(0.75);

  function SearchIndexError(message) {
    var e = new Error('Passage search: ' + message);
    e.name = 'SearchIndexError';
    return e;
  }

  // ---- Binary format (FORMAT.md) -----------------------------------------------------------
  // Shard text: 123 ASCII symbols (1 to 127 but LF, CR, '"', '\'); each pair of symbols holds
  // 13 or 14 bits, a last single symbol 6 bits (FORMAT.md, "Shard scripts").
  var TEXT_SYMBOLS = new Int16Array(128).fill(-1);
  (function () {
    for (var c = 1, i = 0; c < 128; c++) if (c !== 10 && c !== 13 && c !== 34 && c !== 92) TEXT_SYMBOLS[c] = i++;
  })();

  function decodeText(s) {
    var out = new Uint8Array(((s.length * 7) >> 3) + 2), o = 0, acc = 0, n = 0, v = -1;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i), d = c < 128 ? TEXT_SYMBOLS[c] : -1;
      if (d < 0) throw SearchIndexError('invalid character in shard data');
      if (v < 0) { v = d; continue; }
      v += d * 123;
      acc |= v << n;
      n += (v & 8191) < 6937 ? 14 : 13;
      v = -1;
      while (n >= 8) { out[o++] = acc & 0xff; acc >>>= 8; n -= 8; }
    }
    if (v >= 0) {
      acc |= v << n;
      n += 6;
      while (n >= 8) { out[o++] = acc & 0xff; acc >>>= 8; n -= 8; }
    }
    return out.subarray(0, o);
  }

  var CRC_TABLE = (function () {
    var t = new Int32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c;
    }
    return t;
  })();

  /** CRC-32 (IEEE) of bytes[start, end), continuing from crc (a previous result, or 0). */
  function crc32(bytes, start, end, crc) {
    var c = ~(crc || 0);
    for (var i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  }

  // ---- Raw DEFLATE decoder (RFC 1951): stored, fixed and dynamic Huffman blocks ----------------
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function InflateError(message) {
    this.message = message;
  }

  /**
   * A decoding table for the canonical Huffman code with the given code lengths (0 = unused):
   * indexed by the next `bits` input bits (first bit lowest), each entry is symbol << 4 | length,
   * or 0 for a bit pattern no code starts with.
   */
  function huffmanTable(lengths) {
    var count = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], max = 0, s, len;
    for (s = 0; s < lengths.length; s++) {
      count[lengths[s]]++;
      if (lengths[s] > max) max = lengths[s];
    }
    count[0] = 0;
    var next = [0, 0], left = 1, code = 0;
    for (len = 1; len <= 15; len++) {
      left = left * 2 - count[len];
      if (left < 0) throw new InflateError('over-subscribed Huffman code');
      code = (code + count[len - 1]) << 1;
      next[len] = code;
    }
    var bits = Math.max(max, 1), table = new Int32Array(1 << bits);
    for (s = 0; s < lengths.length; s++) {
      len = lengths[s];
      if (len === 0) continue;
      var c = next[len]++, rev = 0;
      for (var i = 0; i < len; i++) { rev = (rev << 1) | (c & 1); c >>= 1; }
      for (var k = rev; k < table.length; k += 1 << len) table[k] = (s << 4) | len;
    }
    return { table: table, bits: bits };
  }

  var FIXED = null;
  function fixedTables() {
    if (!FIXED) {
      var lit = [], dist = [], i;
      for (i = 0; i < 288; i++) lit.push(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
      for (i = 0; i < 32; i++) dist.push(5);
      FIXED = [huffmanTable(lit), huffmanTable(dist)];
    }
    return FIXED;
  }

  /**
   * Decodes the raw DEFLATE stream input[start, end) that holds exactly `size` bytes, the stream
   * being compressed with the preset dictionary `dict` (or null). Throws InflateError.
   */
  function inflate(input, start, end, size, dict) {
    // a DEFLATE stream expands at most 1032-fold (258-byte copies in 2 bits)
    if (size > (end - start) * 1032 + 1024) throw new InflateError('declared size ' + size + ' is impossible');
    var base = dict ? dict.length : 0;
    var out = new Uint8Array(base + size), o = base, limit = base + size;
    if (base) out.set(dict);
    var pos = start, buf = 0, cnt = 0;
    function need(n) {
      while (cnt < n) {
        if (pos >= end) throw new InflateError('unexpected end of compressed data');
        buf |= input[pos++] << cnt;
        cnt += 8;
      }
    }
    function bits(n) {
      need(n);
      var v = buf & ((1 << n) - 1);
      buf >>>= n;
      cnt -= n;
      return v;
    }
    function decode(h) {
      while (cnt < h.bits && pos < end) { buf |= input[pos++] << cnt; cnt += 8; }
      var e = h.table[buf & ((1 << h.bits) - 1)], len = e & 15;
      if (e === 0) throw new InflateError('invalid Huffman code');
      if (len > cnt) throw new InflateError('unexpected end of compressed data');
      buf >>>= len;
      cnt -= len;
      return e >> 4;
    }
    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        pos -= cnt >> 3; // drop the bits left of the current byte, give back the whole bytes buffered
        buf = 0;
        cnt = 0;
        if (pos + 4 > end) throw new InflateError('unexpected end of compressed data');
        var n = input[pos] | (input[pos + 1] << 8), nc = input[pos + 2] | (input[pos + 3] << 8);
        pos += 4;
        if (n !== (~nc & 0xffff)) throw new InflateError('stored block length check failed');
        if (pos + n > end) throw new InflateError('unexpected end of compressed data');
        if (o + n > limit) throw new InflateError('more data than declared');
        out.set(input.subarray(pos, pos + n), o);
        pos += n;
        o += n;
        continue;
      }
      var lit, dist;
      if (type === 1) {
        lit = fixedTables()[0];
        dist = fixedTables()[1];
      } else if (type === 2) {
        var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4, i;
        if (nlen > 286 || ndist > 30) throw new InflateError('bad code counts');
        var cl = [];
        for (i = 0; i < 19; i++) cl.push(0);
        for (i = 0; i < ncode; i++) cl[CODE_LENGTH_ORDER[i]] = bits(3);
        var clh = huffmanTable(cl), lengths = [];
        while (lengths.length < nlen + ndist) {
          var sym = decode(clh);
          if (sym < 16) { lengths.push(sym); continue; }
          var rep, val = 0;
          if (sym === 16) {
            if (lengths.length === 0) throw new InflateError('repeat with no first length');
            val = lengths[lengths.length - 1];
            rep = 3 + bits(2);
          } else if (sym === 17) rep = 3 + bits(3);
          else rep = 11 + bits(7);
          if (lengths.length + rep > nlen + ndist) throw new InflateError('too many code lengths');
          while (rep--) lengths.push(val);
        }
        if (lengths[256] === 0) throw new InflateError('no end-of-block code');
        lit = huffmanTable(lengths.slice(0, nlen));
        dist = huffmanTable(lengths.slice(nlen));
      } else {
        throw new InflateError('invalid block type');
      }
      for (;;) {
        var s = decode(lit);
        if (s < 256) {
          if (o >= limit) throw new InflateError('more data than declared');
          out[o++] = s;
        } else if (s === 256) {
          break;
        } else {
          s -= 257;
          if (s >= 29) throw new InflateError('invalid length code');
          var length = LENGTH_BASE[s] + bits(LENGTH_EXTRA[s]);
          var ds = decode(dist);
          if (ds >= 30) throw new InflateError('invalid distance code');
          var d = DIST_BASE[ds] + bits(DIST_EXTRA[ds]);
          if (d > o) throw new InflateError('distance too far back');
          if (o + length > limit) throw new InflateError('more data than declared');
          for (var from = o - d, stop = o + length; o < stop;) out[o++] = out[from++];
        }
      }
    } while (!last);
    if (o !== limit) throw new InflateError('less data than declared');
    return out.subarray(base);
  }

  function Reader(bytes, pos) {
    this.b = bytes;
    this.p = pos || 0;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  Reader.prototype.u8 = function () {
    if (this.p >= this.b.length) throw SearchIndexError('unexpected end of shard data');
    return this.b[this.p++];
  };
  Reader.prototype.varint = function () {
    var v = 0, mul = 1, x;
    do {
      x = this.u8();
      v += (x & 0x7f) * mul;
      mul *= 128;
    } while (x & 0x80);
    return v;
  };
  /** varint shared | string suffix: the first `shared` UTF-16 units of prev, then the suffix. */
  Reader.prototype.frontCoded = function (prev) {
    var shared = this.varint();
    if (shared > prev.length) throw SearchIndexError('shard data is corrupt (front coding)');
    return prev.substring(0, shared) + this.string();
  };
  Reader.prototype.float = function () {
    if (this.p + 4 > this.b.length) throw SearchIndexError('unexpected end of shard data');
    var v = this.view.getFloat32(this.p, true);
    this.p += 4;
    return v;
  };
  Reader.prototype.string = function () {
    var len = this.varint();
    var end = this.p + len;
    if (end > this.b.length) throw SearchIndexError('unexpected end of shard data');
    var s = '', b = this.b, i = this.p;
    while (i < end) {
      var c = b[i++];
      if (c >= 0xf0) c = ((c & 7) << 18) | ((b[i++] & 63) << 12) | ((b[i++] & 63) << 6) | (b[i++] & 63);
      else if (c >= 0xe0) c = ((c & 15) << 12) | ((b[i++] & 63) << 6) | (b[i++] & 63);
      else if (c >= 0xc0) c = ((c & 31) << 6) | (b[i++] & 63);
      s += c > 0xffff ? String.fromCharCode(0xd7c0 + (c >> 10), 0xdc00 + (c & 1023)) : String.fromCharCode(c);
    }
    this.p = end;
    return s;
  };

  /**
   * Checks magic, version and kind of a shard, inflates its body (with the preset dictionary
   * `dict`, or null) and checks its CRC; returns a Reader over the body.
   */
  function openShard(name, text, kind, dict) {
    if (typeof text !== 'string') throw SearchIndexError('shard ' + name + ' holds no data');
    var bytes = decodeText(text);
    if (bytes.length < 11 || bytes[0] !== 80 || bytes[1] !== 83 || bytes[2] !== 71 || bytes[3] !== 73) {
      throw SearchIndexError('shard ' + name + ' is not a Passage search shard (corrupt file?)');
    }
    var r = new Reader(bytes.subarray(0, bytes.length - 4), 4);
    var version = r.varint();
    if (version !== FORMAT_VERSION) {
      throw SearchIndexError('shard ' + name + ' has format version ' + version + ' but this client reads version ' +
        FORMAT_VERSION + '; rebuild the site so index and client match');
    }
    var k = String.fromCharCode(r.u8());
    if (k !== kind) throw SearchIndexError('shard ' + name + ' is of kind ' + k + ', expected ' + kind);
    var size = r.varint(), head = r.p, end = bytes.length - 4, body;
    try {
      body = inflate(bytes, head, end, size, dict);
    } catch (e) {
      if (!(e instanceof InflateError)) throw e;
      throw SearchIndexError('shard ' + name + ' is corrupt (' + e.message + ')');
    }
    var stored = (bytes[end] | (bytes[end + 1] << 8) | (bytes[end + 2] << 16) | (bytes[end + 3] << 24)) >>> 0;
    if (crc32(body, 0, body.length, crc32(bytes, 0, head)) !== stored) {
      throw SearchIndexError('shard ' + name + ' is corrupt (checksum mismatch)');
    }
    return new Reader(body, 0);
  }

  // ---- Loading shards by script injection ------------------------------------------------------
  var registry = {};
  var waiting = {};
  function accept(item) {
    if (!item || typeof item[0] !== 'string') return;
    registry[item[0]] = item[1];
    var w = waiting[item[0]];
    if (w) {
      delete waiting[item[0]];
      for (var i = 0; i < w.length; i++) w[i]();
    }
  }
  var early = global.PassageSearchData;
  global.PassageSearchData = { push: function () { for (var i = 0; i < arguments.length; i++) accept(arguments[i]); } };
  if (early && early.length) for (var e = 0; e < early.length; e++) accept(early[e]);

  var loads = {};
  /**
   * Loads search/<file> below root (file "en/terms-ab12/0/17.js"); resolves with the payload it
   * registers under key ("en/terms/17"; the entry's key is its file, "en/index.js").
   */
  function loadScript(root, file, key) {
    var memo = root + '\u0000' + file;
    if (loads[memo]) return loads[memo];
    var p = new Promise(function (resolve, reject) {
      if (Object.prototype.hasOwnProperty.call(registry, key)) return resolve(registry[key]);
      var src = root + 'search/' + file;
      var el = global.document.createElement('script');
      var settled = false;
      (waiting[key] = waiting[key] || []).push(function () { settled = true; resolve(registry[key]); });
      // once run, the element is of no use: keep the document small over many queries
      function detach() { if (el.parentNode) el.parentNode.removeChild(el); }
      el.onload = function () {
        detach();
        if (!settled && !Object.prototype.hasOwnProperty.call(registry, key)) {
          reject(SearchIndexError('search file ' + src + ' loaded but did not register ' + key +
            ' (stale or corrupt index; rebuild the site)'));
        }
      };
      el.onerror = function () {
        detach();
        reject(SearchIndexError('could not load search file ' + src + ' (missing: rebuild the site)'));
      };
      el.src = src;
      (global.document.head || global.document.documentElement).appendChild(el);
    });
    loads[memo] = p;
    p.catch(function () { delete loads[memo]; });
    return p;
  }

  // ---- Analysis: StandardTokenizer (UAX#29 subset), possessive, lowercase, stop, Porter -----
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

  // ---- Query plan: port of QueryPlan.java ---------------------------------------------------
  function isSpace(c) { return c <= 32 || c === 0xa0 || c === 0x3000; }

  function chunks(q) {
    var out = [], n = q.length, i = 0;
    while (i < n) {
      if (isSpace(q.charCodeAt(i))) { i++; continue; }
      var op = ' ';
      if (q.charAt(i) === '+' || q.charAt(i) === '-') { op = q.charAt(i); i++; }
      if (i < n && q.charAt(i) === '"') {
        var close = q.indexOf('"', i + 1);
        var end = close < 0 ? n : close;
        if (end > i + 1) out.push({ op: op, quoted: true, text: q.substring(i + 1, end), start: i + 1, end: end });
        i = close < 0 ? n : close + 1;
      } else {
        var start = i;
        while (i < n && !isSpace(q.charCodeAt(i)) && q.charAt(i) !== '"') i++;
        if (i > start) out.push({ op: op, quoted: false, text: q.substring(start, i), start: start, end: i });
      }
    }
    return out;
  }

  function unitOf(tokens) {
    var base = tokens[0].position;
    return {
      terms: tokens.map(function (t) { return t.term; }),
      positions: tokens.map(function (t) { return t.position - base; })
    };
  }
  function unitKey(u) {
    var s = '';
    for (var i = 0; i < u.terms.length; i++) s += u.positions[i] + ':' + u.terms[i] + '\u0000';
    return s;
  }

  function planQuery(query, analysis) {
    var cs = chunks(query);
    var should = [], shouldSet = {}, shouldAt = {}, offset = 0, required = [], requiredKeys = {}, excluded = [], excludedKeys = {};
    var words = [], prefix = null, prefixTerm = null;
    for (var c = 0; c < cs.length; c++) {
      var chunk = cs[c];
      var all = analysis.analyze(chunk.text);
      var tokens = all.filter(function (t) { return !t.stop; });
      var last = c === cs.length - 1 && chunk.end === query.length;
      var plain = chunk.op === ' ' && !chunk.quoted;
      if (plain && last && all.length > 0) {
        var lastToken = all[all.length - 1];
        if (lastToken.surface.length >= PREFIX_MIN_LENGTH) {
          prefix = lastToken.surface;
          prefixTerm = lastToken.stop ? null : lastToken.term;
        }
      }
      var at = offset;
      if (plain) offset += all.length;
      if (tokens.length === 0) continue;
      if (chunk.op !== '-' && !chunk.quoted && tokens.length === 1) {
        words.push({ start: chunk.start, end: chunk.end, surface: tokens[0].surface, term: tokens[0].term,
          last: last && chunk.op === ' ' });
      }
      if (chunk.op === '-') {
        var u = unitOf(tokens);
        if (!excludedKeys[unitKey(u)]) { excludedKeys[unitKey(u)] = true; excluded.push(u); }
      } else if (chunk.op === '+' || chunk.quoted) {
        var u2 = unitOf(tokens);
        if (!requiredKeys[unitKey(u2)]) { requiredKeys[unitKey(u2)] = true; required.push(u2); }
      } else {
        tokens.forEach(function (t) {
          if (!shouldSet['$' + t.term] && should.length < MAX_PLAIN_TERMS) { shouldSet['$' + t.term] = true; shouldAt['$' + t.term] = at + t.position; should.push(t.term); }
        });
      }
    }
    required.forEach(function (u) {
      if (u.terms.length === 1 && shouldSet['$' + u.terms[0]]) {
        delete shouldSet['$' + u.terms[0]];
        should = should.filter(function (t) { return t !== u.terms[0]; });
      }
    });
    var base = should.length ? shouldAt['$' + should[0]] : 0;
    return {
      should: should, shouldPositions: should.map(function (t) { return shouldAt['$' + t] - base; }), required: required,
      excluded: excluded, prefix: prefix, prefixTerm: prefixTerm, words: words
    };
  }

  // ---- The site's vocabulary: port of QueryVocabulary.java ----------------------------------

  /**
   * The end of the meta file: identifier terms and their documents, each taxonomy's qualifier
   * words, the synonym groups (phrases as {terms, positions}), then which documents are pages:
   * meta.identifiers {ident: [doc]}, meta.qualifiers [{name, words}], meta.synonyms, meta.pageOf.
   */
  function readVocabulary(r, meta) {
    var n = meta.n, ids = {}, count = r.varint(), prev = '', i, k;
    for (i = 0; i < count; i++) {
      prev = r.frontCoded(prev);
      var d = r.varint();
      if (d >= n) throw SearchIndexError('meta shard is corrupt (identifier)');
      (ids['$' + prev] = ids['$' + prev] || []).push(d);
    }
    var qualifiers = new Array(r.varint());
    for (i = 0; i < qualifiers.length; i++) {
      var name = r.string(), words = new Array(r.varint());
      for (k = 0; k < words.length; k++) words[k] = r.string();
      qualifiers[i] = { name: name, words: words };
    }
    var synonyms = new Array(r.varint());
    for (i = 0; i < synonyms.length; i++) {
      var group = new Array(r.varint());
      for (k = 0; k < group.length; k++) {
        var m = r.varint(), unit = { terms: new Array(m), positions: new Array(m) };
        for (var j = 0; j < m; j++) { unit.terms[j] = r.string(); unit.positions[j] = r.varint(); }
        group[k] = unit;
      }
      synonyms[i] = group;
    }
    var bytes = r.varint();
    if (bytes !== ((n + 7) >> 3) || r.p + bytes !== r.b.length) throw SearchIndexError('meta shard is corrupt (length mismatch)');
    // pageOf[d]: the page document of document d (a page's sections follow it)
    var pageOf = new Int32Array(n), page = 0;
    for (var doc = 0; doc < n; doc++) {
      if (r.b[r.p + (doc >> 3)] & (1 << (doc & 7))) page = doc;
      pageOf[doc] = page;
    }
    r.p += bytes;
    meta.identifiers = ids;
    meta.qualifiers = qualifiers;
    meta.synonyms = synonyms;
    meta.pageOf = pageOf;
  }

  /** Where terms first stand consecutively in plain, or -1. */
  function indexOfRun(plain, terms) {
    outer:
    for (var i = 0; i + terms.length <= plain.length; i++) {
      for (var k = 0; k < terms.length; k++) if (plain[i + k] !== terms[k]) continue outer;
      return i;
    }
    return -1;
  }

  /** QueryVocabulary.of: {identifiers: [ident], alternatives: [{unit, covers: [term]}]}. */
  function planVocabulary(query, plan, analysis, meta) {
    var out = { identifiers: [], alternatives: [] };
    if (meta.qualifiers.length === 0 && meta.synonyms.length === 0) return out;
    var cs = chunks(query), n = cs.length, keys = new Array(n), qualified = new Array(n), plain = [], c, i, j;
    for (c = 0; c < n; c++) {
      var chunk = cs[c], of = [];
      qualified[c] = of;
      keys[c] = null;
      if (chunk.op === '-' || chunk.quoted) continue;
      var all = analysis.analyze(chunk.text);
      if (all.length > 0) keys[c] = all.map(function (t) { return t.surface; }).join('.');
      if (all.length === 1) {
        var w = all[0].surface;
        meta.qualifiers.forEach(function (q) {
          for (var x = 0; x < q.words.length; x++) {
            var name = q.words[x];
            if (name === w || (w.length >= QUALIFIER_PREFIX && name.lastIndexOf(w, 0) === 0)) { of.push(q.name); break; }
          }
        });
      }
      if (chunk.op === ' ') all.forEach(function (t) { if (!t.stop) plain.push(t.term); });
    }
    var seen = {};
    for (i = 0; i < n; i++) {
      if (keys[i] === null) continue;
      var from = {}, any = false;
      for (j = i - 1; j >= 0 && j >= i - 2 && qualified[j].length > 0; j--) {
        qualified[j].forEach(function (t) { from[t] = true; any = true; });
      }
      var digit = /[0-9]/.test(keys[i]);
      for (var q = 0; q < meta.qualifiers.length; q++) {
        var tax = meta.qualifiers[q].name, id = tax + '/' + keys[i];
        if ((any ? from[tax] === true : digit) && !seen['$' + id]) { seen['$' + id] = true; out.identifiers.push(id); }
      }
    }
    var should = {}, units = [], byKey = {};
    plan.should.forEach(function (t) { should['$' + t] = true; });
    meta.synonyms.forEach(function (group) {
      var typed = [], stands = {}, standsAny = false;
      group.forEach(function (u, k) {
        typed[k] = indexOfRun(plain, u.terms) >= 0;
        if (typed[k]) u.terms.forEach(function (t) { if (should['$' + t]) { stands['$' + t] = true; standsAny = true; } });
      });
      if (!standsAny) return;
      group.forEach(function (u, k) {
        if (typed[k]) return;
        var key = unitKey(u), a = byKey[key];
        if (!a) {
          if (units.length === MAX_ALTERNATIVES) return;
          a = byKey[key] = { unit: u, stands: {} };
          units.push(a);
        }
        for (var t in stands) a.stands[t] = true;
      });
    });
    out.alternatives = units.map(function (a) {
      return { unit: a.unit, covers: plan.should.filter(function (t) { return a.stands['$' + t] === true; }) };
    });
    return out;
  }

  // ---- The index of one language ----------------------------------------------------------
  var LENGTH_TABLE = (function () {
    var t = new Float64Array(256);
    for (var i = 0; i < 256; i++) {
      if (i < 24) t[i] = i;
      else {
        var x = i - 24, bits = x & 7, shift = (x >>> 3) - 1;
        t[i] = 24 + (shift === -1 ? bits : (bits | 8) * Math.pow(2, shift));
      }
    }
    return t;
  })();

  function normCache(avgdl) {
    var cache = new Float64Array(256);
    var oneMinusB = f32(1 - B);
    for (var i = 0; i < 256; i++) {
      cache[i] = f32(1 / f32(K1 * f32(oneMinusB + f32(f32(B * f32(LENGTH_TABLE[i])) / avgdl))));
    }
    return cache;
  }

  function Index(root, lang, entry, language) {
    if (!entry || entry.format !== FORMAT_VERSION) {
      throw SearchIndexError('index ' + lang + '/index.js has format version ' + (entry && entry.format) +
        ' but this client reads version ' + FORMAT_VERSION + '; rebuild the site so index and client match');
    }
    this.root = root;
    this.lang = lang;
    this.entry = entry;
    this.analysis = new Analysis(entry, language);
    this.termShards = {};
    this.docShards = {};
  }

  /** Loads a single file named in the entry (meta, facets), registered as <lang>/<name>. */
  Index.prototype.load = function (file, name, kind, dict) {
    var path = this.lang + '/' + file;
    return loadScript(this.root, path, this.lang + '/' + name).then(function (payload) {
      return openShard(path, payload, kind, dict);
    });
  };

  /** Loads shard i of a numbered kind: <prefix><i / shardsPerFolder>/<i>.js, registered as <lang>/<name>/<i>. */
  Index.prototype.loadShard = function (prefix, name, i, kind, dict) {
    var file = prefix + Math.floor(i / this.entry.shardsPerFolder) + '/' + i + '.js';
    return this.load(file, name + '/' + i, kind, dict);
  };

  Index.prototype.loadMeta = function () {
    var self = this;
    if (this.meta) return Promise.resolve(this.meta);
    return this.load(this.entry.meta, 'meta', 'M').then(function (r) {
      var n = r.varint();
      var fields = [];
      var fc = r.varint(), f;
      for (f = 0; f < fc; f++) {
        var name = r.string(), docCount = r.varint(), avgdl = r.float(), idf = new Array(r.varint());
        for (var q = 0; q < idf.length; q++) idf[q] = r.float();
        fields.push({ name: name, docCount: docCount, avgdl: avgdl, idf: idf, norms: null, cache: normCache(avgdl) });
      }
      for (var g = 0; g < FIELDS.length; g++) {
        if (!fields[g] || fields[g].name !== FIELDS[g]) throw SearchIndexError('meta shard fields do not match this client');
      }
      // the body's norms; the other fields' postings carry their documents' norms
      if (r.p + n > r.b.length) throw SearchIndexError('meta shard is corrupt (length mismatch)');
      fields[BODY].norms = r.b.subarray(r.p, r.p + n);
      r.p += n;
      var termShards = new Array(r.varint()), prev = '';
      for (var t = 0; t < termShards.length; t++) prev = termShards[t] = r.frontCoded(prev);
      var shardCount = r.varint(), starts = new Array(shardCount), first = 0;
      for (var z = 0; z < shardCount; z++) { starts[z] = first; first += r.varint(); }
      if (first !== n) throw SearchIndexError('meta shard is corrupt (document shards)');
      var dictLength = r.varint();
      if (r.p + dictLength > r.b.length) throw SearchIndexError('meta shard is corrupt (length mismatch)');
      var dict = r.b.slice(r.p, r.p + dictLength);
      r.p += dictLength;
      self.meta = { n: n, fields: fields, termShards: termShards, docShards: starts, dictionary: dict, facets: null,
        facetsByName: null };
      readVocabulary(r, self.meta);
      return self.meta;
    });
  };

  /** Loads the facet values of every document into meta.facets (once). */
  Index.prototype.loadFacets = function () {
    var self = this, meta = this.meta;
    if (meta.facets) return Promise.resolve(meta);
    if (this.facetsP) return this.facetsP;
    this.facetsP = this.load(this.entry.facets, 'facets', 'F').then(function (r) {
      var n = meta.n, facets = [], byName = {};
      var nf = r.varint();
      for (var i = 0; i < nf; i++) {
        var fname = r.string(), vc = r.varint(), values = [];
        for (var v = 0; v < vc; v++) values.push(r.string());
        facets.push(byName[fname] = { name: fname, values: values, perDoc: new Array(n) });
      }
      var runs = r.varint(), starts = new Array(runs + 1), d = 0, u;
      for (u = 0; u < runs; u++) {
        starts[u] = d;
        var length = r.varint();
        if (length === 0 || d + length > n) throw SearchIndexError('facets shard is corrupt (runs)');
        d += length;
      }
      starts[runs] = d;
      for (var x = 0; x < nf; x++) {
        var counts = new Array(runs);
        for (u = 0; u < runs; u++) counts[u] = r.varint();
        for (u = 0; u < runs; u++) {
          var k = counts[u], ids = new Array(k), id = 0;
          for (var y = 0; y < k; y++) {
            id += r.varint();
            if (id >= facets[x].values.length) throw SearchIndexError('facets shard is corrupt (value)');
            ids[y] = id;
          }
          for (var e = starts[u]; e < starts[u + 1]; e++) facets[x].perDoc[e] = ids;
        }
      }
      if ((d !== n && nf > 0) || r.p !== r.b.length) throw SearchIndexError('facets shard is corrupt (length mismatch)');
      // groups: runs of consecutive documents with the same values in every facet (a page and its
      // sections), so that filters and counts work per group rather than per document
      var groupOf = new Int32Array(n), firstDocs = [];
      for (var g = 0, doc = 0; doc < n; doc++) {
        var same = doc > 0;
        for (var fx = 0; fx < nf && same; fx++) same = facets[fx].perDoc[doc] === facets[fx].perDoc[doc - 1];
        if (!same) { g = firstDocs.length; firstDocs.push(doc); }
        groupOf[doc] = g;
      }
      // each facet's value ids per group, flattened: ids[start[g] .. start[g + 1])
      var groups = firstDocs.length, byFacet = facets.map(function (facet) {
        var start = new Int32Array(groups + 1), total = 0, gi;
        for (gi = 0; gi < groups; gi++) { start[gi] = total; total += facet.perDoc[firstDocs[gi]].length; }
        start[groups] = total;
        var ids = new Int32Array(total);
        for (gi = 0; gi < groups; gi++) ids.set(facet.perDoc[firstDocs[gi]], start[gi]);
        return { start: start, ids: ids };
      });
      meta.facetGroups = { of: groupOf, first: Int32Array.from(firstDocs), byFacet: byFacet };
      meta.facets = facets;
      meta.facetsByName = byName;
      return meta;
    });
    this.facetsP.catch(function () { self.facetsP = null; });
    return this.facetsP;
  };

  function shardIndex(shards, term) {
    var lo = 0, hi = shards.length - 1, ans = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (shards[mid] <= term) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  Index.prototype.termShard = function (i) {
    var self = this;
    if (this.termShards[i]) return this.termShards[i];
    var p = this.loadShard(this.entry.termFiles, 'terms', i, 'T').then(function (r) {
      var fields = self.meta.fields;
      var count = r.varint(), terms = new Array(count), info = new Array(count), prev = '';
      for (var t = 0; t < count; t++) {
        var term = r.frontCoded(prev);
        terms[t] = term;
        prev = term;
        var mask = r.u8(), entry = [null, null, null];
        for (var f = 0; f < FIELDS.length; f++) {
          if (!(mask & (1 << f))) continue;
          var df = r.varint(), table = fields[f].idf;
          entry[f] = { field: f, df: df, idf: df <= table.length ? table[df - 1] : r.float(), off: 0, len: 0, postings: null };
        }
        info[t] = entry;
      }
      // the postings follow in the same order; each ends after its df documents
      var b = r.b, len = b.length, x;
      VP = r.p;
      for (var t2 = 0; t2 < count; t2++) {
        for (var f2 = 0; f2 < FIELDS.length; f2++) {
          var fi = info[t2][f2];
          if (!fi) continue;
          fi.off = VP;
          for (var d = 0; d < fi.df && VP <= len; d++) {
            do { x = b[VP++]; } while (x & 128); // document delta
            var freq = readVarint(b);
            if (f2 !== BODY) VP++; // norm
            if (VP + freq > len) VP = len + 1; // a position takes a byte at least: corrupt
            else for (var k = 0; k < freq; k++) do { x = b[VP++]; } while (x & 128);
          }
          if (VP > len) throw SearchIndexError('term shard ' + file + ' is corrupt (length mismatch)');
          fi.len = VP - fi.off;
        }
      }
      if (VP !== len) throw SearchIndexError('term shard ' + file + ' is corrupt (length mismatch)');
      var shard = { terms: terms, info: info, bytes: r.b };
      info.forEach(function (fields) { fields.forEach(function (fi) { if (fi) fi.shard = shard; }); });
      return shard;
    });
    this.termShards[i] = p;
    p.catch(function () { delete self.termShards[i]; });
    return p;
  };

  /** Resolves the per-field entries of each term: {term: [title|null, headings|null, body|null]}. */
  Index.prototype.lookup = function (terms) {
    var self = this, shards = this.meta.termShards, need = {};
    terms.forEach(function (t) { need[shardIndex(shards, t)] = true; });
    var ids = Object.keys(need).map(Number);
    return Promise.all(ids.map(function (i) { return self.termShard(i); })).then(function () {
      var out = {};
      var loaded = ids.map(function (i) { return self.termShards[i]; });
      return Promise.all(loaded).then(function (list) {
        var byId = {};
        ids.forEach(function (id, k) { byId[id] = list[k]; });
        terms.forEach(function (t) {
          var s = byId[shardIndex(shards, t)];
          var lo = 0, hi = s.terms.length - 1, found = null;
          while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (s.terms[mid] === t) { found = s.info[mid]; break; }
            if (s.terms[mid] < t) lo = mid + 1; else hi = mid - 1;
          }
          out['$' + t] = found;
        });
        return out;
      });
    });
  };

  /** Terms of the index starting with prefix, with document counts summed over fields. */
  Index.prototype.prefixTerms = function (prefix) {
    var self = this, shards = this.meta.termShards;
    var first = shardIndex(shards, prefix), ids = [first];
    for (var i = first + 1; i < shards.length && shards[i].lastIndexOf(prefix, 0) === 0; i++) ids.push(i);
    return Promise.all(ids.map(function (i) { return self.termShard(i); })).then(function (list) {
      var out = [];
      list.forEach(function (s) {
        for (var t = 0; t < s.terms.length; t++) {
          if (s.terms[t].lastIndexOf(prefix, 0) === 0) {
            var df = 0;
            for (var f = 0; f < FIELDS.length; f++) if (s.info[t][f]) df += s.info[t][f].df;
            out.push({ term: s.terms[t], df: df });
          }
        }
      });
      return out;
    });
  };

  // A varint cursor for the hot loops: VP is the position in the byte array being read.
  var VP = 0;
  function readVarint(b) {
    var x = b[VP++];
    if (x < 128) return x;
    var v = x & 127, mul = 128;
    do { x = b[VP++]; v += (x & 127) * mul; mul *= 128; } while (x & 128);
    return v;
  }

  /**
   * Decodes a term's postings in one field, once: {docs, freqs, norms (null for the body: see
   * meta), at, bytes} in typed arrays; at[i] is where document i's positions start in bytes
   * (positionsOf decodes them, only for the documents a phrase needs).
   */
  function postings(fi) {
    if (fi.postings) return fi.postings;
    var b = fi.shard.bytes, end = fi.off + fi.len, n = fi.df, inline = fi.field !== BODY;
    var docs = new Int32Array(n), freqs = new Int32Array(n), at = new Int32Array(n), norms = inline ? new Uint8Array(n) : null;
    var doc = 0, i = 0, x;
    VP = fi.off;
    while (VP < end && i < n) {
      doc += readVarint(b);
      var freq = readVarint(b);
      if (inline) norms[i] = b[VP++];
      docs[i] = doc;
      freqs[i] = freq;
      at[i] = VP;
      for (var k = 0; k < freq; k++) do { x = b[VP++]; } while (x & 128);
      i++;
    }
    if (i !== n || VP !== end) throw SearchIndexError('postings do not match their document count (corrupt shard)');
    fi.postings = { docs: docs, freqs: freqs, norms: norms, at: at, bytes: b };
    return fi.postings;
  }

  /** The positions (ascending) of the j-th document of postings p. */
  function positionsOf(p, j) {
    var n = p.freqs[j], out = new Int32Array(n), pos = 0, b = p.bytes;
    VP = p.at[j];
    for (var k = 0; k < n; k++) { pos += readVarint(b); out[k] = pos; }
    return out;
  }

  /** The indexed words (with document counts) whose lengths are within `MAX_EDITS` of one of `lengths`. */
  Index.prototype.loadWords = function (lengths) {
    var self = this, all = this.entry.wordLengths, need = [];
    this.words = this.words || {};
    for (var i = 0; i < all.length; i++) {
      for (var k = 0; k < lengths.length; k++) if (Math.abs(all[i] - lengths[k]) <= MAX_EDITS) { need.push(i); break; }
    }
    return Promise.all(need.map(function (i) {
      if (!self.words[i]) {
        self.words[i] = self.loadShard(self.entry.wordFiles, 'words', i, 'W').then(function (r) {
          var n = r.varint(), words = new Array(n), dfs = new Array(n), prev = '';
          for (var j = 0; j < n; j++) { prev = words[j] = r.frontCoded(prev); dfs[j] = r.varint(); }
          if (r.p !== r.b.length) throw SearchIndexError('words shard is corrupt (length mismatch)');
          return { words: words, dfs: dfs };
        });
        self.words[i].catch(function () { delete self.words[i]; });
      }
      return self.words[i];
    })).then(function (list) {
      var vocab = { words: [], dfs: [] };
      list.forEach(function (v) { vocab.words = vocab.words.concat(v.words); vocab.dfs = vocab.dfs.concat(v.dfs); });
      return vocab;
    });
  };

  /** Reads a document shard: {doc id: {path, anchor, title, section, body}}; counts literal text in stats. */
  function readDocs(r, stats) {
    var first = r.varint(), count = r.varint(), list = new Array(count), path = '', title = '', d, k;
    for (d = 0; d < count; d++) {
      path = r.frontCoded(path);
      var anchor = r.string();
      title = r.frontCoded(title);
      var section = r.string(), parts = r.varint(), body = new Array(parts);
      for (k = 0; k < parts; k++) {
        var ref = r.varint();
        if (ref === 0) {
          body[k] = r.string();
          if (stats) stats.literal += body[k].length;
        }
        else if (d + ref < count) body[k] = ref;
        else throw SearchIndexError('document shard is corrupt (reference)');
      }
      list[d] = { path: path, anchor: anchor, title: title, section: section, body: body };
    }
    if (r.p !== r.b.length) throw SearchIndexError('document shard is corrupt (length mismatch)');
    var docs = {};
    for (d = count - 1; d >= 0; d--) { // a body refers only to later bodies of the shard
      var doc = list[d], text = '';
      for (k = 0; k < doc.body.length; k++) text += typeof doc.body[k] === 'string' ? doc.body[k] : list[d + doc.body[k]].body;
      doc.body = text;
      docs[first + d] = doc;
    }
    return docs;
  }

  Index.prototype.loadDocs = function (docIds) {
    var self = this, shards = this.meta.docShards, need = {};
    docIds.forEach(function (d) {
      var lo = 0, hi = shards.length - 1, ans = 0;
      while (lo <= hi) { var mid = (lo + hi) >> 1; if (shards[mid] <= d) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
      need[ans] = true;
    });
    return Promise.all(Object.keys(need).map(function (i) {
      if (!self.docShards[i]) {
        self.docShards[i] = self.loadShard(self.entry.docFiles, 'docs', i, 'D', self.meta.dictionary).then(function (r) {
          return readDocs(r);
        });
        self.docShards[i].catch(function () { delete self.docShards[i]; });
      }
      return self.docShards[i];
    })).then(function (list) {
      var all = {};
      list.forEach(function (docs) { for (var k in docs) all[k] = docs[k]; });
      return all;
    });
  };

  // ---- Scoring: Lucene 9.12 BM25 and BooleanQuery arithmetic ----------------------------------
  // The query SearchReference builds (see core() there), evaluated over typed arrays:
  //   MUST     each required unit (+word, "phrase") over the three fields, fields boosted
  //   SHOULD   coordination: per word (the prefix's word with its expansions) a constant
  //            COORDINATION_BOOST when any of its terms is in any field (only with 2+ words)
  //   SHOULD   each plain term on each field (BM25, field boosts); each expansion at PREFIX_FACTOR
  //   SHOULD   the plain terms as a phrase on the body, exact (PHRASE_BOOST) and sloppy
  //            (PROXIMITY_SLOP, PROXIMITY_BOOST), at their typed positions; the same on the
  //            title, boosts times the title's
  // SHOULD scores sum in double and round once; MUST units sum in double and round once; then
  // required + optional in float (ReqOptSumScorer).

  /** A sparse double accumulator over documents, reset in O(1) by a new tick. */
  function Acc(n) {
    this.sum = new Float64Array(n);
    this.at = new Int32Array(n);
    this.list = new Int32Array(n);
    this.count = 0;
    this.tick = 0;
  }
  Acc.prototype.reset = function () {
    if (++this.tick > 0x3fffffff) { this.at.fill(0); this.tick = 1; }
    this.count = 0;
  };
  function accAdd(A, d, s) {
    if (A.at[d] !== A.tick) { A.at[d] = A.tick; A.sum[d] = s; A.list[A.count++] = d; } else A.sum[d] += s;
  }

  /** Per-index work arrays, reused by every query (the scoring itself is synchronous). */
  function Scratch(n) {
    this.opt = new Acc(n);        // SHOULD clauses
    this.unit = new Acc(n);       // one required unit over the fields
    this.req = new Acc(n);        // required units: sum, and in count how many matched
    this.reqCount = new Int32Array(n);
    this.mark = new Int32Array(n); // coordination words, exclusions
    this.markTick = 0;
    this.score = new Float64Array(n);
    this.hits = new Int32Array(n);
  }
  Scratch.prototype.nextMark = function () {
    if (++this.markTick > 0x3fffffff) { this.mark.fill(0); this.markTick = 1; }
    return this.markTick;
  };

  /** BM25Scorer.score(freq, norm) with weight = boost * idf. */
  function bm25(weight, freq, normInverse) {
    return f32(weight - f32(weight / f32(1 + f32(freq * normInverse))));
  }

  /**
   * TermQuery on fi's field, boosted, added into A; with a mark, also the word's coordination
   * constant, once per document (mark[doc] === tick once the word has counted it).
   */
  function addTerm(meta, fi, boost, A, mark, tick) {
    var p = postings(fi), field = meta.fields[fi.field], weight = f32(boost * fi.idf), cache = field.cache;
    var docs = p.docs, freqs = p.freqs, norms = p.norms, bodyNorms = field.norms, n = docs.length;
    for (var i = 0; i < n; i++) {
      var d = docs[i], ni = cache[norms !== null ? norms[i] : bodyNorms[d]];
      var s = f32(weight - f32(weight / f32(1 + f32(freqs[i] * ni))));
      if (mark !== null && mark[d] !== tick) { mark[d] = tick; s += COORDINATION_BOOST; } // exact in double
      if (A.at[d] !== A.tick) { A.at[d] = A.tick; A.sum[d] = s; A.list[A.count++] = d; } else A.sum[d] += s;
    }
  }

  /** First index >= from in the sorted array a holding a value >= v (galloping search). */
  function advance(a, from, v) {
    var n = a.length;
    if (from >= n || a[from] >= v) return from;
    var step = 1, lo = from, hi = from + 1;
    while (hi < n && a[hi] < v) { lo = hi; step <<= 1; hi = lo + step; }
    if (hi > n) hi = n;
    while (lo + 1 < hi) { var mid = (lo + hi) >> 1; if (a[mid] < v) lo = mid; else hi = mid; }
    return hi;
  }

  /** ExactPhraseMatcher: the number of start positions where every term sits at its offset. */
  function exactFreq(positions, offsets) {
    var count = 0, first = positions[0], m = positions.length, ptr = new Int32Array(m);
    outer:
    for (var a = 0; a < first.length; a++) {
      var start = first[a] - offsets[0];
      for (var i = 1; i < m; i++) {
        var want = start + offsets[i], L = positions[i], k = ptr[i];
        while (k < L.length && L[k] < want) k++;
        ptr[i] = k;
        if (k === L.length) break outer;
        if (L[k] !== want) continue outer;
      }
      count++;
    }
    return count;
  }

  /** SloppyPhraseMatcher without repeated terms (initSimple/nextMatch), summing 1/(1+matchLength). */
  function sloppyFreq(positions, offsets, slop) {
    var pps = [];
    for (var o = 0; o < positions.length; o++) pps.push({ list: positions[o], count: 0, at: 0, offset: offsets[o], ord: o, position: 0 });
    function next(pp) {
      if (pp.count-- > 0) { pp.position = pp.list[pp.at++] - pp.offset; return true; }
      return false;
    }
    function less(a, b) {
      if (a.position === b.position) return a.offset === b.offset ? a.ord < b.ord : a.offset < b.offset;
      return a.position < b.position;
    }
    var pq = [];
    function pqAdd(pp) {
      var i = pq.length;
      pq.push(pp);
      while (i > 0 && less(pp, pq[i - 1])) { pq[i] = pq[i - 1]; i--; }
      pq[i] = pp;
    }
    var end = -2147483648;
    pps.forEach(function (pp) { pp.count = pp.list.length; pp.at = 0; next(pp); if (pp.position > end) end = pp.position; pqAdd(pp); });
    var positioned = true, matchLength = 2147483647;
    function advancePP(pp) { if (!next(pp)) return false; if (pp.position > end) end = pp.position; return true; }
    function nextMatch() {
      if (!positioned) return false;
      var pp = pq.shift();
      matchLength = end - pp.position;
      var nxt = pq[0].position;
      while (advancePP(pp)) {
        if (pp.position > nxt) {
          pqAdd(pp);
          if (matchLength <= slop) return true;
          pp = pq.shift();
          nxt = pq[0].position;
          matchLength = end - pp.position;
        } else {
          var ml2 = end - pp.position;
          if (ml2 < matchLength) matchLength = ml2;
        }
      }
      positioned = false;
      return matchLength <= slop;
    }
    if (!nextMatch()) return 0;
    var freq = f32(1 / f32(1 + matchLength));
    while (nextMatch()) freq = f32(freq + f32(1 / f32(1 + matchLength)));
    return freq;
  }

  /**
   * PhraseQueries on field f over the same terms, one per clause {boost, slop} (exact when slop
   * is 0), added into A; positions are decoded once, only for the documents holding every term.
   */
  function addPhrases(meta, dict, terms, offsets, f, clauses, A) {
    var m = terms.length, lists = new Array(m), idf = 0, lead = 0, i;
    for (i = 0; i < m; i++) {
      var e = dict['$' + terms[i]];
      if (!e || !e[f]) return;
      lists[i] = postings(e[f]);
      idf += e[f].idf;
      if (lists[i].docs.length < lists[lead].docs.length) lead = i;
    }
    var weights = clauses.map(function (c) { return f32(c.boost * f32(idf)); });
    var field = meta.fields[f], ptr = new Int32Array(m), L = lists[lead].docs, norms = lists[lead].norms;
    var positions = new Array(m);
    for (var a = 0; a < L.length; a++) {
      var d = L[a], ok = true;
      for (i = 0; i < m && ok; i++) {
        if (i === lead) { ptr[i] = a; continue; }
        var docs = lists[i].docs, k = advance(docs, ptr[i], d);
        ptr[i] = k;
        if (k === docs.length) return;
        ok = docs[k] === d;
      }
      if (!ok) continue;
      for (i = 0; i < m; i++) positions[i] = positionsOf(lists[i], ptr[i]);
      for (var c = 0; c < clauses.length; c++) {
        var slop = clauses[c].slop, freq = slop === 0 ? exactFreq(positions, offsets) : sloppyFreq(positions, offsets, slop);
        if (freq > 0) accAdd(A, d, bm25(weights[c], freq, field.cache[norms !== null ? norms[a] : field.norms[d]]));
      }
    }
  }

  /** A unit (term or phrase) on field f, added into A. */
  function addUnit(meta, dict, unit, f, boost, A) {
    if (unit.terms.length === 1) {
      var e = dict['$' + unit.terms[0]];
      if (e && e[f]) addTerm(meta, e[f], boost, A, null, 0);
    } else {
      addPhrases(meta, dict, unit.terms, unit.positions, f, [{ boost: boost, slop: 0 }], A);
    }
  }

  /**
   * Scores every document matching the plan, before exclusions and facet filters: returns the
   * number of matches; their ids are S.hits[0..count) and their float scores S.score[doc].
   */
  function scoreCore(meta, dict, plan, expansions, S, vocab) {
    var f, i, d, opt = S.opt;
    opt.reset();
    if (plan.required.length === 0 && plan.should.length === 0 && expansions.length === 0) return 0;
    var alts = vocabularyMatches(meta, dict, vocab, S);
    // the words coordination counts (SearchReference.coordinationGroups): each plain term, the
    // one the prefix extends together with its expansions; only when there are two or more
    var coordination = plan.should.length >= 2, mark = coordination ? S.mark : null, grouped = false;
    function addExpansions(tick) {
      expansions.forEach(function (t) {
        var e = dict['$' + t];
        if (e) for (var f = 0; f < FIELDS.length; f++) if (e[f]) addTerm(meta, e[f], f32(BOOSTS[f] * PREFIX_FACTOR), opt, mark, tick);
      });
    }
    plan.should.forEach(function (t) {
      var e = dict['$' + t], tick = coordination ? S.nextMark() : 0;
      if (e) for (var f = 0; f < FIELDS.length; f++) if (e[f]) addTerm(meta, e[f], BOOSTS[f], opt, mark, tick);
      if (t === plan.prefixTerm) { grouped = true; addExpansions(tick); }
      if (coordination) coordinateAlternatives(alts, t, opt, mark, tick);
    });
    if (!grouped) { mark = null; addExpansions(0); }
    addVocabulary(meta, vocab, alts, opt);
    if (plan.should.length >= 2) {
      addPhrases(meta, dict, plan.should, plan.shouldPositions, BODY, PLAIN_PHRASES, opt);
      addPhrases(meta, dict, plan.should, plan.shouldPositions, 0, TITLE_PHRASES, opt);
    }
    var hits = S.hits, score = S.score, count = 0;
    if (plan.required.length === 0) {
      for (i = 0; i < opt.count; i++) {
        d = opt.list[i];
        score[d] = f32(opt.sum[d]);
        hits[count++] = d;
      }
      return count;
    }
    var req = S.req, unit = S.unit, reqCount = S.reqCount;
    req.reset();
    for (var u = 0; u < plan.required.length; u++) {
      unit.reset();
      for (f = 0; f < FIELDS.length; f++) addUnit(meta, dict, plan.required[u], f, BOOSTS[f], unit);
      for (i = 0; i < unit.count; i++) {
        d = unit.list[i];
        var g = f32(unit.sum[d]);
        if (u === 0) { accAdd(req, d, g); reqCount[d] = 1; }
        else if (req.at[d] === req.tick && reqCount[d] === u) { req.sum[d] += g; reqCount[d] = u + 1; }
      }
    }
    for (i = 0; i < req.count; i++) {
      d = req.list[i];
      if (reqCount[d] !== plan.required.length) continue;
      var s = f32(req.sum[d]);
      if (opt.at[d] === opt.tick) s = f32(s + f32(opt.sum[d]));
      score[d] = s;
      hits[count++] = d;
    }
    return count;
  }

  /**
   * The documents each synonym alternative matches (any field) with its score there (its unit on
   * every field, fields boosted), before the plain words are scored: [{covers, docs, sums}].
   */
  function vocabularyMatches(meta, dict, vocab, S) {
    return (vocab ? vocab.alternatives : []).map(function (a) {
      var U = S.unit;
      U.reset();
      for (var f = 0; f < FIELDS.length; f++) addUnit(meta, dict, a.unit, f, BOOSTS[f], U);
      var docs = U.list.slice(0, U.count), sums = new Float64Array(U.count);
      for (var i = 0; i < U.count; i++) sums[i] = U.sum[docs[i]];
      return { covers: a.covers, docs: docs, sums: sums };
    });
  }

  /** An alternative standing for word t counts for t's coordination (mark/tick as addTerm's). */
  function coordinateAlternatives(alts, t, A, mark, tick) {
    alts.forEach(function (a) {
      if (a.covers.indexOf(t) < 0) return;
      for (var i = 0; i < a.docs.length; i++) {
        var d = a.docs[i];
        if (mark[d] !== tick) { mark[d] = tick; accAdd(A, d, COORDINATION_BOOST); }
      }
    });
  }

  /** The alternatives' scores, and IDENTIFIER_BOOST for each page an identifier of the query names. */
  function addVocabulary(meta, vocab, alts, A) {
    alts.forEach(function (a) { for (var i = 0; i < a.docs.length; i++) accAdd(A, a.docs[i], a.sums[i]); });
    (vocab ? vocab.identifiers : []).forEach(function (id) {
      (meta.identifiers['$' + id] || []).forEach(function (d) { accAdd(A, d, IDENTIFIER_BOOST); });
    });
  }

  /** Marks the documents an excluded unit matches in any field; returns the mark's tick. */
  function markExcluded(meta, dict, plan, S) {
    var tick = S.nextMark();
    if (plan.excluded.length === 0) return tick;
    var A = S.unit;
    plan.excluded.forEach(function (u) {
      A.reset();
      for (var f = 0; f < FIELDS.length; f++) addUnit(meta, dict, u, f, 1, A);
      for (var i = 0; i < A.count; i++) S.mark[A.list[i]] = tick;
    });
    return tick;
  }

  /** The best k of hits[0..count): score descending, then document order. */
  function topHits(hits, count, score, k) {
    if (k <= 0) return [];
    if (k >= count || k > 256) {
      var all = Array.prototype.slice.call(hits.subarray(0, count));
      all.sort(function (a, b) { return score[b] - score[a] || a - b; });
      return k >= count ? all : all.slice(0, k);
    }
    var top = [];
    for (var i = 0; i < count; i++) {
      var d = hits[i], s = score[d], m = top.length;
      if (m === k) {
        var w = top[m - 1], ws = score[w];
        if (s < ws || (s === ws && d > w)) continue;
        top.pop();
        m--;
      }
      var j = m - 1;
      while (j >= 0 && (score[top[j]] < s || (score[top[j]] === s && top[j] > d))) j--;
      top.splice(j + 1, 0, d);
    }
    return top;
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [], cur = [], j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur[0] = i;
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (cur[j] < rowMin) rowMin = cur[j];
      }
      if (rowMin > max) return max + 1;
      var t = prev; prev = cur; cur = t;
    }
    return Math.min(prev[b.length], max + 1);
  }

  function closest(word, vocab) {
    var best = null, bestDist = MAX_EDITS + 1, bestDf = -1;
    for (var i = 0; i < vocab.words.length; i++) {
      var w = vocab.words[i], d = editDistance(word, w, MAX_EDITS);
      if (d === 0 || d > MAX_EDITS) continue;
      var df = vocab.dfs[i];
      if (d < bestDist || (d === bestDist && (df > bestDf || (df === bestDf && w < best)))) { best = w; bestDist = d; bestDf = df; }
    }
    return best;
  }

  function plainObjectFilters(filters) {
    var out = {};
    if (!filters) return out;
    Object.keys(filters).sort().forEach(function (k) {
      var v = filters[k];
      if (typeof v === 'string') v = [v];
      if (v && v.length) out[k] = v.slice();
    });
    return out;
  }

  // ---- Snippets ----------------------------------------------------------------------------
  var SNIPPET_TOKENS = 28;

  /** Ranges [start, end) of the words of text whose analyzed form is one of terms. */
  function markRanges(analysis, text, terms) {
    return analysis.analyze(text).filter(function (t) { return t.term !== null && terms.has(t.term); })
      .map(function (t) { return [t.start, t.end]; });
  }

  /** A document's body tokens and their terms (null for stop words), analysed once per document. */
  function bodyTokens(analysis, doc) {
    if (!doc.analyzed) {
      var tokens = analysis.analyze(doc.body), termOf = new Array(tokens.length);
      for (var i = 0; i < tokens.length; i++) termOf[i] = tokens[i].term;
      doc.analyzed = { tokens: tokens, terms: termOf };
    }
    return doc.analyzed;
  }

  /**
   * The best passage of a document's body for terms: {text, marks: [[start, end]...]} relative
   * to text. Windows of SNIPPET_TOKENS tokens starting at the first token or at a matched one;
   * the most distinct terms win, then the most matches, then the earliest.
   */
  function snippet(analysis, doc, terms) {
    var text = doc.body, analyzed = bodyTokens(analysis, doc), tokens = analyzed.tokens, termOf = analyzed.terms;
    var at = [], which = [], i, j;
    for (i = 0; i < tokens.length; i++) {
      var term = termOf[i];
      if (term !== null && terms.has(term)) { at.push(i); which.push(term); }
    }
    var best = 0, bestDistinct = -1, bestHits = -1, first = 0;
    for (var c = -1; c < at.length; c++) {
      if (c >= 0 && at[c] === 0) continue; // the window at 0 was tried first
      var start = c < 0 ? 0 : at[c], seen = new Set(), hits = 0;
      while (first < at.length && at[first] < start) first++;
      for (j = first; j < at.length && at[j] < start + SNIPPET_TOKENS; j++) {
        hits++;
        seen.add(which[j]);
      }
      var distinct = seen.size;
      if (distinct > bestDistinct || (distinct === bestDistinct && hits > bestHits)) { best = start; bestDistinct = distinct; bestHits = hits; }
    }
    if (tokens.length === 0) return { text: text.substring(0, 200), marks: [] };
    var from = Math.max(0, best - 4), to = Math.min(tokens.length, from + SNIPPET_TOKENS) - 1;
    var s = tokens[from].start, e = tokens[to].end;
    var prefix = s > 0 ? '\u2026 ' : '', suffix = e < text.length ? ' \u2026' : '';
    var body = text.substring(s, e).replace(/\s+/g, ' ');
    var out = prefix + body + suffix;
    return { text: out, marks: markRanges(analysis, out, terms) };
  }

  // ---- The search API ------------------------------------------------------------------------
  var indexes = {};

  function rootPrefix() {
    var doc = global.document;
    var meta = doc && doc.querySelector ? doc.querySelector('meta[name="passage-root"]') : null;
    var root = meta ? meta.getAttribute('content') : './';
    if (root === null || root === undefined) root = './';
    if (root !== '' && root.charAt(root.length - 1) !== '/') root += '/';
    return root;
  }

  function pageLang() {
    var doc = global.document;
    var el = doc && doc.documentElement;
    return (el && (el.getAttribute ? el.getAttribute('lang') : el.lang)) || 'en';
  }

  /**
   * The analysis an index was built with: English is built in (an entry without "analysis");
   * any other language's is the script the entry names, shipped beside the index.
   */
  function loadAnalysis(root, lang, entry) {
    if (!entry || entry.format !== FORMAT_VERSION || typeof entry.analysis !== 'string') return Promise.resolve(ENGLISH);
    return loadScript(root, lang + '/' + entry.analysis, lang + '/analysis');
  }

  function openIndex(root, lang) {
    var key = root + '\u0000' + lang;
    if (!indexes[key]) {
      indexes[key] = loadScript(root, lang + '/index.js', lang + '/index.js').then(function (entry) {
        return loadAnalysis(root, lang, entry).then(function (language) { return new Index(root, lang, entry, language); });
      }).then(function (idx) {
        return idx.loadMeta().then(function () { return idx; });
      });
      indexes[key].catch(function () { delete indexes[key]; });
    }
    return indexes[key];
  }

  function search(query, options) {
    options = options || {};
    var root = options.root !== undefined ? options.root : rootPrefix();
    var lang = options.lang || pageLang();
    var limit = options.limit === undefined ? 10 : options.limit;
    var offset = options.offset || 0;
    var filters = plainObjectFilters(options.filters);
    // facets: false (the search box) skips the facet counts, and the facets file, unless filtering
    var wantFacets = options.facets !== false || Object.keys(filters).length > 0;
    return openIndex(root, lang).then(function (idx) {
      var meta = idx.meta;
      var plan = planQuery(String(query || ''), idx.analysis);
      var vocab = planVocabulary(String(query || ''), plan, idx.analysis, meta);
      var expansionsP = plan.prefix === null ? Promise.resolve([]) : idx.prefixTerms(plan.prefix).then(function (list) {
        var taken = {};
        plan.should.forEach(function (t) { taken['$' + t] = true; });
        plan.required.forEach(function (u) { if (u.terms.length === 1) taken['$' + u.terms[0]] = true; });
        list = list.filter(function (e) { return !taken['$' + e.term]; });
        list.sort(function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); });
        return list.slice(0, PREFIX_EXPANSIONS).map(function (e) { return e.term; });
      });
      // the shards of the typed terms, of the prefix and the facets load together
      var typed = plan.should.slice();
      plan.required.concat(plan.excluded).forEach(function (u) { typed = typed.concat(u.terms); });
      plan.words.forEach(function (w) { typed.push(w.term); });
      vocab.alternatives.forEach(function (a) { typed = typed.concat(a.unit.terms); });
      return Promise.all([expansionsP, idx.lookup(typed), wantFacets ? idx.loadFacets() : null]).then(function (first) {
        var expansions = first[0];
        // the expansions' shards are the prefix's, loaded already
        return Promise.all([idx.lookup(expansions), first[1]]).then(function (got) {
          var dict = got[1];
          for (var key in got[0]) dict[key] = got[0][key];
          var S = idx.scratch || (idx.scratch = new Scratch(meta.n));
          var count = scoreCore(meta, dict, plan, expansions, S, vocab);
          var outTick = markExcluded(meta, dict, plan, S), mark = S.mark, score = S.score, all = S.hits;
          var facetList = wantFacets ? meta.facets : [], names = Object.keys(filters), nHits = 0, i, d, k, x;
          if (facetList.length === 0 && names.length === 0) {
            for (i = 0; i < count; i++) { d = all[i]; if (mark[d] !== outTick) all[nHits++] = d; }
          } else {
            // each filter: its facet's values per document and the accepted value ids (no facet: nothing passes)
            var accept = names.map(function (name) {
              var facet = meta.facetsByName[name];
              if (!facet) return null;
              var ok = new Uint8Array(facet.values.length);
              facet.values.forEach(function (v, id) { if (filters[name].indexOf(v) >= 0) ok[id] = 1; });
              return { perDoc: facet.perDoc, ok: ok };
            });
            var filterOf = facetList.map(function (facet) { return names.indexOf(facet.name); });
            // per facet group touched: documents counted, filters failed (and which, when one)
            var G = meta.facetGroups, groupOf = G.of, gs = idx.groupScratch;
            if (!gs) gs = idx.groupScratch = { at: new Int32Array(G.first.length), docs: new Int32Array(G.first.length),
              fails: new Int32Array(G.first.length), failed: new Int32Array(G.first.length), list: new Int32Array(G.first.length), tick: 0,
              pageAt: new Int32Array(meta.n) };
            if (++gs.tick > 0x3fffffff) { gs.at.fill(0); gs.pageAt.fill(0); gs.tick = 1; }
            // grouped by page, a facet value counts pages (a page and its sections share their facets)
            var perPage = options.group === true, pageOf = meta.pageOf;
            var touched = 0;
            for (i = 0; i < count; i++) {
              d = all[i];
              if (mark[d] === outTick) continue;
              var g = groupOf[d];
              if (gs.at[g] !== gs.tick) {
                gs.at[g] = gs.tick;
                gs.docs[g] = 0;
                gs.list[touched++] = g;
                var fails = 0, failed = -1;
                for (var j = 0; j < accept.length; j++) {
                  var a = accept[j], pass = false;
                  if (a !== null) {
                    var ids = a.perDoc[d];
                    for (k = 0; k < ids.length && !pass; k++) pass = a.ok[ids[k]] === 1;
                  }
                  if (!pass) { fails++; failed = j; }
                }
                gs.fails[g] = fails;
                gs.failed[g] = failed;
              }
              if (!perPage) gs.docs[g]++;
              else if (gs.pageAt[pageOf[d]] !== gs.tick) { gs.pageAt[pageOf[d]] = gs.tick; gs.docs[g]++; }
              if (gs.fails[g] === 0) all[nHits++] = d; // in place: nHits never passes i
            }
            // a group counts for a facet when it passes every filter but that facet's
            var counts = facetList.map(function (facet) { return new Int32Array(facet.values.length); });
            for (i = 0; i < touched; i++) {
              var gr = gs.list[i], gf = gs.fails[gr];
              if (gf > 1) continue;
              for (x = 0; x < facetList.length; x++) {
                if (gf === 1 && filterOf[x] !== gs.failed[gr]) continue;
                var csr = G.byFacet[x], ids2 = csr.ids, c = counts[x], docsIn = gs.docs[gr];
                for (k = csr.start[gr]; k < csr.start[gr + 1]; k++) c[ids2[k]] += docsIn;
              }
            }
          }
          var facets = {};
          facetList.forEach(function (facet, x) {
            var c = counts[x], out = null;
            for (var v = 0; v < c.length; v++) if (c[v] > 0) { out = out || {}; out[facet.values[v]] = c[v]; }
            if (out) facets[facet.name] = out;
          });
          var page = options.group === true ? [] : topHits(all, nHits, score, limit < 0 ? nHits : offset + limit).slice(offset);
          var pageScores = page.map(function (d) { return score[d]; });
          var unknown = plan.words.filter(function (w) {
            var e = dict['$' + w.term];
            return !(e && (e[0] || e[1] || e[2])) && !(w.last && expansions.length > 0);
          });
          var suggestionP = unknown.length === 0 ? Promise.resolve(null) :
            idx.loadWords(unknown.map(function (w) { return w.surface.length; })).then(function (vocab) {
            var s = '', at = 0, changed = false;
            unknown.forEach(function (w) {
              var best = closest(w.surface, vocab);
              if (best !== null) { s += query.substring(at, w.start) + best; at = w.end; changed = true; }
            });
            return changed ? s + query.substring(at) : null;
          });
          if (options.group === true) {
            return groupedResult(idx, S, all, nHits, limit, offset, plan, vocab, expansions, facets, options, root, suggestionP);
          }
          var terms = new Set(plan.should.concat(expansions));
          vocab.alternatives.forEach(function (a) { a.unit.terms.forEach(function (t) { terms.add(t); }); });
          plan.required.forEach(function (u) { u.terms.forEach(function (t) { terms.add(t); }); });
          return Promise.all([suggestionP, idx.loadDocs(page)]).then(function (done) {
            var docs = done[1];
            return {
              total: nHits,
              hits: page.map(function (d, n) {
                var doc = docs[d];
                var url = root + doc.path + (doc.anchor ? '#' + doc.anchor : '');
                var snip = options.snippets === false ? { text: '', marks: [] } : snippet(idx.analysis, doc, terms);
                return {
                  url: url, title: doc.title, section: doc.section, score: pageScores[n], snippet: snip.text,
                  snippetMarks: snip.marks, titleMarks: markRanges(idx.analysis, doc.title, terms),
                  sectionMarks: markRanges(idx.analysis, doc.section, terms), doc: d
                };
              }),
              facets: facets,
              suggestion: done[0]
            };
          });
        });
      });
    });
  }

  // ---- One result per page (SearchResult.pages in Java) -------------------------------------
  var MAX_SECTIONS = 3;

  /**
   * The hits grouped by page, pages ranked by their best hit (score, then document), each with up
   * to MAX_SECTIONS of its section hits in rank order: {total: pages, pages: [...], facets, suggestion}.
   * Only the shown pages' document shards load (a page's sections are in its shard).
   */
  function groupedResult(idx, S, all, nHits, limit, offset, plan, vocab, expansions, facets, options, root, suggestionP) {
    var meta = idx.meta, pageOf = meta.pageOf, score = S.score, i, d, p;
    var G = idx.pageScratch || (idx.pageScratch = { at: new Int32Array(meta.n), best: new Int32Array(meta.n), tick: 0 });
    if (++G.tick > 0x3fffffff) { G.at.fill(0); G.tick = 1; }
    var bests = [];
    for (i = 0; i < nHits; i++) {
      d = all[i];
      p = pageOf[d];
      if (G.at[p] !== G.tick) { G.at[p] = G.tick; G.best[p] = bests.length; bests.push(d); }
      else {
        var b = bests[G.best[p]];
        if (score[d] > score[b] || (score[d] === score[b] && d < b)) bests[G.best[p]] = d;
      }
    }
    var top = topHits(Int32Array.from(bests), bests.length, score, limit < 0 ? bests.length : offset + limit).slice(offset);
    var shown = {}, sections = {};
    top.forEach(function (b) { shown[pageOf[b]] = true; sections[pageOf[b]] = []; });
    for (i = 0; i < nHits; i++) {
      d = all[i];
      p = pageOf[d];
      if (d !== p && shown[p] === true) sections[p].push(d);
    }
    var want = [];
    top.forEach(function (b) {
      var list = sections[pageOf[b]];
      list.sort(function (x, y) { return score[y] - score[x] || x - y; });
      sections[pageOf[b]] = list.slice(0, MAX_SECTIONS);
      want.push(b, pageOf[b]);
      want = want.concat(sections[pageOf[b]]);
    });
    var terms = new Set(plan.should.concat(expansions));
    vocab.alternatives.forEach(function (a) { a.unit.terms.forEach(function (t) { terms.add(t); }); });
    plan.required.forEach(function (u) { u.terms.forEach(function (t) { terms.add(t); }); });
    // the scores now: the scratch arrays belong to the next search once this one waits
    var scoreOf = {};
    want.forEach(function (d) { scoreOf[d] = score[d]; });
    return Promise.all([suggestionP, idx.loadDocs(want)]).then(function (done) {
      var docs = done[1];
      function snip(doc) {
        return options.snippets === false ? { text: '', marks: [] } : snippet(idx.analysis, doc, terms);
      }
      return {
        total: bests.length,
        pages: top.map(function (b) {
          var pageDoc = docs[pageOf[b]], best = snip(docs[b]);
          return {
            url: root + pageDoc.path, title: pageDoc.title, titleMarks: markRanges(idx.analysis, pageDoc.title, terms),
            score: scoreOf[b], doc: b, snippet: best.text, snippetMarks: best.marks,
            sections: sections[pageOf[b]].map(function (d) {
              var doc = docs[d], s = snip(doc);
              return { url: root + doc.path + '#' + doc.anchor, section: doc.section, sectionMarks: markRanges(idx.analysis, doc.section, terms),
                score: scoreOf[d], doc: d, snippet: s.text, snippetMarks: s.marks };
            })
          };
        }),
        hits: [],
        facets: facets,
        suggestion: done[0]
      };
    });
  }

  /**
   * Loads what a search for query will need: the entry and meta, then (a query typed) the term
   * shards of its words and of its last word's prefix, and the document shards of its top hits,
   * by running it without snippets or facets. The header box calls it on focus and on every
   * keystroke, before its debounce, so that by the time the reader stops typing the query's
   * shards are in. Never rejects.
   */
  function prefetch(query, options) {
    options = options || {};
    var root = options.root !== undefined ? options.root : rootPrefix();
    var lang = options.lang || pageLang();
    var q = String(query || '');
    return openIndex(root, lang).then(function () {
      if (!q.trim()) return null;
      return search(q, { root: root, lang: lang, limit: 10, facets: false, snippets: false });
    }).then(function () { return null; }, function () { return null; });
  }

  var Passage = global.Passage = global.Passage || {};
  Passage.search = search;
  Passage.prefetch = prefetch;
  Passage.searchInternals = {
    analyze: function (text, entry, language) { return new Analysis(entry, language).analyze(text); },
    tokenize: tokenize, porter: porter, planQuery: planQuery, decodeText: decodeText, openShard: openShard,
    inflate: function (bytes, size, dict) {
      try {
        return inflate(bytes, 0, bytes.length, size, dict || null);
      } catch (e) {
        if (e instanceof InflateError) throw SearchIndexError('corrupt compressed data (' + e.message + ')');
        throw e;
      }
    },
    openIndex: openIndex, postings: postings, positionsOf: positionsOf, readDocs: readDocs,
    FORMAT_VERSION: FORMAT_VERSION
  };

  // ---- UI: search box (ARIA combobox + listbox) and the results page -------------------------
  function h(tag, cls, text) {
    var el = global.document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** Appends text to el as text nodes, with <mark> around the ranges; never parses HTML. */
  function appendMarked(el, text, marks) {
    var at = 0;
    (marks || []).forEach(function (m) {
      if (m[0] < at) return;
      if (m[0] > at) el.appendChild(global.document.createTextNode(text.substring(at, m[0])));
      el.appendChild(h('mark', null, text.substring(m[0], m[1])));
      at = m[1];
    });
    if (at < text.length) el.appendChild(global.document.createTextNode(text.substring(at)));
    return el;
  }

  function reportError(e, where) {
    if (global.console) global.console.error(e);
    if (where) {
      where.textContent = '';
      where.appendChild(h('p', 'search-error', (e && e.message) || String(e)));
    }
  }

  function announce(text) {
    var status = global.document.getElementById('search-status');
    if (status) status.textContent = text;
  }

  function countText(n) { return n === 0 ? 'No results' : n === 1 ? '1 result' : n + ' results'; }

  function hitContent(hit) {
    var box = h('span', 'search-hit');
    if (hit.title) box.appendChild(appendMarked(h('span', 'search-hit-title'), hit.title, hit.titleMarks));
    if (hit.section) box.appendChild(appendMarked(h('span', 'search-hit-section'), hit.section, hit.sectionMarks));
    if (hit.snippet) box.appendChild(appendMarked(h('span', 'search-hit-snippet'), hit.snippet, hit.snippetMarks));
    return box;
  }

  function setupBox() {
    var doc = global.document;
    var input = doc.getElementById('search-input');
    var popup = doc.getElementById('search-popup');
    if (!input || !popup) return;
    var active = -1, options = [], seq = 0, timer = null;

    function close() {
      popup.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function select(i) {
      options.forEach(function (o, k) { o.setAttribute('aria-selected', k === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].id);
        if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    }
    function render(q, r) {
      popup.textContent = '';
      options = [];
      // one option per page, its best sections as options nested under it
      var flat = [];
      r.pages.forEach(function (page) {
        flat.push(page);
        page.sections.forEach(function (sec) {
          flat.push({ url: sec.url, title: '', section: sec.section, sectionMarks: sec.sectionMarks, snippet: '', nested: true });
        });
      });
      flat.forEach(function (hit, i) {
        var opt = h('div', hit.nested ? 'search-option search-option-section' : 'search-option');
        opt.id = 'search-option-' + i;
        opt.setAttribute('role', 'option');
        opt.setAttribute('aria-selected', 'false');
        var a = h('a');
        a.href = hit.url;
        a.tabIndex = -1;
        a.appendChild(hitContent(hit));
        opt.appendChild(a);
        opt.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
        opt.addEventListener('click', function () { global.location.href = hit.url; });
        popup.appendChild(opt);
        options.push(opt);
      });
      var footer = h('div', 'search-footer');
      if (r.suggestion) {
        var did = h('button', 'search-suggestion', 'Did you mean: ' + r.suggestion);
        did.type = 'button';
        did.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
        did.addEventListener('click', function () { input.value = r.suggestion; run(); input.focus(); });
        footer.appendChild(did);
      }
      footer.appendChild(h('span', 'search-count', countText(r.total) + (r.total > r.pages.length ? ' \u2014 Enter for all' : '')));
      popup.appendChild(footer);
      popup.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      select(-1);
      announce(countText(r.total) + (r.suggestion ? '. Did you mean ' + r.suggestion + '?' : ''));
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!q.trim()) { close(); popup.textContent = ''; return; }
      Passage.search(q, { limit: 6, facets: false, group: true }).then(function (r) { if (mine === seq) render(q, r); }, function (e) {
        if (mine !== seq) return;
        reportError(e, popup);
        popup.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        announce('Search is unavailable');
      });
    }
    input.addEventListener('input', function () { clearTimeout(timer); prefetch(input.value); timer = setTimeout(run, 60); });
    input.addEventListener('focus', function () { prefetch(''); });
    input.addEventListener('focus', function () { if (input.value.trim() && popup.childNodes.length) { popup.hidden = false; input.setAttribute('aria-expanded', 'true'); } });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        if (popup.hidden) { run(); return; }
        ev.preventDefault();
        if (!options.length) return;
        var n = options.length;
        select(ev.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (ev.key === 'Enter') {
        if (active >= 0 && options[active]) {
          ev.preventDefault();
          global.location.href = options[active].querySelector('a').href;
        }
      } else if (ev.key === 'Escape') {
        if (!popup.hidden) { ev.preventDefault(); close(); } else input.value = '';
      }
    });
    doc.addEventListener('keydown', function (ev) {
      if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var t = ev.target, tag = t && t.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
      ev.preventDefault();
      input.focus();
      input.select();
    });
  }

  function facetLabel(name, value) {
    var labels = global.PassageFacetLabels;
    var l = labels && labels[name] && labels[name][value];
    return typeof l === 'string' ? l : value;
  }

  function facetName(name) {
    var labels = global.PassageFacetLabels;
    var l = labels && labels.__facets && labels.__facets[name];
    return typeof l === 'string' ? l : name;
  }

  function naturalCompare(a, b) {
    var x = a.split(/(\d+)/), y = b.split(/(\d+)/);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] === y[i]) continue;
      var nx = /^\d+$/.test(x[i]) && /^\d+$/.test(y[i]);
      return nx ? Number(x[i]) - Number(y[i]) : (x[i] < y[i] ? -1 : 1);
    }
    return x.length - y.length;
  }

  function setupPage() {
    var doc = global.document;
    var page = doc.getElementById('search-page');
    if (!page) return;
    var names = (page.getAttribute('data-facets') || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
    var params = new URLSearchParams(global.location.search || '');
    var query = params.get('q') || '';
    var input = doc.getElementById('search-input');
    if (input) input.value = query;
    var filters = {}, shown = 20, seq = 0;
    var form = h('form', 'search-page-form');
    form.setAttribute('role', 'search');
    // The header's field is labelled from the theme's UI strings; the page's own field says the same.
    var label = h('label', 'visually-hidden', (input && input.getAttribute('placeholder')) || 'Search');
    label.htmlFor = 'search-page-input';
    var box = h('input');
    box.id = 'search-page-input';
    box.type = 'search';
    box.name = 'q';
    box.value = query;
    form.appendChild(label);
    form.appendChild(box);
    var layout = h('div', 'search-page-layout');
    var side = h('div', 'search-facets');
    side.setAttribute('role', 'group');
    side.setAttribute('aria-label', 'Filters');
    var main = h('div', 'search-results');
    var summary = h('p', 'search-summary');
    summary.setAttribute('aria-live', 'polite');
    var list = h('ol', 'search-result-list');
    var more = h('button', 'search-more', 'More results');
    more.type = 'button';
    main.appendChild(summary);
    main.appendChild(list);
    main.appendChild(more);
    layout.appendChild(side);
    layout.appendChild(main);
    page.textContent = '';
    page.appendChild(form);
    page.appendChild(layout);

    function renderFacets(r) {
      side.textContent = '';
      names.forEach(function (name) {
        var counts = r.facets[name] || {};
        var selected = filters[name] || [];
        var values = Object.keys(counts);
        selected.forEach(function (v) { if (values.indexOf(v) < 0) values.push(v); });
        if (!values.length) return;
        values.sort(naturalCompare);
        var set = h('fieldset', 'search-facet');
        set.appendChild(h('legend', null, facetName(name)));
        values.forEach(function (v) {
          var id = 'facet-' + name + '-' + v.replace(/[^A-Za-z0-9_-]/g, '_');
          var row = h('div', 'search-facet-value');
          var cb = h('input');
          cb.type = 'checkbox';
          cb.id = id;
          cb.checked = selected.indexOf(v) >= 0;
          cb.addEventListener('change', function () {
            var cur = (filters[name] || []).filter(function (x) { return x !== v; });
            if (cb.checked) cur.push(v);
            if (cur.length) filters[name] = cur; else delete filters[name];
            shown = 20;
            run();
          });
          var lab = h('label', null, facetLabel(name, v) + ' ');
          lab.htmlFor = id;
          lab.appendChild(h('span', 'search-facet-count', '(' + (counts[v] || 0) + ')'));
          row.appendChild(cb);
          row.appendChild(lab);
          set.appendChild(row);
        });
        side.appendChild(set);
      });
    }

    function run() {
      var mine = ++seq;
      if (!query.trim()) {
        summary.textContent = 'Type words to search.';
        list.textContent = '';
        more.hidden = true;
        return;
      }
      Passage.search(query, { filters: filters, limit: shown, group: true }).then(function (r) {
        if (mine !== seq) return;
        summary.textContent = countText(r.total) + ' for \u201c' + query + '\u201d';
        if (r.suggestion) {
          summary.appendChild(doc.createTextNode(' \u2014 did you mean '));
          var a = h('a', 'search-suggestion', r.suggestion);
          a.href = '?q=' + encodeURIComponent(r.suggestion);
          summary.appendChild(a);
          summary.appendChild(doc.createTextNode('?'));
        }
        list.textContent = '';
        r.pages.forEach(function (page) {
          var li = h('li', 'search-result');
          var a = h('a');
          a.href = page.url;
          a.appendChild(hitContent(page));
          li.appendChild(a);
          if (page.sections.length) {
            // the page's best matching sections, each linking to its heading
            var sub = h('ul', 'search-result-sections');
            page.sections.forEach(function (sec) {
              var item = h('li', 'search-result-section');
              var link = h('a');
              link.href = sec.url;
              link.appendChild(hitContent({ title: '', section: sec.section, sectionMarks: sec.sectionMarks, snippet: sec.snippet,
                snippetMarks: sec.snippetMarks }));
              item.appendChild(link);
              sub.appendChild(item);
            });
            li.appendChild(sub);
          }
          list.appendChild(li);
        });
        more.hidden = r.total <= r.pages.length;
        renderFacets(r);
        announce(countText(r.total));
      }, function (e) {
        if (mine !== seq) return;
        reportError(e, main);
        announce('Search is unavailable');
      });
    }
    more.addEventListener('click', function () { shown += 20; run(); });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      query = box.value;
      if (input) input.value = query;
      try { global.history.replaceState(null, '', '?q=' + encodeURIComponent(query)); } catch (e) { /* file:// may refuse */ }
      shown = 20;
      run();
    });
    run();
  }

  if (global.document && global.document.addEventListener) {
    var start = function () {
      try { setupBox(); setupPage(); } catch (e) { reportError(e); }
    };
    if (global.document.readyState === 'loading') global.document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})(typeof self !== 'undefined' ? self : this);
