// Page weight: every page a traveler sees, with its stylesheet and scripts, must come to at most
// 15 KB over the wire (compressed as a browser asks: br, gzip). Photos are the traveler's own
// content and are listed apart. Logged in as the demo traveler María (three members with photos
// and a confirmed appointment, so the group and pass pages are at their fullest).
import assert from 'node:assert/strict';
import http from 'node:http';
import { test } from 'node:test';
import { startGarita } from './lib/harness.mjs';

const BUDGET = 15 * 1024;

function get(url, { cookies, method = 'GET', body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { 'accept-encoding': 'br, gzip', accept: 'text/html,*/*', 'accept-language': 'en' };
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const req = http.request(url, { method, headers }, (res) => {
      for (const c of res.headers['set-cookie'] ?? []) {
        const [kv] = c.split(';');
        const i = kv.indexOf('=');
        cookies.set(kv.slice(0, i), kv.slice(i + 1));
      }
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function text(res) {
  const zlib = await import('node:zlib');
  const enc = res.headers['content-encoding'];
  if (enc === 'br') return zlib.brotliDecompressSync(res.raw).toString();
  if (enc === 'gzip') return zlib.gunzipSync(res.raw).toString();
  return res.raw.toString();
}

test('every traveler page weighs at most 15 KB compressed with its CSS and scripts', { timeout: 60_000 }, async (t) => {
  const garita = await startGarita();
  try {
    const cookies = new Map();
    const maria = garita.accounts['maria@garita.test'];
    const pages = [
      ['/?lang=en', false], ['/ports', false], ['/wait-times', false], ['/login', false], ['/register', false],
      ['/no-such-page', false],
    ];
    const mine = [
      '/group', '/group/members/new', '/appointment', '/appointment/request', '/appointment/pass',
    ];
    const rows = [];
    const assets = new Map();
    const measure = async (path) => {
      const res = await get(garita.url + path, { cookies });
      const html = await text(res);
      assert.ok(res.status < 500, `${path}: HTTP ${res.status}`);
      let total = res.raw.length;
      const extra = [];
      for (const [, src] of html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)) {
        if (!assets.has(src)) {
          const a = await get(garita.url + src, { cookies: new Map() });
          assert.equal(a.status, 200, src);
          assets.set(src, a.raw.length);
        }
        total += assets.get(src);
        extra.push(`${src} ${assets.get(src)}`);
      }
      const photos = [...html.matchAll(/<img [^>]*src="([^"]+\/photo)"/g)].map((m) => m[1]);
      let photoBytes = 0;
      for (const src of photos) photoBytes += (await get(garita.url + src, { cookies })).raw.length;
      rows.push({ path, status: res.status, html: res.raw.length, total, extra, photos: photos.length, photoBytes });
      return html;
    };
    for (const [path] of pages) await measure(path);

    // Log in as María through the form.
    const form = await text(await get(`${garita.url}/login`, { cookies }));
    const csrf = form.match(/name="csrf_token" value="([^"]+)"/)[1];
    const login = await get(`${garita.url}/login`, {
      cookies,
      method: 'POST',
      body: new URLSearchParams({ csrf_token: csrf, email: maria.email, password: maria.password, next: '' }).toString(),
    });
    assert.equal(login.status, 303, 'logged in');
    for (const path of mine) await measure(path);

    const lines = rows.map((r) => `${r.path.padEnd(22)} ${String(r.status).padEnd(4)} html ${String(r.html).padStart(5)} B  with CSS/JS ${String(r.total).padStart(5)} B` +
      `${r.photos ? `  (+ ${r.photos} photos, ${r.photoBytes} B)` : ''}`);
    for (const l of lines) t.diagnostic(l);
    const over = rows.filter((r) => r.total > BUDGET);
    assert.deepEqual(over.map((r) => `${r.path} ${r.total} B`), [], `over ${BUDGET} B:\n${lines.join('\n')}`);
  } finally {
    await garita.stop();
  }
});
