// Runs a language's analysis through the shipped client's own frame (Passage.searchInternals.analyze,
// the Analysis of passage-search.js: its tokenizer, lowercasing, the port's filters, the index
// entry's stop words, the stemmer), as a search does. Load after shim.js, the client and the
// analysis-*.js under test. The Java tests compare the lines with Lucene's analyzer, as
// "position:term:start:end" strings (stop words leave their positions out).

/** analysis: a PASSAGE_ANALYSIS_* object, or null for the client's built-in English; texts: JSON [text, ...]. */
function __analyzeTexts(analysis, stemmer, stopWordsJson, json) {
  var entry = { stemmer: stemmer, stopWords: JSON.parse(stopWordsJson) };
  return JSON.parse(json).map(function (text) {
    var out = [];
    Passage.searchInternals.analyze(text, entry, analysis || undefined).forEach(function (t) {
      if (!t.stop) out.push(t.position + ':' + t.term + ':' + t.start + ':' + t.end);
    });
    return out.join(' ');
  }).join('\n');
}

/** words: JSON [word, ...]; returns fn of each word, one a line. */
function __mapWords(fn, json) {
  return JSON.parse(json).map(function (w) { return fn(w); }).join('\n');
}
