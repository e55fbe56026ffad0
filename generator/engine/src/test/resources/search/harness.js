// Runs one query through Passage.search and renders the result in the canonical text form the
// Java tests also produce (see SearchCanon.java), so both sides compare as strings.
var __bitsView = new DataView(new ArrayBuffer(4));
function __hex(score) {
  if (Math.fround(score) !== score) return 'NOT-A-FLOAT(' + score + ')';
  __bitsView.setFloat32(0, score);
  return ('00000000' + __bitsView.getUint32(0).toString(16)).slice(-8);
}
function __canon(r) {
  var lines = ['total=' + r.total, 'suggestion=' + r.suggestion];
  Object.keys(r.facets).sort().forEach(function (name) {
    Object.keys(r.facets[name]).sort().forEach(function (v) { lines.push('facet ' + name + ' ' + v + '=' + r.facets[name][v]); });
  });
  r.hits.forEach(function (h) { lines.push('hit ' + h.url.substring(__root.length) + ' ' + __hex(h.score)); });
  return lines.join('\n');
}
var __result = null;
var __lang = 'en'; // the index searched: a test of another language sets it
function __run(q, filtersJson, limit, done) {
  Passage.search(q, { lang: __lang, filters: JSON.parse(filtersJson), limit: limit, snippets: false }).then(
    function (r) { done(__canon(r)); },
    function (e) { done('error=' + (e && e.message ? e.message : String(e))); });
}
// The grouped form (group: true): one line per page with its best score, its sections under it.
function __canonPages(r) {
  var lines = ['total=' + r.total, 'suggestion=' + r.suggestion];
  Object.keys(r.facets).sort().forEach(function (name) {
    Object.keys(r.facets[name]).sort().forEach(function (v) { lines.push('facet ' + name + ' ' + v + '=' + r.facets[name][v]); });
  });
  r.pages.forEach(function (p) {
    lines.push('page ' + p.url.substring(__root.length) + ' ' + __hex(p.score));
    p.sections.forEach(function (s) { lines.push('  section ' + s.url.substring(__root.length) + ' ' + __hex(s.score)); });
  });
  return lines.join('\n');
}
function __runPages(q, filtersJson, limit, done) {
  Passage.search(q, { lang: __lang, filters: JSON.parse(filtersJson), limit: limit, snippets: false, group: true }).then(
    function (r) { done(__canonPages(r)); },
    function (e) { done('error=' + (e && e.message ? e.message : String(e))); });
}
