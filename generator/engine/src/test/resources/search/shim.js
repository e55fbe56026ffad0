// Minimal window/document for running the shipped search client outside a browser.
// The host defines __readText(src) (returns a file's text or throws) before loading this file.
var __root = 'ROOT/';
var __pending = [];
globalThis.self = globalThis;
globalThis.window = globalThis;
globalThis.document = {
  documentElement: { lang: 'en', getAttribute: function (n) { return n === 'lang' ? 'en' : null; } },
  head: { appendChild: function (el) { __pending.push(el); Promise.resolve().then(__flush); } },
  createElement: function (tag) { return { tagName: tag }; },
  querySelector: function (sel) {
    return sel.indexOf('passage-root') >= 0 ? { getAttribute: function () { return __root; } } : null;
  },
  getElementById: function () { return null; },
  addEventListener: function () {},
  readyState: 'complete'
};
function __flush() {
  while (__pending.length) {
    var el = __pending.shift();
    var text;
    try { text = __readText(el.src); } catch (e) { if (el.onerror) el.onerror(e); continue; }
    (0, eval)(text);
    if (el.onload) el.onload();
  }
}
