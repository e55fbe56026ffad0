// Quick known-item relevance and latency of Passage's search client in node, without Chromium:
//   node known.mjs SITE KNOWN_ITEMS_TSV [CLIENT_JS]
// Loads the exported index of SITE (search/en) the way the browser does (injected shard scripts,
// here read from disk), runs every known-item query with Passage.search(q, {limit: 10}) and prints
// MRR@10 / success@1 by kind, then times the same queries again (all data in memory).
// For fast iteration on ranking and for profiling (node --cpu-prof known.mjs ...); the figures
// to report come from ../search_bench.sh, which runs the real browser.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [site, knownPath, clientArg] = process.argv.slice(2);
if (!site || !knownPath) { console.error('usage: node known.mjs SITE KNOWN_ITEMS_TSV [CLIENT_JS]'); process.exit(2); }
// the site's own client, assembled by its build (SearchClient.java)
const client = clientArg || path.join(site, 'assets/search/passage-search.js');
const limit = +(process.env.LIMIT || 10);
const only = process.env.KIND || '';

// A minimal document: script elements are "loaded" by evaluating the file on a later microtask.
const pending = [];
const flush = () => {
  while (pending.length) {
    const el = pending.shift();
    let text;
    try { text = fs.readFileSync(path.join(site, el.src.substring('ROOT/'.length)), 'utf8'); } catch (e) { el.onerror && el.onerror(e); continue; }
    vm.runInThisContext(text);
    el.onload && el.onload();
  }
};
globalThis.self = globalThis;
globalThis.window = globalThis;
globalThis.document = {
  documentElement: { lang: 'en', getAttribute: (n) => (n === 'lang' ? 'en' : null) },
  head: { appendChild: (el) => { pending.push(el); Promise.resolve().then(flush); } },
  createElement: (tag) => ({ tagName: tag }),
  querySelector: (sel) => (sel.indexOf('passage-root') >= 0 ? { getAttribute: () => 'ROOT/' } : null),
  getElementById: () => null,
  addEventListener: () => {},
  readyState: 'complete',
};
vm.runInThisContext(fs.readFileSync(client, 'utf8'), { filename: client });

const lines = fs.readFileSync(knownPath, 'utf8').split('\n').filter((l) => l.trim());
const header = lines.shift().split('\t');
const col = (n) => header.indexOf(n);
const known = lines.map((l) => { const f = l.split('\t'); return { query: f[col('query')], kind: f[col('kind')], url: f[col('passage_url')] }; })
  .filter((k) => !only || k.kind === only).slice(0, +(process.env.N || Infinity));
const norm = (u) => String(u).replace(/^ROOT\//, '').replace(/#.*$/, '').replace(/(^|\/)index\.html$/, '$1');

const t0 = performance.now();
await Passage.search(known[0].query, { limit });
const tOpen = performance.now() - t0;
const first = [], repeat = [], ranks = [];
for (const k of known) {
  const s = performance.now();
  const r = await Passage.search(k.query, { limit });
  first.push(performance.now() - s);
  const at = r.hits.findIndex((h) => norm(h.url) === norm(k.url));
  ranks.push({ kind: k.kind, rank: at < 0 ? 0 : at + 1, total: r.total, query: k.query });
}
for (const k of known) {
  const s = performance.now();
  await Passage.search(k.query, { limit });
  repeat.push(performance.now() - s);
}
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]; };
const rel = (kind) => {
  const rs = ranks.filter((r) => !kind || r.kind === kind);
  return `${(rs.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / rs.length).toFixed(3)} / ${(100 * rs.filter((r) => r.rank === 1).length / rs.length).toFixed(1)}% (${rs.length})`;
};
console.log(`MRR@10 / success@1: all ${rel('')}; title ${rel('title')}; sentence ${rel('sentence')}`);
console.log(`latency ms: open ${tOpen.toFixed(1)}; 1st run p50/p95/max ${q(first, 0.5).toFixed(2)} / ${q(first, 0.95).toFixed(2)} / ${q(first, 1).toFixed(2)}; ` +
  `repeated ${q(repeat, 0.5).toFixed(2)} / ${q(repeat, 0.95).toFixed(2)} / ${q(repeat, 1).toFixed(2)}`);
if (process.env.MISSES) {
  for (const r of ranks) if (r.rank !== 1) console.log(`  ${r.kind} rank ${r.rank} of ${r.total}: ${r.query}`);
}
