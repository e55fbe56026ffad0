// Live preview (served by `passage:serve` only, never published): reloads the page after a
// successful rebuild and lists the problems of a failed one over the page.
(function () {
  "use strict";
  var me = document.currentScript;
  var seen = Number(me.getAttribute("data-version"));
  var box = null;
  function show(problems) {
    if (!problems.length) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;background:#2b0a0a;color:#ffd7d7;font:13px/1.5 ui-monospace,monospace;padding:12px 16px;z-index:2147483647;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "The last build failed; the page shows the previous build.\n\n" + problems.join("\n");
  }
  function poll() {
    fetch("/__passage/state", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.version > seen) { location.reload(); return; }
        show(s.problems.filter(function (p) { return p.indexOf(": error: ") >= 0; }));
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 700);
})();
