// A query from the URL: opens SITE/search.html?q=… from file:// in a fresh browser context (empty
// cache) for each of the first N known-item queries, and times navigation start -> the first
// result on the page (a MutationObserver installed before any script runs). Prints p50 / p95.
//   node resultspage.mjs SITE KNOWN_ITEMS_TSV [N]
import fs from 'node:fs';
import path from 'node:path';
import { launch, Page } from './cdp.mjs';

const [site, knownPath, nArg] = process.argv.slice(2);
const N = +(nArg || 30);
const queries = fs.readFileSync(knownPath, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]).slice(0, N);
const WATCH = `window.__firstResult = 0; new MutationObserver((m, o) => { if (document.querySelector('#search-page .search-result')) { window.__firstResult = performance.now(); o.disconnect(); } })
  .observe(document, { childList: true, subtree: true });`;
const browser = await launch({ executable: process.env.CHROMIUM || '/usr/bin/chromium' });
const times = [];
try {
  for (const q of queries) {
    const page = await Page.open(browser);
    try {
      await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH }, page.sessionId);
      await page.navigate('file://' + path.resolve(site, 'search.html') + '?q=' + encodeURIComponent(q));
      const t = await page.eval(`new Promise((resolve) => { const t0 = performance.now(); (function wait() { if (window.__firstResult || performance.now() - t0 > 20000) resolve(window.__firstResult); else setTimeout(wait, 5); })(); })`);
      times.push(t);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const s = [...times].sort((a, b) => a - b), q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
console.log(`results page from file://, navigation -> first result: p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (${s.length} queries)`);
