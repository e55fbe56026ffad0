// Opens the unzipped offline bundle in Firefox from file:// with the network cut off (every
// request is sent to a proxy at a closed port), uses navigation, the case-study filters, search
// and the print view, and prints what it saw as JSON. Driven with puppeteer-core over WebDriver
// BiDi, which Firefox speaks itself: no geckodriver. Usage: node firefox-offline.cjs STICK_DIR
const puppeteer = require('puppeteer-core');

const stick = process.argv[2];
const visible = () => [...document.querySelectorAll('#cs-list > li')].filter(li => !li.hidden && li.offsetParent !== null).length;

(async () => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
      'network.proxy.socks': '127.0.0.1', 'network.proxy.socks_port': 9,
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const out = {steps: {}, requests: [], errors: []};
  try {
    const page = await browser.newPage();
    page.on('request', r => out.requests.push(r.url()));
    page.on('pageerror', e => out.errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') out.errors.push(m.text()); });

    // Double-click on index.html: the language chooser leads to the English home page.
    await page.goto('file://' + stick + '/index.html');
    await page.waitForFunction(() => location.href.endsWith('/en/index.html'), {timeout: 15000});
    out.steps.home = page.url();

    // Navigation: the sidebar to the case studies.
    await Promise.all([page.waitForNavigation(), page.click("nav.sidebar a[href$='case-studies/index.html']")]);
    out.steps.caseStudies = page.url();

    // Filters: one country.
    const all = await page.evaluate(visible);
    await page.select('select[data-filter=country]', 'NPL');
    await page.waitForFunction(n => [...document.querySelectorAll('#cs-list > li')].filter(li => !li.hidden && li.offsetParent !== null).length < n, {timeout: 15000}, all);
    out.steps.cards = [all, await page.evaluate(visible)];
    out.steps.hash = await page.evaluate(() => location.hash);

    // The print view of the case studies' page (the whole guide, at that chapter), and back.
    const listing = page.url();
    await Promise.all([page.waitForNavigation(), page.click('a.print-link')]);
    out.steps.print = page.url();
    out.steps.chapters = await page.$$eval('.print-chapter', c => c.length);
    await page.goto(listing);

    // Search from the header, then open the first hit (which may be a term page, in no print view).
    await page.type('#search-input', 'remittance costs');
    await page.waitForSelector('#search-popup [role=option]', {timeout: 15000});
    out.steps.options = await page.$$eval('#search-popup [role=option]', o => o.length);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    out.steps.hit = page.url();
    out.steps.hitTitle = await page.$eval('main h1', h => h.textContent.trim());

  } catch (e) {
    out.errors.push('script: ' + (e && e.stack || e));
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(out));
})();
