/*
 * inflate.js: a raw DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks), with
 * a preset dictionary, for the shards' bodies (FORMAT.md).
 */
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

engine.inflate = inflate;
engine.InflateError = InflateError;
