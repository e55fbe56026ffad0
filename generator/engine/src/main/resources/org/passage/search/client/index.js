/*
 * index.js: the index of one language as the browser reads it (FORMAT.md): its entry, the meta
 * shard (fields, norms, shard bounds, the documents' dictionary, the site's vocabulary), facets,
 * term shards and their postings, document shards and the words for suggestions. Each file
 * loads once, when a query first needs it; the read* functions decode, the Index methods load.
 */
var FORMAT_VERSION = engine.FORMAT_VERSION, SearchIndexError = engine.SearchIndexError, f32 = engine.f32;
var FIELDS = engine.FIELDS, BODY = engine.BODY, MAX_EDITS = engine.MAX_EDITS, K1 = engine.K1, B = engine.B;
var loadScript = engine.loadScript, openShard = engine.openShard, Analysis = engine.Analysis;

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

/**
 * cache[key], made once by make() (a promise); forgotten if it fails, so that the next query
 * tries again.
 */
function once(cache, key, make) {
  if (!cache[key]) {
    var p = cache[key] = make();
    p.catch(function () { if (cache[key] === p) delete cache[key]; });
  }
  return cache[key];
}

/** Loads a single file named in the entry (meta, facets), registered as <lang>/<name>. */
Index.prototype.load = async function (file, name, kind, dict) {
  var path = this.lang + '/' + file;
  var payload = await loadScript(this.root, path, this.lang + '/' + name);
  return openShard(path, payload, kind, dict);
};

/** Loads shard i of a numbered kind: <prefix><i / shardsPerFolder>/<i>.js, registered as <lang>/<name>/<i>. */
Index.prototype.loadShard = function (prefix, name, i, kind, dict) {
  var file = prefix + Math.floor(i / this.entry.shardsPerFolder) + '/' + i + '.js';
  return this.load(file, name + '/' + i, kind, dict);
};

/** Loads the meta shard into this.meta (once). */
Index.prototype.loadMeta = async function () {
  if (!this.meta) this.meta = readMeta(await this.load(this.entry.meta, 'meta', 'M'));
  return this.meta;
};

/** The meta shard: {n, fields, termShards, docShards, dictionary, facets (null until loadFacets)} and the vocabulary. */
function readMeta(r) {
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
  var meta = { n: n, fields: fields, termShards: termShards, docShards: starts, dictionary: dict, facets: null,
    facetsByName: null };
  readVocabulary(r, meta);
  return meta;
}

/** Loads the facet values of every document into meta.facets (once). */
Index.prototype.loadFacets = function () {
  var self = this;
  return once(this, 'facetsP', async function () {
    if (!self.meta.facets) readFacets(await self.load(self.entry.facets, 'facets', 'F'), self.meta);
    return self.meta;
  });
};

/** The facets shard, into meta: facets, facetsByName and facetGroups. */
function readFacets(r, meta) {
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
}

function shardIndex(shards, term) {
  var lo = 0, hi = shards.length - 1, ans = 0;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1;
    if (shards[mid] <= term) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Loads term shard i (once): {terms, info: per term [title|null, headings|null, body|null], bytes}. */
Index.prototype.termShard = function (i) {
  var self = this;
  return once(this.termShards, i, async function () {
    return readTermShard(await self.loadShard(self.entry.termFiles, 'terms', i, 'T'), self.meta.fields, self.lang + '/terms/' + i);
  });
};

function readTermShard(r, fields, file) {
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
}

/** Resolves the per-field entries of each term: {$term: [title|null, headings|null, body|null]}. */
Index.prototype.lookup = async function (terms) {
  var self = this, shards = this.meta.termShards, need = {};
  terms.forEach(function (t) { need[shardIndex(shards, t)] = true; });
  var ids = Object.keys(need).map(Number);
  var list = await Promise.all(ids.map(function (i) { return self.termShard(i); }));
  var byId = {}, out = {};
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
};

/** Terms of the index starting with prefix, with document counts summed over fields. */
Index.prototype.prefixTerms = async function (prefix) {
  var self = this, shards = this.meta.termShards;
  var first = shardIndex(shards, prefix), ids = [first];
  for (var i = first + 1; i < shards.length && shards[i].lastIndexOf(prefix, 0) === 0; i++) ids.push(i);
  var list = await Promise.all(ids.map(function (i) { return self.termShard(i); }));
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
Index.prototype.loadWords = async function (lengths) {
  var self = this, all = this.entry.wordLengths, need = [];
  this.words = this.words || {};
  for (var i = 0; i < all.length; i++) {
    for (var k = 0; k < lengths.length; k++) if (Math.abs(all[i] - lengths[k]) <= MAX_EDITS) { need.push(i); break; }
  }
  var list = await Promise.all(need.map(function (i) {
    return once(self.words, i, async function () { return readWords(await self.loadShard(self.entry.wordFiles, 'words', i, 'W')); });
  }));
  var vocab = { words: [], dfs: [] };
  list.forEach(function (v) { vocab.words = vocab.words.concat(v.words); vocab.dfs = vocab.dfs.concat(v.dfs); });
  return vocab;
};

/** A words shard: {words, dfs}. */
function readWords(r) {
  var n = r.varint(), words = new Array(n), dfs = new Array(n), prev = '';
  for (var j = 0; j < n; j++) { prev = words[j] = r.frontCoded(prev); dfs[j] = r.varint(); }
  if (r.p !== r.b.length) throw SearchIndexError('words shard is corrupt (length mismatch)');
  return { words: words, dfs: dfs };
}

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

/** Loads the documents docIds (their shards, once each): {doc id: {path, anchor, title, section, body}}. */
Index.prototype.loadDocs = async function (docIds) {
  var self = this, shards = this.meta.docShards, need = {};
  docIds.forEach(function (d) {
    var lo = 0, hi = shards.length - 1, ans = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (shards[mid] <= d) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
    need[ans] = true;
  });
  var list = await Promise.all(Object.keys(need).map(function (i) {
    return once(self.docShards, i, async function () {
      return readDocs(await self.loadShard(self.entry.docFiles, 'docs', i, 'D', self.meta.dictionary));
    });
  }));
  var all = {};
  list.forEach(function (docs) { for (var k in docs) all[k] = docs[k]; });
  return all;
};

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

engine.Index = Index;
engine.postings = postings;
engine.positionsOf = positionsOf;
engine.readDocs = readDocs;
