// Where a first-run query's time goes in headless Chromium: per query, the total and each
// shard load (request to decoded payload) and the network part of it (Resource Timing), for the
// first N known items after one warm-up query. PROFILE=file.cpuprofile records the page's CPU.
//   node probe.mjs SITE KNOWN_ITEMS_TSV [N]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, Page } from './cdp.mjs';

const [site, knownPath, nArg] = process.argv.slice(2);
const N = +(nArg || 40);
const known = fs.readFileSync(knownPath, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const server = http.createServer((req, res) => {
  const file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  fs.readFile(file, (e, body) => {
    if (e) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html', 'Cache-Control': 'max-age=600' }).end(body);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launch({ executable: process.env.CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await Page.open(browser);
  await page.navigate(`http://127.0.0.1:${server.address().port}/${known[0][3]}`);
  await page.idle();
  await page.eval(`(async () => {
    performance.setResourceTimingBufferSize(100000);
    const idx = await Passage.searchInternals.openIndex(new URL('./', document.querySelector('meta[name="passage-root"]') ? new URL(document.querySelector('meta[name="passage-root"]').content, location.href) : location.href).href.replace(location.origin, '') && (document.querySelector('meta[name="passage-root"]').content.replace(/\\/?$/, '/')), 'en');
    const proto = Object.getPrototypeOf(idx), load = proto.load;
    window.__loads = [];
    proto.load = function (file, name, kind, dict) { const t0 = performance.now(); return load.call(this, file, name, kind, dict).then((r) => { __loads.push([name, t0, performance.now()]); return r; }); };
    await Passage.search('migration data', { limit: 10 });
    return true; })()`);
  const qs = known.slice(1, N + 1).map((k) => k[0]);
  const send = (method, params = {}) => browser.send(method, params, page.sessionId);
  if (process.env.PROFILE) { await send('Profiler.enable'); await send('Profiler.setSamplingInterval', { interval: 200 }); await send('Profiler.start'); }
  const out = await page.eval(`(async () => { const rows = [];
    for (const q of ${JSON.stringify(qs)}) { __loads = []; const t0 = performance.now(); await Passage.search(q, { limit: 10 }); const t = performance.now() - t0;
      const net = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0).map((e) => (e.startTime - t0).toFixed(1) + '>' + (e.responseEnd - t0).toFixed(1)).join(' ');
      performance.clearResourceTimings();
      rows.push({ t, loads: __loads.map(([k, a, b]) => k + ' ' + (a - t0).toFixed(1) + '-' + (b - t0).toFixed(1)).join(', ') + ' || net ' + net }); }
    return rows; })()`, 600000);
  if (process.env.PROFILE) fs.writeFileSync(process.env.PROFILE, JSON.stringify((await send('Profiler.stop')).profile));
  for (const r of out) console.log(r.t.toFixed(1).padStart(7), ' ', r.loads);
  const ts = out.map((r) => r.t).sort((a, b) => a - b);
  console.log('p50', ts[Math.floor(ts.length / 2)].toFixed(1), 'p95', ts[Math.floor(ts.length * 0.95)].toFixed(1));
} finally {
  await browser.close();
  server.close();
}
