// Live preview (served by `passage:serve` only, never published). The server pushes an event
// after every build (Server-Sent Events): the page reloads when the build changed it, keeping
// its scroll position, and a failed build shows its problems over the page, with the source
// lines around each.
(function () {
  "use strict";
  var me = document.currentScript;
  var served = me.getAttribute("data-path");
  var here = decodeURIComponent(location.pathname).replace(/^\/+/, "");
  if (here === "" || here.charAt(here.length - 1) === "/") here += "index.html";
  var scrollKey = "passage-preview-scroll:" + here;
  var box = null;

  var kept = sessionStorage.getItem(scrollKey);
  if (kept !== null) {
    sessionStorage.removeItem(scrollKey);
    window.addEventListener("load", function () { window.scrollTo(0, Number(kept)); });
  }

  function el(tag, css, text) {
    var e = document.createElement(tag);
    if (css) e.style.cssText = css;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(problems) {
    if (box) { box.remove(); box = null; }
    if (!problems.length) return;
    box = el("div", "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;background:#1e0b0b;color:#ffe1e1;" +
      "font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;padding:12px 16px;z-index:2147483647;border-top:3px solid #e5484d");
    box.setAttribute("role", "alert");
    box.appendChild(el("p", "margin:0 0 8px;font-weight:bold", "The last build failed; this page shows the previous build. Fix the problem and save: the page reloads by itself."));
    problems.forEach(function (p) {
      box.appendChild(el("p", "margin:12px 0 4px;white-space:pre-wrap", p.text));
      if (!p.excerpt.length) return;
      var pre = el("pre", "margin:0;padding:6px 0;background:#2a1212;overflow-x:auto");
      p.excerpt.forEach(function (line) {
        var at = line[0] === p.line;
        var row = el("div", "padding:0 8px;white-space:pre" + (at ? ";background:#5a1d1d;color:#fff" : ";color:#d9b8b8"));
        row.textContent = String(line[0]).padStart(5, " ") + " | " + line[1];
        pre.appendChild(row);
        if (at && p.column > 0) {
          pre.appendChild(el("div", "padding:0 8px;white-space:pre;color:#ff8b8b", " ".repeat(8 + p.column - 1) + "^"));
        }
      });
      box.appendChild(pre);
    });
    document.body.appendChild(box);
  }

  function concerns(changed) {
    for (var i = 0; i < changed.length; i++) {
      var c = changed[i];
      if (c === "*" || c === here || c === served) return true;
      // A stylesheet, script or image of the theme or content; the search index only feeds searches.
      if (!/\.html$/.test(c) && c.indexOf("search/") !== 0) return true;
    }
    return false;
  }

  var source = new EventSource("/__passage/events?since=" + encodeURIComponent(me.getAttribute("data-since")));
  source.addEventListener("build", function (e) {
    var build = JSON.parse(e.data);
    var errors = build.problems.filter(function (p) { return p.error; });
    show(errors);
    if (!errors.length && concerns(build.changed)) {
      sessionStorage.setItem(scrollKey, String(window.scrollY));
      source.close();
      location.reload();
    }
  });
})();
