/*
 * sdg-guide: progressive enhancement for the guide's pages.
 *  - the case-study browser: filter cards by goal, target, objective, country, region, level, actor, theme;
 *  - the targets x objectives matrix: filter rows by goal, objective and "only with case studies";
 *  - tools: a "Print this tool" button.
 * A classic script (no modules, no fetch, no network), so it works from file:// and under a strict
 * Content-Security-Policy. Without it every card and row stays visible and the controls stay hidden.
 * Filter state lives in the URL fragment (#goal=10&target=10.7) so a filtered view can be linked.
 */
(function () {
  'use strict';

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function format(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : m;
    });
  }

  /** "#goal=10&target=10.7" -> {goal: "10", target: "10.7"} */
  function readHash() {
    var out = {};
    var h = window.location.hash.replace(/^#/, '');
    if (!h || h.indexOf('=') < 0) {
      return out;
    }
    h.split('&').forEach(function (part) {
      var i = part.indexOf('=');
      if (i > 0) {
        try {
          out[decodeURIComponent(part.slice(0, i))] = decodeURIComponent(part.slice(i + 1));
        } catch (e) {
          /* ignore a malformed fragment */
        }
      }
    });
    return out;
  }

  function writeHash(state) {
    var parts = [];
    Object.keys(state).forEach(function (k) {
      if (state[k]) {
        parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(state[k]));
      }
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    var url = window.location.href.split('#')[0] + hash;
    try {
      window.history.replaceState(null, '', url);
    } catch (e) {
      /* some browsers refuse history changes on file://; the filters still work */
    }
  }

  function hasOption(select, value) {
    return all('option', select).some(function (o) {
      return o.value === value;
    });
  }

  function tokens(el, name) {
    var v = el.getAttribute('data-' + name);
    return v ? v.split('|') : [];
  }

  /* ---- Case-study browser ---------------------------------------------------------------- */

  // Both filter forms behave alike: any change, submit or reset re-applies and records the
  // state in the URL fragment; the fragment is read at load and on hashchange.
  function wire(form, controls, apply, fromHash) {
    controls.forEach(function (el) {
      el.addEventListener('change', function () {
        apply(true);
      });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      apply(true);
    });
    form.addEventListener('reset', function () {
      window.setTimeout(function () {
        apply(true);
      }, 0);
    });
    window.addEventListener('hashchange', function () {
      fromHash();
      apply(false);
    });
    fromHash();
    form.hidden = false;
    apply(false);
  }

  function initBrowser(form) {
    var list = document.getElementById(form.getAttribute('data-list'));
    var status = document.getElementById(form.getAttribute('data-status'));
    var empty = document.getElementById(form.getAttribute('data-empty'));
    if (!list || !status) {
      return;
    }
    var cards = all('[data-card]', list);
    var selects = all('select[data-filter]', form);
    var total = cards.length;

    function apply(remember) {
      var active = [];
      var state = {};
      selects.forEach(function (s) {
        var key = s.getAttribute('data-filter');
        state[key] = s.value;
        if (s.value) {
          active.push([s.getAttribute('data-attr'), s.value]);
        }
      });
      var shown = 0;
      cards.forEach(function (card) {
        var ok = active.every(function (f) {
          return tokens(card, f[0]).indexOf(f[1]) >= 0;
        });
        card.hidden = !ok;
        if (ok) {
          shown++;
        }
      });
      status.textContent = active.length
        ? format(form.getAttribute('data-msg-some'), {shown: shown, total: total})
        : format(form.getAttribute('data-msg-all'), {total: total});
      if (empty) {
        empty.hidden = shown > 0;
      }
      if (remember) {
        writeHash(state);
      }
    }

    function fromHash() {
      var h = readHash();
      selects.forEach(function (s) {
        var key = s.getAttribute('data-filter');
        s.value = h[key] && hasOption(s, h[key]) ? h[key] : '';
      });
    }

    wire(form, selects, apply, fromHash);
  }

  /* ---- Targets x objectives matrix ------------------------------------------------------- */

  function initMatrix(form) {
    var table = document.getElementById(form.getAttribute('data-table'));
    var status = document.getElementById(form.getAttribute('data-status'));
    if (!table || !status) {
      return;
    }
    var rows = all('tbody tr', table);
    var goal = form.querySelector('select[data-matrix="goal"]');
    var objective = form.querySelector('select[data-matrix="objective"]');
    var nonEmpty = form.querySelector('input[data-matrix="nonempty"]');
    var total = rows.length;

    function apply(remember) {
      var g = goal ? goal.value : '';
      var o = objective ? objective.value : '';
      var only = nonEmpty ? nonEmpty.checked : false;
      var shown = 0;
      all('.col-selected', table).forEach(function (c) {
        c.classList.remove('col-selected');
      });
      if (o) {
        all('[data-objective="' + o + '"]', table).forEach(function (c) {
          c.classList.add('col-selected');
        });
      }
      rows.forEach(function (row) {
        var ok = true;
        if (g && row.getAttribute('data-goal') !== g) {
          ok = false;
        }
        if (ok && o) {
          var cell = row.querySelector('td[data-objective="' + o + '"]');
          ok = !!cell && (cell.getAttribute('data-cases') !== '0' || cell.hasAttribute('data-mapped'));
          if (ok && only) {
            ok = cell.getAttribute('data-cases') !== '0';
          }
        } else if (ok && only) {
          ok = row.getAttribute('data-cases') !== '0';
        }
        row.hidden = !ok;
        if (ok) {
          shown++;
        }
      });
      status.textContent = format(form.getAttribute('data-msg'), {shown: shown, total: total});
      if (remember) {
        writeHash({goal: g, objective: o, cases: only ? '1' : ''});
      }
    }

    function fromHash() {
      var h = readHash();
      if (goal) {
        goal.value = h.goal && hasOption(goal, h.goal) ? h.goal : '';
      }
      if (objective) {
        objective.value = h.objective && hasOption(objective, h.objective) ? h.objective : '';
      }
      if (nonEmpty) {
        nonEmpty.checked = h.cases === '1';
      }
    }

    wire(form, all('select, input', form), apply, fromHash);
  }

  /* ---- Print button ---------------------------------------------------------------------- */

  function initPrint(button) {
    if (typeof window.print !== 'function') {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  }

  function init() {
    all('form[data-cs-filters]').forEach(initBrowser);
    all('form[data-matrix-filters]').forEach(initMatrix);
    all('button[data-print]').forEach(initPrint);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
