/*
 * format.js: the shards' container (FORMAT.md): the text a shard script carries, decoded to
 * bytes; magic, version, kind, the inflated body and its CRC checked; a Reader over the body
 * (varints, front-coded and UTF-8 strings, little-endian floats).
 */
var FORMAT_VERSION = engine.FORMAT_VERSION, SearchIndexError = engine.SearchIndexError;
var inflate = engine.inflate, InflateError = engine.InflateError;

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

engine.decodeText = decodeText;
engine.Reader = Reader;
engine.openShard = openShard;
