/*
 * scoring.js: Lucene 9.12's BM25 and BooleanQuery arithmetic over the postings, bit for bit the
 * scores SearchReference.java computes (Java float arithmetic with Math.fround).
 */
var f32 = engine.f32, FIELDS = engine.FIELDS, BODY = engine.BODY, BOOSTS = engine.BOOSTS;
var PREFIX_FACTOR = engine.PREFIX_FACTOR, COORDINATION_BOOST = engine.COORDINATION_BOOST;
var TITLE_COORDINATION_BOOST = engine.TITLE_COORDINATION_BOOST;
var PLAIN_PHRASES = engine.PLAIN_PHRASES, TITLE_PHRASES = engine.TITLE_PHRASES, IDENTIFIER_BOOST = engine.IDENTIFIER_BOOST;
var postings = engine.postings, positionsOf = engine.positionsOf;

// The query SearchReference builds (see core() there), evaluated over typed arrays:
//   MUST     each required unit (+word, "phrase") over the three fields, fields boosted
//   SHOULD   coordination: per word (the prefix's word with its expansions) a constant
//            COORDINATION_BOOST when any of its terms is in any field (only with 2+ words); and,
//            when the title holds most of the words (more than half), TITLE_COORDINATION_BOOST
//            per word in it
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
  this.titleMark = new Int32Array(n); // title coordination words (ticks shared with mark)
  this.titled = new Acc(n);     // how many of the words each title holds
  this.markTick = 0;
  this.score = new Float64Array(n);
  this.hits = new Int32Array(n);
}
Scratch.prototype.nextMark = function () {
  if (++this.markTick > 0x3fffffff) { this.mark.fill(0); this.titleMark.fill(0); this.markTick = 1; }
  return this.markTick;
};

/** BM25Scorer.score(freq, norm) with weight = boost * idf. */
function bm25(weight, freq, normInverse) {
  return f32(weight - f32(weight / f32(1 + f32(freq * normInverse))));
}

/**
 * TermQuery on fi's field, boosted, added into A; with a mark, also the word's coordination
 * constant, once per document (mark[doc] === tick once the word has counted it), and on the
 * title one more word the title holds, in S.titled, once per document (titleMark likewise).
 */
function addTerm(meta, fi, boost, A, mark, tick, S) {
  var p = postings(fi), field = meta.fields[fi.field], weight = f32(boost * fi.idf), cache = field.cache;
  var docs = p.docs, freqs = p.freqs, norms = p.norms, bodyNorms = field.norms, n = docs.length;
  var inTitle = mark !== null && fi.field === 0 ? S.titleMark : null;
  for (var i = 0; i < n; i++) {
    var d = docs[i], ni = cache[norms !== null ? norms[i] : bodyNorms[d]];
    var s = f32(weight - f32(weight / f32(1 + f32(freqs[i] * ni))));
    if (mark !== null && mark[d] !== tick) { mark[d] = tick; s += COORDINATION_BOOST; } // exact in double
    if (inTitle !== null && inTitle[d] !== tick) { inTitle[d] = tick; accAdd(S.titled, d, 1); }
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
  S.titled.reset();
  if (plan.required.length === 0 && plan.should.length === 0 && expansions.length === 0) return 0;
  var alts = vocabularyMatches(meta, dict, vocab, S);
  // the words coordination counts (SearchReference.coordinationGroups): each plain term, the
  // one the prefix extends together with its expansions; only when there are two or more
  var coordination = plan.should.length >= 2, mark = coordination ? S.mark : null, grouped = false;
  function addExpansions(tick) {
    expansions.forEach(function (t) {
      var e = dict['$' + t];
      if (e) for (var f = 0; f < FIELDS.length; f++) if (e[f]) addTerm(meta, e[f], f32(BOOSTS[f] * PREFIX_FACTOR), opt, mark, tick, S);
    });
  }
  plan.should.forEach(function (t) {
    var e = dict['$' + t], tick = coordination ? S.nextMark() : 0;
    if (e) for (var f = 0; f < FIELDS.length; f++) if (e[f]) addTerm(meta, e[f], BOOSTS[f], opt, mark, tick, S);
    if (t === plan.prefixTerm) { grouped = true; addExpansions(tick); }
    if (coordination) coordinateAlternatives(alts, t, opt, mark, tick);
  });
  if (!grouped) { mark = null; addExpansions(0); }
  if (coordination) {
    // SearchReference's titled clause: the words the title holds, when they are most of them
    var titled = S.titled, majority = (plan.should.length >> 1) + 1;
    for (i = 0; i < titled.count; i++) {
      d = titled.list[i];
      if (titled.sum[d] >= majority) accAdd(opt, d, TITLE_COORDINATION_BOOST * titled.sum[d]); // exact in double
    }
  }
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

engine.Scratch = Scratch;
engine.scoreCore = scoreCore;
engine.markExcluded = markExcluded;
engine.topHits = topHits;
