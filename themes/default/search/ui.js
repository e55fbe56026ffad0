/*
 * ui.js: the default theme's search UI: the header's search box (an ARIA combobox with a
 * listbox of results, one per page with its best sections nested) and the results page (facet
 * filters, more results). It uses only the public API, Passage.search and Passage.prefetch.
 *
 * A theme replaces this file by its own search/ui.js and keeps the engine: Passage assembles
 * the engine's modules and the theme's UI into assets/search/passage-search.js, the UI last, in
 * a function scope of its own with Passage and global as parameters (SearchClient.java).
 */

function h(tag, cls, text) {
  var el = global.document.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Appends text to el as text nodes, with <mark> around the ranges; never parses HTML. */
function appendMarked(el, text, marks) {
  var at = 0;
  (marks || []).forEach(function (m) {
    if (m[0] < at) return;
    if (m[0] > at) el.appendChild(global.document.createTextNode(text.substring(at, m[0])));
    el.appendChild(h('mark', null, text.substring(m[0], m[1])));
    at = m[1];
  });
  if (at < text.length) el.appendChild(global.document.createTextNode(text.substring(at)));
  return el;
}

function reportError(e, where) {
  if (global.console) global.console.error(e);
  if (where) {
    where.textContent = '';
    where.appendChild(h('p', 'search-error', (e && e.message) || String(e)));
  }
}

function announce(text) {
  var status = global.document.getElementById('search-status');
  if (status) status.textContent = text;
}

// The page's messages, in its language: data-msg-* attributes of #search-status (the theme's UI
// strings); English when a theme leaves them out.
function msg(key, fallback) {
  var status = global.document.getElementById('search-status');
  var text = status && status.getAttribute('data-msg-' + key);
  return text || fallback;
}

function countText(n) { return n === 0 ? msg('none', 'No results') : n === 1 ? msg('one', '1 result') : msg('many', '{n} results').replace('{n}', n); }

function hitContent(hit) {
  var box = h('span', 'search-hit');
  if (hit.title) box.appendChild(appendMarked(h('span', 'search-hit-title'), hit.title, hit.titleMarks));
  if (hit.section) box.appendChild(appendMarked(h('span', 'search-hit-section'), hit.section, hit.sectionMarks));
  if (hit.snippet) box.appendChild(appendMarked(h('span', 'search-hit-snippet'), hit.snippet, hit.snippetMarks));
  return box;
}

function setupBox() {
  var doc = global.document;
  var input = doc.getElementById('search-input');
  var popup = doc.getElementById('search-popup');
  if (!input || !popup) return;
  var active = -1, options = [], seq = 0, timer = null;

  function close() {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function select(i) {
    options.forEach(function (o, k) { o.setAttribute('aria-selected', k === i ? 'true' : 'false'); });
    active = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].id);
      if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  function render(q, r) {
    popup.textContent = '';
    options = [];
    // one option per page, its best sections as options nested under it
    var flat = [];
    r.pages.forEach(function (page) {
      flat.push(page);
      page.sections.forEach(function (sec) {
        flat.push({ url: sec.url, title: '', section: sec.section, sectionMarks: sec.sectionMarks, snippet: '', nested: true });
      });
    });
    flat.forEach(function (hit, i) {
      var opt = h('div', hit.nested ? 'search-option search-option-section' : 'search-option');
      opt.id = 'search-option-' + i;
      opt.setAttribute('role', 'option');
      opt.setAttribute('aria-selected', 'false');
      var a = h('a');
      a.href = hit.url;
      a.tabIndex = -1;
      a.appendChild(hitContent(hit));
      opt.appendChild(a);
      opt.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      opt.addEventListener('click', function () { global.location.href = hit.url; });
      popup.appendChild(opt);
      options.push(opt);
    });
    var footer = h('div', 'search-footer');
    if (r.suggestion) {
      var did = h('button', 'search-suggestion', msg('suggest', 'Did you mean {word}?').replace('{word}', function () { return r.suggestion; }));
      did.type = 'button';
      did.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      did.addEventListener('click', function () { input.value = r.suggestion; run(); input.focus(); });
      footer.appendChild(did);
    }
    footer.appendChild(h('span', 'search-count', countText(r.total) + (r.total > r.pages.length ? ' \u2014 Enter for all' : '')));
    popup.appendChild(footer);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    select(-1);
    announce(countText(r.total) + (r.suggestion ? '. ' + msg('suggest', 'Did you mean {word}?').replace('{word}', function () { return r.suggestion; }) : ''));
  }
  async function run() {
    var q = input.value, mine = ++seq;
    if (!q.trim()) { close(); popup.textContent = ''; return; }
    var r;
    try {
      r = await Passage.search(q, { limit: 6, facets: false, group: true });
    } catch (e) {
      if (mine !== seq) return;
      reportError(e, popup);
      popup.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      announce(msg('unavailable', 'Search is unavailable'));
      return;
    }
    if (mine === seq) render(q, r);
  }
  input.addEventListener('input', function () { clearTimeout(timer); Passage.prefetch(input.value); timer = setTimeout(run, 60); });
  input.addEventListener('focus', function () { Passage.prefetch(''); });
  input.addEventListener('focus', function () { if (input.value.trim() && popup.childNodes.length) { popup.hidden = false; input.setAttribute('aria-expanded', 'true'); } });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (popup.hidden) { run(); return; }
      ev.preventDefault();
      if (!options.length) return;
      var n = options.length;
      select(ev.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
    } else if (ev.key === 'Enter') {
      if (active >= 0 && options[active]) {
        ev.preventDefault();
        global.location.href = options[active].querySelector('a').href;
      }
    } else if (ev.key === 'Escape') {
      if (!popup.hidden) { ev.preventDefault(); close(); } else input.value = '';
    }
  });
  doc.addEventListener('keydown', function (ev) {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target, tag = t && t.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
    ev.preventDefault();
    input.focus();
    input.select();
  });
}

function facetLabel(name, value) {
  var labels = global.PassageFacetLabels;
  var l = labels && labels[name] && labels[name][value];
  return typeof l === 'string' ? l : value;
}

function facetName(name) {
  var labels = global.PassageFacetLabels;
  var l = labels && labels.__facets && labels.__facets[name];
  return typeof l === 'string' ? l : name;
}

function naturalCompare(a, b) {
  var x = a.split(/(\d+)/), y = b.split(/(\d+)/);
  for (var i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    var nx = /^\d+$/.test(x[i]) && /^\d+$/.test(y[i]);
    return nx ? Number(x[i]) - Number(y[i]) : (x[i] < y[i] ? -1 : 1);
  }
  return x.length - y.length;
}

function setupPage() {
  var doc = global.document;
  var page = doc.getElementById('search-page');
  if (!page) return;
  var names = (page.getAttribute('data-facets') || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  var params = new URLSearchParams(global.location.search || '');
  var query = params.get('q') || '';
  var input = doc.getElementById('search-input');
  if (input) input.value = query;
  var filters = {}, shown = 20, seq = 0;
  var form = h('form', 'search-page-form');
  form.setAttribute('role', 'search');
  // The header's field is labelled from the theme's UI strings; the page's own field says the same.
  var label = h('label', 'visually-hidden', (input && input.getAttribute('placeholder')) || 'Search');
  label.htmlFor = 'search-page-input';
  var box = h('input');
  box.id = 'search-page-input';
  box.type = 'search';
  box.name = 'q';
  box.value = query;
  form.appendChild(label);
  form.appendChild(box);
  var layout = h('div', 'search-page-layout');
  var side = h('div', 'search-facets');
  side.setAttribute('role', 'group');
  side.setAttribute('aria-label', 'Filters');
  var main = h('div', 'search-results');
  var summary = h('p', 'search-summary');
  summary.setAttribute('aria-live', 'polite');
  var list = h('ol', 'search-result-list');
  var more = h('button', 'search-more', msg('more', 'More results'));
  more.type = 'button';
  main.appendChild(summary);
  main.appendChild(list);
  main.appendChild(more);
  layout.appendChild(side);
  layout.appendChild(main);
  page.textContent = '';
  page.appendChild(form);
  page.appendChild(layout);

  function renderFacets(r) {
    side.textContent = '';
    names.forEach(function (name) {
      var counts = r.facets[name] || {};
      var selected = filters[name] || [];
      var values = Object.keys(counts);
      selected.forEach(function (v) { if (values.indexOf(v) < 0) values.push(v); });
      if (!values.length) return;
      values.sort(naturalCompare);
      var set = h('fieldset', 'search-facet');
      set.appendChild(h('legend', null, facetName(name)));
      values.forEach(function (v) {
        var id = 'facet-' + name + '-' + v.replace(/[^A-Za-z0-9_-]/g, '_');
        var row = h('div', 'search-facet-value');
        var cb = h('input');
        cb.type = 'checkbox';
        cb.id = id;
        cb.checked = selected.indexOf(v) >= 0;
        cb.addEventListener('change', function () {
          var cur = (filters[name] || []).filter(function (x) { return x !== v; });
          if (cb.checked) cur.push(v);
          if (cur.length) filters[name] = cur; else delete filters[name];
          shown = 20;
          run();
        });
        var lab = h('label', null, facetLabel(name, v) + ' ');
        lab.htmlFor = id;
        lab.appendChild(h('span', 'search-facet-count', '(' + (counts[v] || 0) + ')'));
        row.appendChild(cb);
        row.appendChild(lab);
        set.appendChild(row);
      });
      side.appendChild(set);
    });
  }

  async function run() {
    var mine = ++seq;
    if (!query.trim()) {
      summary.textContent = msg('empty', 'Type words to search.');
      list.textContent = '';
      more.hidden = true;
      return;
    }
    var r;
    try {
      r = await Passage.search(query, { filters: filters, limit: shown, group: true });
    } catch (e) {
      if (mine !== seq) return;
      reportError(e, main);
      announce(msg('unavailable', 'Search is unavailable'));
      return;
    }
    if (mine !== seq) return;
    summary.textContent = msg('for', '{count} for \u201c{query}\u201d').replace('{count}', countText(r.total)).replace('{query}', function () { return query; });
    if (r.suggestion) {
      summary.appendChild(doc.createTextNode(' \u2014 did you mean '));
      var a = h('a', 'search-suggestion', r.suggestion);
      a.href = '?q=' + encodeURIComponent(r.suggestion);
      summary.appendChild(a);
      summary.appendChild(doc.createTextNode('?'));
    }
    list.textContent = '';
    r.pages.forEach(function (page) {
      var li = h('li', 'search-result');
      var a = h('a');
      a.href = page.url;
      a.appendChild(hitContent(page));
      li.appendChild(a);
      if (page.sections.length) {
        // the page's best matching sections, each linking to its heading
        var sub = h('ul', 'search-result-sections');
        page.sections.forEach(function (sec) {
          var item = h('li', 'search-result-section');
          var link = h('a');
          link.href = sec.url;
          link.appendChild(hitContent({ title: '', section: sec.section, sectionMarks: sec.sectionMarks, snippet: sec.snippet,
            snippetMarks: sec.snippetMarks }));
          item.appendChild(link);
          sub.appendChild(item);
        });
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
    more.hidden = r.total <= r.pages.length;
    renderFacets(r);
    announce(countText(r.total));
  }
  more.addEventListener('click', function () { shown += 20; run(); });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    query = box.value;
    if (input) input.value = query;
    try { global.history.replaceState(null, '', '?q=' + encodeURIComponent(query)); } catch (e) { /* file:// may refuse */ }
    shown = 20;
    run();
  });
  run();
}

if (global.document && global.document.addEventListener) {
  var start = function () {
    try { setupBox(); setupPage(); } catch (e) { reportError(e); }
  };
  if (global.document.readyState === 'loading') global.document.addEventListener('DOMContentLoaded', start);
  else start();
}
