/*
 * snippets.js: what a hit shows: the best passage of its body for the query's terms, and the
 * ranges of its title, section and passage to mark.
 */

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

engine.markRanges = markRanges;
engine.snippet = snippet;
