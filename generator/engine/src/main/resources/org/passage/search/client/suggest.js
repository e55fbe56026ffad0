/*
 * suggest.js: "did you mean": for each typed word the index does not hold, the indexed word
 * within MAX_EDITS edits, most frequent first (the words shards of the lengths that can match).
 */
var MAX_EDITS = engine.MAX_EDITS;

function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  var prev = [], cur = [], j;
  for (j = 0; j <= b.length; j++) prev[j] = j;
  for (var i = 1; i <= a.length; i++) {
    cur[0] = i;
    var rowMin = i;
    for (j = 1; j <= b.length; j++) {
      var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    var t = prev; prev = cur; cur = t;
  }
  return Math.min(prev[b.length], max + 1);
}

function closest(word, vocab) {
  var best = null, bestDist = MAX_EDITS + 1, bestDf = -1;
  for (var i = 0; i < vocab.words.length; i++) {
    var w = vocab.words[i], d = editDistance(word, w, MAX_EDITS);
    if (d === 0 || d > MAX_EDITS) continue;
    var df = vocab.dfs[i];
    if (d < bestDist || (d === bestDist && (df > bestDf || (df === bestDf && w < best)))) { best = w; bestDist = d; bestDf = df; }
  }
  return best;
}

/**
 * The query with each unknown word (not in the index, nor the last word when its prefix
 * expands) replaced by its closest word, or null when there is none to suggest.
 */
async function suggestion(idx, query, plan, dict, expansions) {
  var unknown = plan.words.filter(function (w) {
    var e = dict['$' + w.term];
    return !(e && (e[0] || e[1] || e[2])) && !(w.last && expansions.length > 0);
  });
  if (unknown.length === 0) return null;
  var vocab = await idx.loadWords(unknown.map(function (w) { return w.surface.length; }));
  var s = '', at = 0, changed = false;
  unknown.forEach(function (w) {
    var best = closest(w.surface, vocab);
    if (best !== null) { s += query.substring(at, w.start) + best; at = w.end; changed = true; }
  });
  return changed ? s + query.substring(at) : null;
}

engine.suggestion = suggestion;
