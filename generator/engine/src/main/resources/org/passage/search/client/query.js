/*
 * query.js: what a query asks for, before any index is read: planQuery is the port of
 * QueryPlan.java (plain words, +required and "quoted" units, -excluded, the last word's prefix),
 * planVocabulary of QueryVocabulary.java (identifiers such as "target 10.7", synonyms).
 */
var PREFIX_MIN_LENGTH = engine.PREFIX_MIN_LENGTH, MAX_PLAIN_TERMS = engine.MAX_PLAIN_TERMS;
var QUALIFIER_PREFIX = engine.QUALIFIER_PREFIX, MAX_ALTERNATIVES = engine.MAX_ALTERNATIVES;

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

engine.planQuery = planQuery;
engine.planVocabulary = planVocabulary;
