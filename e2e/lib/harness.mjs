// Shared pieces of Garita's browser tests: start the real binary with --demo on a throwaway
// SQLite file, run the draw, drive Debian's Chromium through playwright-core, take 360 px
// screenshots and run axe-core (WCAG 2.2 AA) on every page a journey visits.
import { spawn, execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

export const E2E_DIR = path.resolve(import.meta.dirname, '..');
export const REPO = path.resolve(E2E_DIR, '..');
export const GARITA_BIN = path.resolve(REPO, process.env.GARITA_BIN || 'target/debug/garita');
export const CHROMIUM = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
export const SHOTS = path.join(REPO, 'test-artifacts', 'screenshots');
export const PHOTO = path.join(E2E_DIR, 'fixtures', 'photo.png');
export const VIEWPORT = { width: 360, height: 740 };
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const TIJUANA = { latitude: 32.5149, longitude: -117.0382, accuracy: 50 };
export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Parses the demo block that `garita serve --demo` prints. */
export function parseDemo(stdout) {
  const accounts = {};
  let last = null;
  for (const line of stdout.split('\n')) {
    const acc = line.match(/^\s+([a-z_]+)\s+(\S+@\S+)\s+(\S+)(?:\s+(otpauth:\/\/\S+))?(?:\s+\(([^)]+)\))?\s*$/);
    if (acc) {
      last = { role: acc[1], email: acc[2], password: acc[3], otpauth: acc[4] ?? null, port: acc[5] ?? null };
      accounts[last.email] = last;
      continue;
    }
    const appt = line.match(/confirmed appointment (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) at (.+?); pass codes: (.+)$/);
    if (appt && last) {
      last.appointment = {
        day: appt[1], start: appt[2], port: appt[3].trim(), codes: appt[4].split(',').map((c) => c.trim()),
      };
    }
  }
  return accounts;
}

/** RFC 4648 base32 (no padding needed) to bytes. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The secret (bytes) of an `otpauth://totp/...?secret=BASE32&...` URI the demo prints. */
export function otpauthSecret(uri) {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${uri}`);
  return base32Decode(secret);
}

/** The 6-digit TOTP (RFC 6238: HMAC-SHA1, 30 s) of `secret` at `when` (a Date), as an app shows it. */
export function totp(secret, when) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(when.getTime() / 1000 / 30)));
  const h = createHmac('sha1', secret).update(counter).digest();
  const offset = h[19] & 0x0f;
  const bin = ((h[offset] & 0x7f) << 24) | (h[offset + 1] << 16) | (h[offset + 2] << 8) | h[offset + 3];
  return String(bin % 1_000_000).padStart(6, '0');
}

/**
 * The code for `account` (from the demo's otpauth URI) by the service's clock. Codes are
 * accepted once: when `used` (a Set) already holds this step's code, waits for the next step.
 */
export async function codeFor(garita, account, used = new Set()) {
  const secret = otpauthSecret(account.otpauth);
  for (;;) {
    const code = totp(secret, garita.now());
    const key = `${account.email} ${code}`;
    if (!used.has(key)) {
      used.add(key);
      return code;
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/** Signs a demo account in through the login page, typing its code when asked (staff). */
export async function signIn(page, garita, account, used = new Set()) {
  await page.goto(`${garita.url}/login`);
  await page.fill('#email', account.email);
  await page.fill('#password', account.password);
  await clickAndWait(page, page.locator('main form button[type=submit]'));
  if (new URL(page.url()).pathname === '/login/code') {
    await page.fill('#code', await codeFor(garita, account, used));
    await clickAndWait(page, page.locator('main form button[type=submit]'));
  }
}

const CYCLE_ZONE = 'America/Chicago';

/** YYYY-MM-DD of `instant` in the cycle's zone. */
function cycleDay(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CYCLE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant);
}

/**
 * Where the service's clock starts: GARITA_E2E_CLOCK_START (RFC 3339) if set, otherwise 10:00
 * in the cycle's zone on today's date there — the request window open, the draw still to come,
 * the ports' slots ahead. The journeys give the same result at whatever hour they run.
 */
export function clockStart(now = new Date()) {
  if (process.env.GARITA_E2E_CLOCK_START) return new Date(process.env.GARITA_E2E_CLOCK_START);
  const day = cycleDay(now);
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: CYCLE_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(noonUtc).find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
  return new Date(`${day}T10:00:00${offset}`);
}

/** The interpreter that has aiosmtpd (Debian's python3-aiosmtpd): GARITA_TEST_PYTHON, else /usr/bin/python3. */
const PYTHON = process.env.GARITA_TEST_PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/**
 * Reads a maildir with Python's own e-mail parser: [{to, subject, body, messageId, contentType,
 * parts}] (body decoded; parts: the content type of every part, attachments included).
 */
const READ_MAILDIR = `
import email, email.policy, json, mailbox, os, sys
out = []
for key, msg in mailbox.Maildir(sys.argv[1], factory=None, create=False).items():
    m = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    body = m.get_body(preferencelist=("plain",))
    out.append({"to": str(m["To"] or ""), "subject": str(m["Subject"] or ""),
                "body": body.get_content() if body is not None else "", "key": key,
                "messageId": str(m["Message-ID"] or ""), "contentType": m.get_content_type(),
                "parts": [p.get_content_type() for p in m.walk()],
                "at": os.path.getmtime(os.path.join(sys.argv[1], "new" if os.path.exists(os.path.join(sys.argv[1], "new", key)) else "cur", key))})
print(json.dumps(out))
`;

/**
 * A real SMTP server on a free loopback port (python3-aiosmtpd with its Mailbox handler,
 * which writes each message it accepts to a maildir).
 */
async function startSmtp(dir) {
  const port = await freePort();
  const maildir = path.join(dir, 'mail');
  const child = spawn(PYTHON, ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // Up when it accepts a connection.
  const { connect } = await import('node:net');
  for (let i = 0; ; i += 1) {
    const up = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || i > 100) {
      throw new Error(`aiosmtpd did not start (Debian: apt-get install python3-aiosmtpd)\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    maildir,
    /** Every message that arrived, oldest first. */
    async messages() {
      if (!existsSync(path.join(maildir, 'new'))) return [];
      const { stdout } = await run(PYTHON, ['-c', READ_MAILDIR, maildir]);
      return JSON.parse(stdout).sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}

/**
 * Starts `garita serve --demo` on a free loopback port with a fresh database and key; `args`
 * adds flags (e.g. `['--policy', 'cbp-2024-08']`), `start` sets where its clock starts.
 */
export async function startGarita({ args = [], start: startAt = null } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'garita-e2e-'));
  const port = await freePort();
  const smtp = await startSmtp(dir);
  const database = `sqlite://${dir}/e2e.db`;
  const secretKey = randomBytes(32).toString('hex');
  const start = startAt ?? clockStart();
  const startedAt = Date.now();
  const child = spawn(
    GARITA_BIN,
    ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--database', database, '--secret-key', secretKey,
      '--clock-start', start.toISOString(), '--smtp-url', smtp.url, '--public-url', `http://127.0.0.1:${port}`,
      // Mail leaves within 2 s rather than the default 30 s: the journeys wait for it.
      '--outbox-every-secs', '2', ...args],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GARITA_LOG: process.env.GARITA_LOG || 'warn' },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`garita did not start in 60 s\n${stdout}\n${stderr}`)), 60_000);
    child.once('error', (e) => { clearTimeout(timer); reject(new Error(`cannot run ${GARITA_BIN}: ${e.message} (build it with cargo build, or set GARITA_BIN)`)); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`garita exited (${code}) before serving\n${stdout}\n${stderr}`)); });
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.includes('Garita is serving on')) { clearTimeout(timer); resolve(); }
    });
  });
  child.removeAllListeners('exit');
  const accounts = parseDemo(stdout);
  const garita = {
    url: `http://127.0.0.1:${port}`,
    dir,
    database,
    secretKey,
    accounts,
    /** Now, by the service's clock (it started at `start` and runs at real speed). */
    now: () => new Date(start.getTime() + (Date.now() - startedAt)),
    stdout: () => stdout,
    stderr: () => stderr,
    smtp,
    /**
     * The latest message to `address` (whose body matches `pattern`, if given) that arrived
     * after the `after` messages already seen; waits for the outbox job (every 30 s) to send it.
     */
    async latestMail(address, { pattern = null, after = 0, timeoutMs = 75_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const all = (await smtp.messages()).filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
        const fresh = all.slice(after).filter((m) => !pattern || pattern.test(m.body));
        if (fresh.length > 0) return fresh[fresh.length - 1];
        if (Date.now() > deadline) throw new Error(`no mail to ${address}${pattern ? ` matching ${pattern}` : ''} in ${timeoutMs / 1000} s (${all.length} to it)`);
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    /** How many messages reached `address` so far. */
    async mailCount(address) {
      return (await smtp.messages()).filter((m) => m.to.toLowerCase().includes(address.toLowerCase())).length;
    },
    async stop() {
      smtp.stop();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return garita;
}

/** Today and tomorrow in the cycle's zone (America/Chicago) by the service's clock: a request joins one of them. */
export function drawDays(garita) {
  const now = garita.now();
  return [cycleDay(now), cycleDay(new Date(now.getTime() + 24 * 3600 * 1000))];
}

/** Runs `garita draw --force` for today and tomorrow (a day already drawn says so and is left). */
export async function runDraws(garita) {
  const out = [];
  for (const date of drawDays(garita)) {
    const { stdout, stderr } = await run(
      GARITA_BIN,
      ['draw', '--force', '--date', date, '--database', garita.database, '--secret-key', garita.secretKey,
        '--clock-start', garita.now().toISOString()],
      { cwd: REPO, env: { ...process.env, GARITA_LOG: 'warn' } },
    );
    out.push(`${date}: ${stdout.trim()} ${stderr.trim()}`.trim());
  }
  return out;
}

/** Chromium with a fresh profile directory, 360×740 like a small phone. */
export async function openBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM_PATH)`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'garita-e2e-chromium-'));
  // Chromium keeps the real wall clock even when the suites run under faketime (it stalls on
  // a faked one); the service's clock is what the journeys depend on.
  const env = Object.fromEntries(Object.entries(process.env)
    .filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    env,
    executablePath: CHROMIUM,
    headless: true,
    args: CHROME_FLAGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: true,
    serviceWorkers: 'allow',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects screenshots and axe results of one journey; `assertClean` fails with every violation. */
export class Journey {
  constructor(name) {
    this.name = name;
    this.violations = [];
    this.checked = [];
    this.step = 0;
    mkdirSync(SHOTS, { recursive: true });
  }

  /** Screenshot (whole page at 360 px) and axe-core for the page as it is now. */
  async visit(page, step) {
    this.step += 1;
    const label = `${this.name}-${String(this.step).padStart(2, '0')}-${step}`;
    await page.screenshot({ path: path.join(SHOTS, `${label}.png`), fullPage: true });
    await this.axe(page, label);
    await this.overflow(page, label);
    await this.focusVisible(page, label);
    return label;
  }

  /** Tabs through the page: every element that takes keyboard focus must show it. */
  async focusVisible(page, label, max = 80) {
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    const seen = new Set();
    const hidden = [];
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        // Visible: an outline of 2 px or more with 3:1 contrast against what is around the
        // element (WCAG 1.4.11), or a box shadow.
        const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
          .reduce((a, v, k) => a + v * [0.2126, 0.7152, 0.0722][k], 0);
        let bg = [255, 255, 255];
        for (let e = el.parentElement; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { bg = c; break; }
        }
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
        const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && ratio(rgb(cs.outlineColor), bg) >= 3;
        const shown = outline || cs.boxShadow !== 'none';
        const path = [];
        for (let e = el; e && e !== document.body; e = e.parentElement) {
          path.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`);
        }
        return { key: path.join('>') + [...el.parentElement.children].indexOf(el), shown, html: el.outerHTML.slice(0, 120) };
      });
      if (!f || seen.has(f.key)) break;
      seen.add(f.key);
      if (!f.shown) hidden.push(f.html);
    }
    await page.evaluate(() => document.activeElement?.blur());
    if (hidden.length > 0) {
      const url = new URL(page.url());
      this.violations.push({ page: `${label} ${url.pathname}`, id: 'focus-visible', impact: 'serious', help: 'Keyboard focus must be visible', nodes: hidden.map((h) => ({ target: '', html: h, summary: '' })) });
    }
  }

  /** A 360 px phone must not scroll sideways: names the elements that stick out. */
  async overflow(page, label) {
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      const out = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
        if (r.width === 0 || (rtl ? r.left >= -0.5 : r.right <= width + 0.5)) continue;
        let scroller = el.parentElement;
        while (scroller && scroller !== document.body && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
        if (scroller && scroller !== document.body) continue; // inside a scrolling box: fine
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(r.left)}..${Math.round(r.right)} px)`);
        if (out.length >= 8) break;
      }
      return [`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...out];
    });
    if (found.length > 0) {
      const url = new URL(page.url());
      this.violations.push({ page: `${label} ${url.pathname}`, id: 'horizontal-overflow', impact: 'layout', help: found[0], nodes: found.slice(1).map((t) => ({ target: t, html: '', summary: '' })) });
    }
  }

  async axe(page, label) {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern (a
    // <script> tag, or eval() from the page, would be refused).
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async ({ tags }) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
      }));
    }, { tags: WCAG_TAGS });
    const url = new URL(page.url());
    this.checked.push(`${label} ${url.pathname}${url.search}`);
    for (const v of result) this.violations.push({ page: `${label} ${url.pathname}`, ...v });
    return result;
  }

  /** Keeps what the page showed when a step failed: test-artifacts/<journey>-failure.{png,html}. */
  async failure(page) {
    const base = path.join(SHOTS, '..', `${this.name}-failure`);
    await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => {});
    await page.content().then((html) => writeFileSync(`${base}.html`, `<!-- ${page.url()} -->\n${html}`)).catch(() => {});
  }

  report() {
    return this.violations
      .map((v) => `${v.page}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary?.replace(/\n/g, '\n      ')}`).join('\n')}`)
      .join('\n');
  }
}

/** Clicks something that submits a form or follows a link and waits for the next page. */
export async function clickAndWait(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

/** The first link in a message's body that goes to `pathPrefix` on this site. */
export function linkIn(mail, garita, pathPrefix) {
  const found = mail.body.match(new RegExp(`${garita.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${pathPrefix}\\S+`));
  if (!found) throw new Error(`no ${pathPrefix} link in: ${mail.body}`);
  return found[0];
}

/**
 * Verifies `address` the way its owner would: opens the link of the verification mail and
 * presses the page's button (opening the link alone changes nothing).
 */
export async function verifyEmail(page, garita, address) {
  const mail = await garita.latestMail(address, { pattern: /\/account\/verify\// });
  await page.goto(linkIn(mail, garita, '/account/verify/'));
  await clickAndWait(page, page.locator('main form button[type=submit]'));
}

export function uniqueEmail(tag) {
  return `e2e-${tag}-${randomBytes(4).toString('hex')}@example.org`;
}
