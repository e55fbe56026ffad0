// Save-to-reload of a live preview, as a writer sees it (issue 13): a page is open in headless
// Chromium; each save rewrites its Markdown file and the clock runs from the write until the
// browser fires the load event of the reloaded page, which must show the new text.
//
//   node preview.mjs URL FILE [SAVES] [LABEL]
//
// Prints one JSON line: {label, saves, median, p90, max, ms: [...]}. Uses the bench's own CDP
// client (search/cdp.mjs): no npm package.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { launch, Page } from './search/cdp.mjs';

const [url, file, savesArg = '20', label = url] = process.argv.slice(2);
const saves = Number(savesArg);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const original = fs.readFileSync(file, 'utf8');
const browser = await launch();
const times = [];
try {
  const page = await Page.open(browser);
  await page.navigate(url);
  await sleep(1000); // the page's event stream (or web socket) is open
  for (let i = 0; i < saves; i++) {
    const marker = `Preview benchmark save ${i + 1} of ${saves}.`;
    const loaded = new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`save ${i + 1}: no reload within 15 s`)), 15000);
      page.loadWaiters.push(() => { clearTimeout(t); resolve(); });
    });
    const t0 = performance.now();
    fs.writeFileSync(file, original + `\n\n${marker}\n`);
    await loaded;
    const ms = performance.now() - t0;
    const shows = await page.eval(`document.body.textContent.includes(${JSON.stringify(marker)})`);
    if (!shows) throw new Error(`save ${i + 1}: the reloaded page does not show the edit`);
    times.push(Math.round(ms));
    await sleep(400); // let the reloaded page reconnect, as between a writer's saves
  }
} finally {
  fs.writeFileSync(file, original);
  await browser.close();
}
const sorted = [...times].sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
console.log(JSON.stringify({ label, saves: times.length, median: q(0.5), p90: q(0.9), max: sorted[sorted.length - 1], ms: times }));
