// Search figures for issue 3, called by ../search_bench.sh (see ../README.md):
//   node bench.mjs WORK PAGES
// Serves WORK/out-engine/site (Passage) and WORK/out-hugo/site (Hugo + Pagefind) from loopback
// HTTP servers, drives headless Chromium over a CDP pipe, and measures index bytes, cold-query
// bytes, warm query latency and known-item relevance. Writes WORK/search-bench/results-PAGES.json
// and prints the report with the issue's targets.
//
// Environment: COLD_QUERIES (default 20), WARM_QUERIES (default 200), CHROMIUM (/usr/bin/chromium),
// SEARCH_TIMEOUT_MS per in-page batch (default 300000).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, Page } from './cdp.mjs';

const [WORK, PAGES] = process.argv.slice(2);
if (!WORK || !PAGES) { console.error('usage: node bench.mjs WORK PAGES'); process.exit(2); }
const COLD = +(process.env.COLD_QUERIES || 20);
const WARM = +(process.env.WARM_QUERIES || 200);
const BATCH_MS = +(process.env.SEARCH_TIMEOUT_MS || 300000);
const OUT = path.join(WORK, 'search-bench');
fs.mkdirSync(OUT, { recursive: true });
const log = (...a) => console.error('[search-bench]', ...a);

// ---- Inputs --------------------------------------------------------------------------------
const passageSite = path.join(WORK, 'out-engine', 'site');
// The language of the Passage index measured (search/<lang>); SEARCH_LANG=fr for the French run.
const LANG = process.env.SEARCH_LANG || 'en';
const hugoSite = path.join(WORK, 'out-hugo', 'site');
const knownPath = path.join(WORK, `corpus-${PAGES}`, 'known-items.tsv');
const lines = fs.readFileSync(knownPath, 'utf8').split('\n').filter((l) => l.trim());
const header = lines.shift().split('\t');
const col = (n) => { const i = header.indexOf(n); if (i < 0) throw new Error(`known-items.tsv has no column ${n}`); return i; };
const known = lines.map((l) => {
  const f = l.split('\t');
  return { query: f[col('query')], kind: f[col('kind')], page: f[col('page')], passage: f[col('passage_url')], hugo: f[col('hugo_url')] };
});
const pfBuild = readJson(path.join(OUT, `pagefind-build-${PAGES}.json`)) || { status: 'not run' };
const hasPassage = fs.existsSync(path.join(passageSite, 'search', LANG, 'index.js'));
const KINDS = [...new Set(known.map((k) => k.kind))].sort();
const hasPagefind = pfBuild.status === 'ok' && fs.existsSync(path.join(hugoSite, 'pagefind', 'pagefind.js'));

function readJson(p) { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; } }

/** Normalised site-relative path: no leading slashes or "./", no #anchor, "index.html" dropped. */
function norm(u) {
  let s = String(u).replace(/#.*$/, '').replace(/\?.*$/, '');
  s = s.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  s = s.replace(/(^|\/)index\.html$/, '$1');
  return s;
}

// ---- Cold-query pairs: two common non-stop words of the corpus ------------------------------
// Counted over the known-item sentences (sentences sampled from the pages, so their word counts
// follow the corpus); function words are left out so the pairs are content words a reader types.
const FUNCTION_WORDS = new Set(('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' +
  'which have from could would were when more without other before through them some because across what over only most however during between along ' +
  'also been being both each every here many much must should than those very while where who whom whose within upon about after again against any ' +
  'can did does doing down even further had has having her hers him his how its just may might nor now off once our out own same she so still too under ' +
  'until we what your you yet all one two three first last new per via among around least less since though thus whether either neither').split(/\s+/));
function coldPairs(n) {
  const counts = new Map();
  for (const k of known) {
    if (k.kind !== 'sentence') continue;
    for (const w of k.query.toLowerCase().match(/[a-z]+/g) || []) {
      if (w.length < 4 || FUNCTION_WORDS.has(w)) continue;
      counts.set(w, (counts.get(w) || 0) + 1);
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2 * n).map((e) => e[0]);
  const pairs = [];
  for (let i = 0; i < n && i + n < top.length; i++) pairs.push(top[i] + ' ' + top[i + n]);
  return pairs;
}

// Deterministic sample of the known-item queries for the latency runs (cycled when N > items).
function warmSample(n) {
  const idx = known.map((_, i) => i);
  let seed = 12345;
  for (let i = idx.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const out = [];
  for (let i = 0; i < n; i++) out.push(known[idx[i % idx.length]].query);
  return out;
}

// ---- Loopback static servers ---------------------------------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml' };
function serve(root) {
  const served = []; // {path, bytes} of every response body, a cross-check for the CDP figures
  const server = http.createServer((req, res) => {
    let p;
    try { p = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname); } catch { res.writeHead(400).end(); return; }
    let file = path.join(root, p);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) { file = path.join(file, 'index.html'); st = fs.existsSync(file) ? fs.statSync(file) : null; }
      if (err || !st) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      fs.readFile(file, (e2, body) => {
        if (e2) { res.writeHead(500).end(); return; }
        served.push({ path: p, bytes: body.length });
        // No HTTP compression: the bytes are those of the files (Passage also runs from file://).
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'max-age=600' });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, served, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---- The two tools, as seen from a page ---------------------------------------------------
// run(q) is what one query costs a reader who sees the first 10 results:
//   Passage : await Passage.search(q, {limit: 10})   (ranking, the 10 hits' stored fields, snippets)
//   Pagefind: s = await pagefind.search(q); await Promise.all(s.results.slice(0, 10).map(r => r.data()))
//             (ranking in Pagefind's worker/WASM, then the 10 results' fragments: url, title, excerpt)
const TOOLS = {
  passage: {
    label: 'Passage', root: passageSite, url: (k) => k.passage, enabled: hasPassage,
    isSearch: (p) => p.startsWith('/search/') || p === '/assets/search/passage-search.js',
    isCode: (p) => p.endsWith('/passage-search.js'),
    setup: `(async () => {
      if (!window.Passage || !Passage.search) throw new Error('Passage.search is not defined on this page');
      window.__sbRun = async (q) => { const r = await Passage.search(q, { limit: 10 }); return { total: r.total, urls: r.hits.map((h) => new URL(h.url, location.href).pathname) }; };
      window.__sbPrefetch = (p) => (Passage.prefetch ? Passage.prefetch(p) : null);
      return true; })()`,
  },
  pagefind: {
    label: 'Pagefind', root: hugoSite, url: (k) => k.hugo, enabled: hasPagefind,
    isSearch: (p) => p.startsWith('/pagefind/'),
    isCode: (p) => /\.(js|pagefind)$/.test(p),
    setup: `(async () => {
      const pf = await import('/pagefind/pagefind.js');
      window.__sbRun = async (q) => { const s = await pf.search(q); const d = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
        return { total: s.results.length, urls: d.map((x) => new URL(x.url, location.href).pathname) }; };
      window.__sbPrefetch = (p) => (p.trim() ? pf.preload(p) : null);
      return true; })()`,
  },
};
// Typed: the reader types each query a character at a time and the page prefetches for every
// prefix (Passage.prefetch, as the header box does on each keystroke; Pagefind's preload, as its
// UI does), each prefix's prefetch finishing before the next key; then the query is timed.
const TYPED = `window.__sbTyped = async (qs) => { const t = []; for (const q of qs) { for (let k = 1; k <= q.length; k++) await window.__sbPrefetch(q.slice(0, k));
  const t0 = performance.now(); await window.__sbRun(q); t.push(performance.now() - t0); } return { t }; }; true`;
const TIMER = `window.__sbTime = async (qs) => { const t = [], urls = []; for (const q of qs) { const t0 = performance.now(); const r = await window.__sbRun(q); t.push(performance.now() - t0); urls.push(r); } return { t, urls }; }; true`;

async function coldQuery(browser, tool, srv, pageUrl, q) {
  const page = await Page.open(browser);
  try {
    const mark = srv.served.length;
    await page.navigate(srv.origin + '/' + pageUrl);
    await page.idle();
    const t0 = Date.now();
    await page.eval(tool.setup, BATCH_MS);
    const r = await page.eval(`window.__sbRun(${JSON.stringify(q)})`, BATCH_MS);
    const wall = Date.now() - t0;
    await page.idle();
    let bytes = 0, code = 0, files = 0;
    const seen = [];
    for (const f of page.finished) {
      const u = new URL(f.url);
      if (u.origin !== srv.origin || !tool.isSearch(u.pathname)) continue;
      bytes += f.bytes; files++;
      if (tool.isCode(u.pathname)) code += f.bytes;
      seen.push([u.pathname, f.bytes]);
    }
    const bodies = srv.served.slice(mark).filter((s) => tool.isSearch(s.path));
    const body = bodies.reduce((a, s) => a + s.bytes, 0);
    const gz = bodies.reduce((a, s) => a + gzipSize(path.join(tool.root, s.path)), 0);
    if (page.failed.length) log(`${tool.label} cold "${q}": failed requests`, page.failed.slice(0, 3));
    return { q, bytes, code, data: bytes - code, files, body, gzip: gz, hits: r.total, wallMs: wall, loaded: seen };
  } finally {
    await page.close();
  }
}

const gzCache = new Map();
function gzipSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  return gzCache.get(file);
}

// Fills `out` as it goes ({first, repeat, pairsFirst, pairsRepeat, relevanceTimes, ranks}), so an
// interrupted run still reports what it measured.
async function warmAndRelevance(browser, tool, srv, pageUrl, warmup, sample, pairs, out) {
  const page = await Page.open(browser);
  try {
    await page.navigate(srv.origin + '/' + pageUrl);
    await page.idle();
    await page.eval(tool.setup, BATCH_MS);
    await page.eval(TIMER);
    await page.eval(`window.__sbTime(${JSON.stringify([warmup])})`, BATCH_MS);
    const timed = async (qs) => {
      const t = [], urls = [];
      for (let i = 0; i < qs.length; i += 25) {
        const r = await page.eval(`window.__sbTime(${JSON.stringify(qs.slice(i, i + 25))})`, BATCH_MS);
        t.push(...r.t); urls.push(...r.urls);
      }
      return { t, urls };
    };
    log(`${tool.label}: ${sample.length} timed known-item queries (first run in the page), then again (repeat)`);
    out.first = (await timed(sample)).t;
    out.repeat = (await timed(sample)).t;
    log(`${tool.label}: ${pairs.length} timed two-word queries, first run and repeat`);
    out.pairsFirst = (await timed(pairs.slice(1))).t;
    out.pairsRepeat = (await timed(pairs.slice(1))).t;
    log(`${tool.label}: relevance over ${known.length} known items`);
    const rel = await timed(known.map((k) => k.query));
    out.relevanceTimes = rel.t;
    out.ranks = rel.urls.map((r, i) => {
      const want = norm(tool.url(known[i]));
      const at = r.urls.slice(0, 10).findIndex((u) => norm(u) === want);
      return { rank: at < 0 ? 0 : at + 1, total: r.total };
    });
    if (page.errors.length) log(`${tool.label} page errors:`, page.errors.slice(0, 5));
  } finally {
    await page.close();
  }
  // first runs after typing, in a page of their own (nothing of these queries loaded before)
  const typed = await Page.open(browser);
  try {
    await typed.navigate(srv.origin + '/' + pageUrl);
    await typed.idle();
    await typed.eval(tool.setup, BATCH_MS);
    await typed.eval(TYPED);
    await typed.eval(`window.__sbTyped(${JSON.stringify([warmup])})`, BATCH_MS);
    log(`${tool.label}: ${sample.length} known-item queries typed (prefetch per keystroke), first run timed`);
    out.typed = [];
    for (let i = 0; i < sample.length; i += 10) {
      const r = await typed.eval(`window.__sbTyped(${JSON.stringify(sample.slice(i, i + 10))})`, BATCH_MS);
      out.typed.push(...r.t);
    }
  } finally {
    await typed.close();
  }
}

// ---- Statistics ----------------------------------------------------------------------------
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; // nearest rank
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
function relevance(ranks) {
  const by = (kind) => {
    const rs = ranks.filter((_, i) => !kind || known[i].kind === kind);
    return {
      n: rs.length,
      mrr10: rs.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / rs.length,
      s1: rs.filter((r) => r.rank === 1).length / rs.length,
      found10: rs.filter((r) => r.rank > 0).length,
      noResults: rs.filter((r) => r.total === 0).length,
    };
  };
  const out = { all: by(null) };
  for (const k of KINDS) out[k] = by(k);
  return out;
}

function dirBytes(dir, filter = () => true) {
  let total = 0, files = 0, gz = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (filter(p)) { const b = fs.statSync(p).size; total += b; files++; gz += gzipSize(p); }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { bytes: total, files, gzip: gz };
}

// ---- Main ----------------------------------------------------------------------------------
// REPORT_ONLY=1: print the report of the last run again (from its results JSON), measure nothing
if (process.env.REPORT_ONLY === '1') {
  report(JSON.parse(fs.readFileSync(path.join(OUT, `results-${PAGES}.json`), 'utf8')));
  process.exit(0);
}
const result = { pages: Number.isNaN(+PAGES) ? PAGES : +PAGES, knownItems: known.length, cold: {}, warm: {}, relevance: {}, index: {}, pagefindBuild: pfBuild, notes: [] };
let browser = null;
const servers = [];
async function cleanup() {
  if (browser) {
    const b = browser;
    browser = null;
    await b.close().catch(() => b.kill('SIGKILL'));
    fs.rmSync(path.join(OUT, 'chromium.pid'), { force: true });
  }
  for (const s of servers.splice(0)) s.server.close();
}
let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  await cleanup();
  result.loadAfter = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  fs.writeFileSync(path.join(OUT, `results-${PAGES}.json`), JSON.stringify(result, null, 1));
  report(result);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    result.error = `interrupted by ${sig} (SEARCH_TIMEOUT?); figures below are partial`;
    log(result.error);
    finish(130);
  });
}

try {
  // Index bytes
  if (hasPassage) {
    const idx = dirBytes(path.join(passageSite, 'search', LANG));
    const js = dirBytes(path.join(passageSite, 'assets', 'search'), (p) => p.endsWith('passage-search.js'));
    result.index.passage = { bytes: idx.bytes + js.bytes, files: idx.files + js.files, gzip: idx.gzip + js.gzip, code: js.bytes };
  }
  if (hasPagefind) {
    const all = dirBytes(path.join(hugoSite, 'pagefind'));
    const ui = dirBytes(path.join(hugoSite, 'pagefind'), (p) => /pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(p));
    const code = dirBytes(path.join(hugoSite, 'pagefind'), (p) => /\.(js|pagefind)$/.test(p) && !/-(ui|highlight)\.js$/.test(p));
    result.index.pagefind = { bytes: all.bytes, files: all.files, gzip: all.gzip, ui: ui.bytes, code: code.bytes };
  }

  const tools = Object.entries(TOOLS).filter(([, t]) => t.enabled);
  if (!tools.length) throw new Error('neither a Passage search index nor a Pagefind index to measure');
  if (!hasPassage) result.notes.push(`no Passage index in ${passageSite}/search/${LANG}`);
  if (!hasPagefind) result.notes.push(`Pagefind: ${pfBuild.status}${pfBuild.reason ? ' (' + pfBuild.reason + ')' : ''}`);

  browser = await launch({ executable: process.env.CHROMIUM || '/usr/bin/chromium', pidFile: path.join(OUT, 'chromium.pid') });
  result.chromium = (await browser.send('Browser.getVersion')).product;
  const pairs = coldPairs(COLD);
  result.coldQueries = pairs;
  const sample = warmSample(WARM);
  const pageOf = known[0];

  for (const [name, tool] of tools) {
    const srv = await serve(tool.root);
    servers.push(srv);
    log(`${tool.label}: ${pairs.length} cold two-word queries on ${srv.origin}/${tool.url(pageOf)}`);
    const cold = (result.cold[name] = []);
    for (const q of pairs) cold.push(await coldQuery(browser, tool, srv, tool.url(pageOf), q));
    const w = (result.warm[name] = {});
    await warmAndRelevance(browser, tool, srv, tool.url(pageOf), pairs[0] || known[0].query, sample, pairs, w);
    result.relevance[name] = { ...relevance(w.ranks), ranks: w.ranks.map((r) => r.rank) };
    delete w.ranks;
  }
} catch (e) {
  if (!finished) {
    result.error = String(e && e.stack || e);
    log('error:', result.error);
  }
}
await finish(result.error ? 1 : 0);

// ---- Report --------------------------------------------------------------------------------
function report(r) {
  const P = 'passage', F = 'pagefind';
  const mb = (b) => (b === undefined || b === null || Number.isNaN(b) ? 'n/a' : b >= 1e6 ? (b / 1e6).toFixed(2) + ' MB' : (b / 1e3).toFixed(1) + ' kB');
  const ms = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(x < 10 ? 2 : 1) + ' ms');
  const f3 = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(3));
  const pct = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : (100 * x).toFixed(1) + '%');
  const row = (label, a, b) => console.log('  ' + label.padEnd(44) + String(a).padStart(22) + String(b).padStart(22));
  const has = (t) => !!(r.cold[t] || r.index[t]);
  const pv = (t, f) => (has(t) ? f(t) : 'n/a');

  console.log('');
  console.log(`Search figures (issue 3): ${r.pages} pages, ${r.knownItems} known items; ${r.chromium || 'no browser'}; Pagefind ${r.pagefindBuild.version || 'n/a'}; load average after: ${r.loadAfter}`);
  for (const n of r.notes) console.log('  note: ' + n);
  if (r.error) console.log('  ERROR: ' + r.error.split('\n')[0]);
  row('', 'Passage', 'Pagefind');
  row('search build (s wall / peak RSS)', 'in the engine build', r.pagefindBuild.status === 'ok' ? `${r.pagefindBuild.wall.toFixed(1)} s / ${Math.round(r.pagefindBuild.rssKb / 1024)} MiB` : r.pagefindBuild.status);
  row('total index bytes (files)', pv(P, (t) => `${mb(r.index[t].bytes)} (${r.index[t].files})`), pv(F, (t) => `${mb(r.index[t].bytes)} (${r.index[t].files})`));
  row('  of which client code / UI', pv(P, (t) => mb(r.index[t].code) + ' / -'), pv(F, (t) => mb(r.index[t].code) + ' / ' + mb(r.index[t].ui)));
  row('  gzip -6 of every file', pv(P, (t) => mb(r.index[t].gzip)), pv(F, (t) => mb(r.index[t].gzip)));
  const cold = (t, f) => (r.cold[t] && r.cold[t].length ? f(r.cold[t]) : 'n/a');
  row(`cold 2-word query bytes, median (${(r.coldQueries || []).length} queries)`, cold(P, (c) => mb(median(c.map((x) => x.bytes)))), cold(F, (c) => mb(median(c.map((x) => x.bytes)))));
  row('  max', cold(P, (c) => mb(Math.max(...c.map((x) => x.bytes)))), cold(F, (c) => mb(Math.max(...c.map((x) => x.bytes)))));
  row('  median code / index data', cold(P, (c) => mb(median(c.map((x) => x.code))) + ' / ' + mb(median(c.map((x) => x.data)))), cold(F, (c) => mb(median(c.map((x) => x.code))) + ' / ' + mb(median(c.map((x) => x.data)))));
  row('  median files; gzip-served estimate', cold(P, (c) => median(c.map((x) => x.files)) + '; ' + mb(median(c.map((x) => x.gzip)))), cold(F, (c) => median(c.map((x) => x.files)) + '; ' + mb(median(c.map((x) => x.gzip)))));
  const kinds = (c) => {
    const per = {};
    c.forEach((x, i) => {
      for (const [p, b] of x.loaded || []) {
        // Passage: search/<lang>/<kind>-<gen>/<folder>/<i>.js or search/<lang>/<kind>-<hash>.js
        const shard = p.match(/\/search\/[^/]+\/([^/]+)\//);
        const base = shard ? shard[1] : p.split('/').pop();
        const k = /^passage-search\.js$/.test(base) ? 'js' : /\.pf_(\w+)$/.test(base) ? base.replace(/.*\.pf_/, '') : /\.pagefind$/.test(base) ? 'wasm'
          : /\.json$/.test(base) ? 'entry' : /\.js$/.test(base) && p.startsWith('/pagefind/') ? 'js' : base.replace(/[-.].*$/, '');
        const e = (per[k] = per[k] || c.map(() => [0, 0]));
        e[i][0] += b; e[i][1]++;
      }
    });
    return Object.entries(per).map(([k, v]) => `${k} ${mb(median(v.map((e) => e[0])))}/${median(v.map((e) => e[1]))}`);
  };
  for (const [t, label] of [[P, 'Passage'], [F, 'Pagefind']]) {
    const k = cold(t, kinds);
    if (Array.isArray(k)) console.log(`    ${label} cold files by kind, median bytes/files: ${k.join(', ')}`);
  }
  row('  median wall, page loaded -> results', cold(P, (c) => ms(median(c.map((x) => x.wallMs)))), cold(F, (c) => ms(median(c.map((x) => x.wallMs)))));
  const warm = (t, k, q) => (r.warm[t] && r.warm[t][k] ? ms(quantile(r.warm[t][k], q)) : 'n/a');
  const nWarm = r.warm[P]?.first?.length ?? r.warm[F]?.first?.length ?? 0;
  const nPairs = r.warm[P]?.pairsFirst?.length ?? r.warm[F]?.pairsFirst?.length ?? 0;
  row(`warm latency p50 / p95 (${nWarm} queries, 1st run)`, warm(P, 'first', 0.5) + ' / ' + warm(P, 'first', 0.95), warm(F, 'first', 0.5) + ' / ' + warm(F, 'first', 0.95));
  row('  same queries repeated: p50 / p95', warm(P, 'repeat', 0.5) + ' / ' + warm(P, 'repeat', 0.95), warm(F, 'repeat', 0.5) + ' / ' + warm(F, 'repeat', 0.95));
  row('  max (1st run)', warm(P, 'first', 1), warm(F, 'first', 1));
  row(`  1st run after typing, prefetch per key, p50 / p95`, warm(P, 'typed', 0.5) + ' / ' + warm(P, 'typed', 0.95), warm(F, 'typed', 0.5) + ' / ' + warm(F, 'typed', 0.95));
  row(`warm two-word queries p50 / p95 (${nPairs}), 1st run`, warm(P, 'pairsFirst', 0.5) + ' / ' + warm(P, 'pairsFirst', 0.95), warm(F, 'pairsFirst', 0.5) + ' / ' + warm(F, 'pairsFirst', 0.95));
  row('  repeated', warm(P, 'pairsRepeat', 0.5) + ' / ' + warm(P, 'pairsRepeat', 0.95), warm(F, 'pairsRepeat', 0.5) + ' / ' + warm(F, 'pairsRepeat', 0.95));
  const rel = (t, k, f) => (r.relevance[t] ? f(r.relevance[t][k]) : 'n/a');
  for (const k of ['all', ...KINDS]) {
    const n = r.relevance[P]?.[k]?.n ?? r.relevance[F]?.[k]?.n ?? 0;
    row(`MRR@10 / success@1, ${k} (${n})`, rel(P, k, (x) => f3(x.mrr10) + ' / ' + pct(x.s1)), rel(F, k, (x) => f3(x.mrr10) + ' / ' + pct(x.s1)));
  }
  row('  found in top 10 / no results at all', rel(P, 'all', (x) => `${x.found10} / ${x.noResults}`), rel(F, 'all', (x) => `${x.found10} / ${x.noResults}`));
  targets(r, mb, ms, f3);
  console.log('');
  console.log('  How: each site is served without HTTP compression from a loopback server; Chromium headless, one browser context per cold query (empty cache).');
  console.log('  Cold bytes = CDP encodedDataLength (headers included) of every search file the page fetched from navigation to results: Passage search/** and');
  console.log('  passage-search.js (loaded by every page); Pagefind pagefind/** (pagefind.js, worker, WASM, entry, meta, index chunks, 10 fragments).');
  console.log('  One query = Passage.search(q,{limit:10}) | pagefind.search(q) + data() of the first 10 results; timed with performance.now() in the page.');
  console.log('  "1st run": each query once, after one warm-up query (new term shards/chunks are fetched over loopback); "repeated": all data already in memory.');
  console.log(`  Relevance: rank of the known page in the first 10 results (Passage: first hit whose url without #anchor is the page). Raw: ${path.join(OUT, `results-${r.pages}.json`)}`);
}

// Issue 3's targets side by side. Build times come from run.sh's WORK/results-PAGES.txt
// ("name run wall cpu rss html bytes status load", one line per timed run; medians of ok runs).
function buildTimes() {
  const file = path.join(WORK, `results-${PAGES}.txt`);
  const rows = {};
  if (!fs.existsSync(file)) return { file, rows, fastest: {}, runs: {} };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8 || f[7] !== 'ok') continue;
    (rows[f[0]] = rows[f[0]] || []).push(+f[2]);
  }
  const fastest = {}, runs = {};
  for (const k of Object.keys(rows)) { fastest[k] = Math.min(...rows[k]); runs[k] = rows[k].length; rows[k] = median(rows[k]); }
  return { file, rows, fastest, runs };
}

function targets(r, mb, ms, f3) {
  const P = r.relevance.passage, F = r.relevance.pagefind;
  const line = (name, a, b, verdict) => console.log('  ' + name.padEnd(34) + String(a).padStart(24) + String(b).padStart(30) + '   ' + verdict);
  const v = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
  console.log('');
  console.log(`Issue 3 targets${r.pages === 10000 ? '' : ` (at ${r.pages} pages; the issue states them for 10,000)`}:`);
  line('target', 'Passage', 'Pagefind / Hugo+Pagefind', 'verdict');
  line('MRR@10 above Pagefind', P ? f3(P.all.mrr10) : 'n/a', F ? f3(F.all.mrr10) : 'n/a', v(P && F ? P.all.mrr10 > F.all.mrr10 : null));
  const bt = buildTimes();
  const e = bt.rows.engine, h = bt.rows.hugo, pf = r.pagefindBuild.status === 'ok' ? r.pagefindBuild.wall : undefined;
  const s = (x) => (x === undefined ? 'n/a' : x.toFixed(1) + ' s');
  line('build with search <= Hugo+Pagefind', e !== undefined ? `engine ${s(e)}${bt.runs.engine > 1 ? ' (median)' : ''}` : 'n/a', h !== undefined && pf !== undefined ? `${s(h)} + ${s(pf)} = ${s(h + pf)}` : `hugo ${s(h)}, pagefind ${s(pf)}`,
    v(e !== undefined && h !== undefined && pf !== undefined ? e <= h + pf : null) + (e === undefined || h === undefined ? ` (no build times in ${bt.file})` : ''));
  const fe = bt.fastest.engine, fh = bt.fastest.hugo;
  if (fe !== undefined && fh !== undefined && pf !== undefined && (bt.runs.engine > 1 || bt.runs.hugo > 1)) {
    line('  (fastest runs)', 'engine ' + s(fe), `${s(fh)} + ${s(pf)} = ${s(fh + pf)}`, v(fe <= fh + pf));
  }
  const ip = r.index.passage?.bytes, ipf = r.index.pagefind?.bytes;
  line('total index bytes <= Pagefind', mb(ip), mb(ipf), v(ip !== undefined && ipf !== undefined ? ip <= ipf : null));
  const cm = (t) => (r.cold[t] && r.cold[t].length ? median(r.cold[t].map((x) => x.bytes)) : undefined);
  const cp = cm('passage'), cf = cm('pagefind');
  line('cold-query bytes <= Pagefind (med.)', mb(cp), mb(cf), v(cp !== undefined && cf !== undefined ? cp <= cf : null));
  const q95 = (t, k) => (r.warm[t] && r.warm[t][k] ? quantile(r.warm[t][k], 0.95) : undefined);
  const p95 = q95('passage', 'first'), p95r = q95('passage', 'repeat'), f95 = q95('pagefind', 'first');
  line('warm p95 <= 10 ms (1st run)', ms(p95), ms(f95), v(p95 !== undefined ? p95 <= 10 : null));
  line('  (repeated queries)', ms(p95r), ms(q95('pagefind', 'repeat')), v(p95r !== undefined ? p95r <= 10 : null));
  const p2 = q95('passage', 'pairsFirst');
  line('  (two-word queries, 1st run)', ms(p2), ms(q95('pagefind', 'pairsFirst')), v(p2 !== undefined ? p2 <= 10 : null));
  const pt = q95('passage', 'typed');
  line('first run p95 <= 50 ms, typed (issue 15)', ms(pt), ms(q95('pagefind', 'typed')), v(pt !== undefined ? pt <= 50 : null));
}
