/*
 * api.js: the client's public face, global.Passage: search(query, options) and
 * prefetch(query, options), and searchInternals for the tests. It opens a language's index
 * (entry, analysis, meta), plans the query, loads the term shards it needs, scores, filters,
 * ranks, and loads the shown hits' documents for their snippets.
 */
var FORMAT_VERSION = engine.FORMAT_VERSION, SearchIndexError = engine.SearchIndexError;
var PREFIX_EXPANSIONS = engine.PREFIX_EXPANSIONS, ENGLISH = engine.ENGLISH, Analysis = engine.Analysis;
var loadScript = engine.loadScript, Index = engine.Index, planQuery = engine.planQuery, planVocabulary = engine.planVocabulary;
var Scratch = engine.Scratch, scoreCore = engine.scoreCore, markExcluded = engine.markExcluded, topHits = engine.topHits;
var plainObjectFilters = engine.plainObjectFilters, filterHits = engine.filterHits, suggestion = engine.suggestion;
var markRanges = engine.markRanges, snippet = engine.snippet;

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
async function loadAnalysis(root, lang, entry) {
  if (!entry || entry.format !== FORMAT_VERSION || typeof entry.analysis !== 'string') return ENGLISH;
  return loadScript(root, lang + '/' + entry.analysis, lang + '/analysis');
}

/** The index of lang below root, with its meta loaded (once; again after a failure). */
function openIndex(root, lang) {
  var key = root + '\u0000' + lang;
  if (!indexes[key]) {
    var p = indexes[key] = (async function () {
      var entry = await loadScript(root, lang + '/index.js', lang + '/index.js');
      var idx = new Index(root, lang, entry, await loadAnalysis(root, lang, entry));
      await idx.loadMeta();
      return idx;
    })();
    p.catch(function () { if (indexes[key] === p) delete indexes[key]; });
  }
  return indexes[key];
}

/** The prefix's most frequent expansions (after the typed terms' shards), PREFIX_EXPANSIONS at most. */
async function expansionsOf(idx, plan) {
  if (plan.prefix === null) return [];
  var list = await idx.prefixTerms(plan.prefix), taken = {};
  plan.should.forEach(function (t) { taken['$' + t] = true; });
  plan.required.forEach(function (u) { if (u.terms.length === 1) taken['$' + u.terms[0]] = true; });
  list = list.filter(function (e) { return !taken['$' + e.term]; });
  list.sort(function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); });
  return list.slice(0, PREFIX_EXPANSIONS).map(function (e) { return e.term; });
}

/** Every term a query names: plain, required, excluded, its words and its synonym alternatives. */
function typedTerms(plan, vocab) {
  var typed = plan.should.slice();
  plan.required.concat(plan.excluded).forEach(function (u) { typed = typed.concat(u.terms); });
  plan.words.forEach(function (w) { typed.push(w.term); });
  vocab.alternatives.forEach(function (a) { typed = typed.concat(a.unit.terms); });
  return typed;
}

/** The terms to mark in titles, sections and snippets. */
function markedTerms(plan, vocab, expansions) {
  var terms = new Set(plan.should.concat(expansions));
  vocab.alternatives.forEach(function (a) { a.unit.terms.forEach(function (t) { terms.add(t); }); });
  plan.required.forEach(function (u) { u.terms.forEach(function (t) { terms.add(t); }); });
  return terms;
}

/**
 * Runs query against the index of options.lang (default: the page's) below options.root.
 * Options: limit (10; -1 for all), offset, filters {facet: [value]}, facets (false: no
 * counts), snippets (false: none), group (true: one result per page, see groupedResult).
 * Resolves with {total, hits: [{url, title, section, score, snippet, ...marks, doc}], facets,
 * suggestion}; the hits and their scores are exactly SearchReference's.
 */
async function search(query, options) {
  options = options || {};
  var root = options.root !== undefined ? options.root : rootPrefix();
  var lang = options.lang || pageLang();
  var limit = options.limit === undefined ? 10 : options.limit;
  var offset = options.offset || 0;
  var filters = plainObjectFilters(options.filters);
  // facets: false (the search box) skips the facet counts, and the facets file, unless filtering
  var wantFacets = options.facets !== false || Object.keys(filters).length > 0;
  var idx = await openIndex(root, lang), meta = idx.meta;
  query = String(query || '');
  var plan = planQuery(query, idx.analysis);
  var vocab = planVocabulary(query, plan, idx.analysis, meta);
  // the shards of the typed terms, of the prefix and the facets load together
  var first = await Promise.all([expansionsOf(idx, plan), idx.lookup(typedTerms(plan, vocab)), wantFacets ? idx.loadFacets() : null]);
  var expansions = first[0], dict = first[1];
  // the expansions' shards are the prefix's, loaded already
  var expanded = await idx.lookup(expansions);
  for (var key in expanded) dict[key] = expanded[key];
  // from here to the first await the scratch arrays are this query's
  var S = idx.scratch || (idx.scratch = new Scratch(meta.n));
  var count = scoreCore(meta, dict, plan, expansions, S, vocab);
  var outTick = markExcluded(meta, dict, plan, S);
  var filtered = filterHits(idx, S, count, outTick, filters, wantFacets, options.group === true);
  var suggested = suggestion(idx, query, plan, dict, expansions);
  var terms = markedTerms(plan, vocab, expansions);
  if (options.group === true) {
    return groupedResult(idx, S, filtered.count, limit, offset, terms, filtered.facets, options, root, suggested);
  }
  var score = S.score, nHits = filtered.count;
  var page = topHits(S.hits, nHits, score, limit < 0 ? nHits : offset + limit).slice(offset);
  var pageScores = page.map(function (d) { return score[d]; });
  var done = await Promise.all([suggested, idx.loadDocs(page)]);
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
    facets: filtered.facets,
    suggestion: done[0]
  };
}

// ---- One result per page (SearchResult.pages in Java) -------------------------------------
var MAX_SECTIONS = 3;

/**
 * The hits S.hits[0..nHits) grouped by page, pages ranked by their best hit (score, then
 * document), each with up to MAX_SECTIONS of its section hits in rank order: {total: pages,
 * pages: [...], hits: [], facets, suggestion}. Only the shown pages' document shards load (a
 * page's sections are in its shard).
 */
async function groupedResult(idx, S, nHits, limit, offset, terms, facets, options, root, suggested) {
  var meta = idx.meta, pageOf = meta.pageOf, score = S.score, all = S.hits, i, d, p;
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
  // the scores now: the scratch arrays belong to the next search once this one waits
  var scoreOf = {};
  want.forEach(function (d) { scoreOf[d] = score[d]; });
  var done = await Promise.all([suggested, idx.loadDocs(want)]);
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
}

/**
 * Loads what a search for query will need: the entry and meta, then (a query typed) the term
 * shards of its words and of its last word's prefix, and the document shards of its top hits,
 * by running it without snippets or facets. The header box calls it on focus and on every
 * keystroke, before its debounce, so that by the time the reader stops typing the query's
 * shards are in. Never rejects.
 */
async function prefetch(query, options) {
  options = options || {};
  var root = options.root !== undefined ? options.root : rootPrefix();
  var lang = options.lang || pageLang();
  var q = String(query || '');
  try {
    await openIndex(root, lang);
    if (q.trim()) await search(q, { root: root, lang: lang, limit: 10, facets: false, snippets: false });
  } catch (e) {
    // a failure shows when the query runs
  }
  return null;
}

var Passage = global.Passage = global.Passage || {};
Passage.search = search;
Passage.prefetch = prefetch;
Passage.searchInternals = {
  analyze: function (text, entry, language) { return new Analysis(entry, language).analyze(text); },
  tokenize: engine.tokenize, porter: engine.porter, planQuery: planQuery, decodeText: engine.decodeText,
  openShard: engine.openShard,
  inflate: function (bytes, size, dict) {
    try {
      return engine.inflate(bytes, 0, bytes.length, size, dict || null);
    } catch (e) {
      if (e instanceof engine.InflateError) throw SearchIndexError('corrupt compressed data (' + e.message + ')');
      throw e;
    }
  },
  openIndex: openIndex, postings: engine.postings, positionsOf: engine.positionsOf, readDocs: engine.readDocs,
  FORMAT_VERSION: FORMAT_VERSION
};
