// Minimal Chrome DevTools Protocol client over --remote-debugging-pipe (no port, no WebSocket,
// no npm dependency). Used by bench.mjs; see ../README.md "Search figures (issue 3)".
//
// Chromium reads CDP messages from fd 3 and writes them to fd 4, each a JSON text ended by NUL.
// Sessions use the flat protocol (Target.attachToTarget {flatten: true}): one pipe, a sessionId
// per message.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class Browser {
  constructor(proc, profile) {
    this.proc = proc;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.stderrTail = [];
    this.closed = false;
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error(`chromium exited (${signal || code}) during ${p.method}; stderr tail:\n${this.stderrTail.join('\n')}`));
      this.pending.clear();
      resolve();
    }));
    let buf = Buffer.alloc(0);
    proc.stdio[4].on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      let nul;
      while ((nul = buf.indexOf(0)) >= 0) {
        const text = buf.subarray(0, nul).toString('utf8');
        buf = buf.subarray(nul + 1);
        this.dispatch(JSON.parse(text));
      }
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (s) => {
      for (const line of s.split('\n')) if (line.trim()) this.stderrTail.push(line);
      if (this.stderrTail.length > 30) this.stderrTail.splice(0, this.stderrTail.length - 30);
    });
  }

  dispatch(msg) {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}${msg.error.data ? ' (' + msg.error.data + ')' : ''}`));
      else p.resolve(msg.result);
      return;
    }
    for (const l of this.listeners) l(msg.method, msg.params || {}, msg.sessionId);
  }

  /** Sends a command; rejects after timeoutMs (default 60 s). */
  send(method, params = {}, sessionId = undefined, timeoutMs = 60000) {
    if (this.closed) return Promise.reject(new Error(`chromium is gone (${method})`));
    const id = this.nextId++;
    const msg = { id, method, params };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer, method });
      this.proc.stdio[3].write(JSON.stringify(msg) + '\0');
    });
  }

  on(listener) { this.listeners.add(listener); return () => this.listeners.delete(listener); }

  async close() {
    if (!this.closed) {
      try { await this.send('Browser.close', {}, undefined, 5000); } catch { /* killed below */ }
      const t = setTimeout(() => this.kill('SIGKILL'), 5000);
      await this.exited;
      clearTimeout(t);
    }
    fs.rmSync(this.profile, { recursive: true, force: true });
  }

  /** Signals chromium's whole process group (it was started as a group leader). */
  kill(signal = 'SIGTERM') {
    try { process.kill(-this.proc.pid, signal); } catch { /* already gone */ }
  }
}

/**
 * Starts headless Chromium with CDP on a pipe. Host resolution is mapped to nothing except
 * 127.0.0.1, and background services are off, so the browser only talks to our loopback servers.
 */
export async function launch({ executable = '/usr/bin/chromium', pidFile } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'passage-search-bench-'));
  const args = [
    '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-default-apps', '--disable-domain-reliability', '--disable-client-side-phishing-detection',
    '--disable-breakpad', '--metrics-recording-only', '--mute-audio', '--password-store=basic',
    '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,InterestFeedContentSuggestions',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    'about:blank',
  ];
  const proc = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  if (pidFile) fs.writeFileSync(pidFile, String(proc.pid));
  const browser = new Browser(proc, profile);
  proc.once('error', (e) => browser.stderrTail.push(String(e)));
  await browser.send('Browser.getVersion', {}, undefined, 30000);
  return browser;
}

/**
 * A page in its own browser context (own HTTP cache and storage), with Network enabled on the
 * page and on every worker it starts (auto-attach), so requests made by a search worker count.
 */
export class Page {
  static async open(browser) {
    const { browserContextId } = await browser.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(browser, browserContextId, targetId, sessionId);
    await page.init();
    return page;
  }

  constructor(browser, contextId, targetId, sessionId) {
    Object.assign(this, { browser, contextId, targetId, sessionId });
    this.sessions = new Set([sessionId]);
    this.requests = new Map(); // requestId -> {url}
    this.finished = [];        // {url, bytes, fromCache}
    this.failed = [];
    this.inflight = 0;
    this.lastActivity = Date.now();
    this.loadWaiters = [];
    this.errors = [];
    this.off = browser.on((method, p, sid) => this.event(method, p, sid));
  }

  async init() {
    const s = this.sessionId;
    await this.browser.send('Network.enable', {}, s);
    await this.browser.send('Page.enable', {}, s);
    await this.browser.send('Runtime.enable', {}, s);
    await this.browser.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, s);
  }

  event(method, p, sid) {
    if (!this.sessions.has(sid)) return;
    switch (method) {
      case 'Target.attachedToTarget': {
        const child = p.sessionId;
        this.sessions.add(child);
        const b = this.browser;
        (async () => {
          try {
            await b.send('Network.enable', {}, child);
            await b.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, child).catch(() => {});
          } catch { /* not every target has Network */ }
          await b.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => {});
        })();
        break;
      }
      case 'Network.requestWillBeSent': {
        const key = p.requestId; // a worker's script request starts on the page's session and ends on the worker's
        if (!this.requests.has(key)) this.inflight++;
        this.requests.set(key, { url: p.request.url });
        this.lastActivity = Date.now();
        break;
      }
      case 'Network.responseReceived': {
        const r = this.requests.get(p.requestId);
        const h = p.response && p.response.headers || {};
        const len = Object.keys(h).find((k) => k.toLowerCase() === 'content-length');
        if (r && len) r.contentLength = +h[len];
        break;
      }
      case 'Network.loadingFinished':
      case 'Network.loadingFailed': {
        const key = p.requestId; // a worker's script request starts on the page's session and ends on the worker's
        const r = this.requests.get(key);
        if (!r) break;
        this.requests.delete(key);
        this.inflight--;
        this.lastActivity = Date.now();
        // A dedicated worker's main script is reported with encodedDataLength = its headers only
        // (the body arrives as dataReceived with encodedDataLength 0); count its Content-Length then.
        let bytes = p.encodedDataLength;
        if (method === 'Network.loadingFinished' && r.contentLength && bytes < r.contentLength) bytes += r.contentLength;
        if (method === 'Network.loadingFinished') this.finished.push({ url: r.url, bytes });
        else this.failed.push({ url: r.url, error: p.errorText });
        break;
      }
      case 'Page.loadEventFired':
        for (const w of this.loadWaiters.splice(0)) w();
        break;
      case 'Runtime.exceptionThrown':
        this.errors.push(p.exceptionDetails && (p.exceptionDetails.exception?.description || p.exceptionDetails.text));
        break;
      case 'Runtime.consoleAPICalled':
        if (p.type === 'error' || p.type === 'warning') this.errors.push('console.' + p.type + ': ' + p.args.map((a) => a.value ?? a.description).join(' '));
        break;
      default:
    }
  }

  async navigate(url, timeoutMs = 60000) {
    const loaded = new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`load of ${url} timed out`)), timeoutMs);
      this.loadWaiters.push(() => { clearTimeout(t); resolve(); });
    });
    const r = await this.browser.send('Page.navigate', { url }, this.sessionId);
    if (r.errorText) throw new Error(`navigation to ${url} failed: ${r.errorText}`);
    await loaded;
  }

  /** Resolves once no request has been in flight for quietMs (bounded by timeoutMs). */
  async idle(quietMs = 250, timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (this.inflight <= 0 && Date.now() - this.lastActivity >= quietMs) return;
      if (Date.now() > end) throw new Error(`network not idle after ${timeoutMs} ms (${this.inflight} in flight: ${[...this.requests.values()].map((r) => r.url).slice(0, 3).join(' ')})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
  async eval(expression, timeoutMs = 120000) {
    const r = await this.browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, this.sessionId, timeoutMs);
    if (r.exceptionDetails) {
      const d = r.exceptionDetails;
      throw new Error('in page: ' + (d.exception?.description || d.text));
    }
    return r.result.value;
  }

  async close() {
    this.off();
    await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.contextId }).catch(() => {});
  }
}
