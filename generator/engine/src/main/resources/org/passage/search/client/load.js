/*
 * load.js: loads the index's files by script injection, the one way that works from file://.
 * Each file registers its payload by pushing [key, payload] onto self.PassageSearchData; a file
 * that ran before the client (a preload) waits there until the client reads it.
 */
var SearchIndexError = engine.SearchIndexError;

var registry = {};
var waiting = {};
function accept(item) {
  if (!item || typeof item[0] !== 'string') return;
  registry[item[0]] = item[1];
  var w = waiting[item[0]];
  if (w) {
    delete waiting[item[0]];
    for (var i = 0; i < w.length; i++) w[i]();
  }
}
var early = global.PassageSearchData;
global.PassageSearchData = { push: function () { for (var i = 0; i < arguments.length; i++) accept(arguments[i]); } };
if (early && early.length) for (var e = 0; e < early.length; e++) accept(early[e]);

var loads = {};
/**
 * Loads search/<file> below root (file "en/terms-ab12/0/17.js"); resolves with the payload it
 * registers under key ("en/terms/17"; the entry's key is its file, "en/index.js").
 */
function loadScript(root, file, key) {
  var memo = root + '\u0000' + file;
  if (loads[memo]) return loads[memo];
  var p = new Promise(function (resolve, reject) {
    if (Object.prototype.hasOwnProperty.call(registry, key)) return resolve(registry[key]);
    var src = root + 'search/' + file;
    var el = global.document.createElement('script');
    var settled = false;
    (waiting[key] = waiting[key] || []).push(function () { settled = true; resolve(registry[key]); });
    // once run, the element is of no use: keep the document small over many queries
    function detach() { if (el.parentNode) el.parentNode.removeChild(el); }
    el.onload = function () {
      detach();
      if (!settled && !Object.prototype.hasOwnProperty.call(registry, key)) {
        reject(SearchIndexError('search file ' + src + ' loaded but did not register ' + key +
          ' (stale or corrupt index; rebuild the site)'));
      }
    };
    el.onerror = function () {
      detach();
      reject(SearchIndexError('could not load search file ' + src + ' (missing: rebuild the site)'));
    };
    el.src = src;
    (global.document.head || global.document.documentElement).appendChild(el);
  });
  loads[memo] = p;
  p.catch(function () { delete loads[memo]; });
  return p;
}

engine.loadScript = loadScript;
