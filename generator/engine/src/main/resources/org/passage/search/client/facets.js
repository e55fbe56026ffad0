/*
 * facets.js: the search page's filters and counts. Documents with the same values in every
 * facet form a group (a page and its sections, see readFacets), so a hit is filtered, and a
 * value counted, per group rather than per document.
 */

/** options.filters as {facet: [value...]}, facets sorted, a single value as a list of one. */
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

/**
 * Drops from S.hits[0..count) the excluded documents (mark === outTick) and those the filters
 * reject, in place; with wantFacets, counts each facet value over the hits that pass every
 * filter but that facet's (pages, when perPage, else documents). Returns {count, facets:
 * {facet: {value: count}}}.
 */
function filterHits(idx, S, count, outTick, filters, wantFacets, perPage) {
  var meta = idx.meta, mark = S.mark, all = S.hits;
  var facetList = wantFacets ? meta.facets : [], names = Object.keys(filters), nHits = 0, i, d, k, x;
  if (facetList.length === 0 && names.length === 0) {
    for (i = 0; i < count; i++) { d = all[i]; if (mark[d] !== outTick) all[nHits++] = d; }
    return { count: nHits, facets: {} };
  }
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
  var pageOf = meta.pageOf;
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
  var facets = {};
  facetList.forEach(function (facet, x) {
    var c = counts[x], out = null;
    for (var v = 0; v < c.length; v++) if (c[v] > 0) { out = out || {}; out[facet.values[v]] = c[v]; }
    if (out) facets[facet.name] = out;
  });
  return { count: nHits, facets: facets };
}

engine.plainObjectFilters = plainObjectFilters;
engine.filterHits = filterHits;
