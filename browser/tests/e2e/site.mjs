// The loopback web site of the end-to-end tests: a login page that sets an HttpOnly session
// cookie, a page with download links, and files served only with that cookie and with that page
// as the referrer. It records every request. The browser's own request for a file (it carries
// Sec-Fetch-Dest; Ferry's do not) is either held after the first bytes, so the browser can never
// finish it, or served in full (the case where Ferry is not reachable).
import crypto from 'node:crypto';
import http from 'node:http';

export class Site {
  constructor() {
    this.session = crypto.randomBytes(16).toString('hex');
    this.files = new Map(); // name → { body, etag }
    this.requests = [];
    this.browserGetsAll = false;
    this.expired = new Set(); // tokens that now get 403
    this.cutFirst = new Set(); // tokens whose first Ferry request ends half-way
    this.links = [];
    this.server = http.createServer((req, res) => this.serve(req, res));
    this.held = new Set();
  }

  addFile(name, size) {
    const body = crypto.randomBytes(size);
    const etag = `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    this.files.set(name, { body, etag });
    return crypto.createHash('sha256').update(body).digest('hex');
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${this.server.address().port}`;
  }

  async stop() {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  fileRequests(name, { fromBrowser } = {}) {
    return this.requests.filter((r) => r.path.split('?')[0] === `/files/${name}`
      && (fromBrowser === undefined || r.fromBrowser === fromBrowser));
  }

  serve(req, res) {
    const url = new URL(req.url, this.origin);
    const fromBrowser = 'sec-fetch-dest' in req.headers;
    this.requests.push({ path: req.url, headers: req.headers, fromBrowser });
    if (url.pathname === '/login') {
      res.setHeader('Set-Cookie', `sid=${this.session}; HttpOnly; Path=/; SameSite=Lax`);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>Login</title><a id="page" href="/page">Continue</a>');
      return;
    }
    if (url.pathname === '/page') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      const links = this.links.map(([id, href]) => `<p><a id="${id}" href="${href}">${id}</a></p>`).join('');
      res.end(`<!doctype html><title>Files</title>${links}`);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 404;
      res.end();
      return;
    }
    const name = url.pathname.startsWith('/files/') ? url.pathname.slice(7) : '';
    const file = this.files.get(name);
    const token = url.searchParams.get('token') ?? '';
    const allowed = req.headers.cookie?.split(/;\s*/).includes(`sid=${this.session}`)
      && req.headers.referer === `${this.origin}/page` && !this.expired.has(token);
    if (!file || !allowed) {
      res.statusCode = file ? 403 : 404;
      res.end('no');
      return;
    }
    const total = file.body.length;
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', file.etag);
    res.setHeader('Content-Type', 'application/octet-stream');
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    let from = 0;
    if (range && (!req.headers['if-range'] || req.headers['if-range'] === file.etag)) {
      from = Number(range[1]);
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${from}-${total - 1}/${total}`);
    }
    res.setHeader('Content-Length', total - from);
    if (fromBrowser && !this.browserGetsAll) {
      // Enough for the browser to start its download, never enough to finish it.
      res.write(file.body.subarray(0, 64 * 1024));
      this.held.add(res);
      res.on('close', () => this.held.delete(res));
      return;
    }
    if (!fromBrowser && this.cutFirst.has(token)) {
      this.cutFirst.delete(token);
      this.expired.add(token); // the retry finds the link expired
      res.write(file.body.subarray(0, Math.floor(total / 2)), () => res.destroy());
      return;
    }
    res.end(file.body.subarray(from));
  }
}
