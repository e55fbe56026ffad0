// Runs one language's analysis (client/analysis-*.js) the way the language-independent frame
// (analysis.js) is to run it, after its tokenizer and lowercasing: the token filters, the token
// stream step, the stop words (a stop word keeps its position), the word filters, the stemmer.
// The Java tests hand in tokens that Lucene's StandardTokenizer and LowerCaseFilter made, and
// compare what comes out with Lucene's analyzer, as "position:term:start:end" strings.

/** texts: JSON [[[term, type, start, end], ...], ...]; returns one line per text. */
function __analyzeTokens(analysis, json) {
  var stop = Object.create(null);
  analysis.stopWords.forEach(function (w) { stop[w] = true; });
  return JSON.parse(json).map(function (raw) {
    var tokens = raw.map(function (t) {
      var term = t[0];
      analysis.tokenFilters.forEach(function (f) { term = f(term); });
      return { term: term, type: t[1], start: t[2], end: t[3] };
    });
    if (analysis.tokenStream) tokens = analysis.tokenStream(tokens);
    var out = [];
    tokens.forEach(function (t, position) {
      if (stop[t.term] === true) return;
      var term = t.term;
      analysis.wordFilters.forEach(function (f) { term = f(term); });
      out.push(position + ':' + analysis.stem(term) + ':' + t.start + ':' + t.end);
    });
    return out.join(' ');
  }).join('\n');
}

/** words: JSON [word, ...]; returns fn of each word, one a line. */
function __mapWords(fn, json) {
  return JSON.parse(json).map(function (w) { return fn(w); }).join('\n');
}
