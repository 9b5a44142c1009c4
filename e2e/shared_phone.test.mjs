// A phone shared by several travelers: the offline pass belongs to the one who kept it. It is
// forgotten when that traveler logs out, when another traveler signs in, or on request ("don't
// keep on this phone") — but not when the session merely expires, as a family waiting overnight
// without data must still open its pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, clickAndWait } from './lib/harness.mjs';

const PASS = '/appointment/pass';

test('a shared phone forgets the offline pass at the right moments', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { context, page } = browser;
  const url = (p) => garita.url + p;
  const maria = garita.accounts['maria@garita.test'];
  const jean = garita.accounts['jean@garita.test'];
  assert.ok(maria?.appointment, 'the demo prints María with a confirmed appointment');
  assert.ok(jean, 'the demo prints Jean');

  async function logIn(account) {
    await page.goto(url('/login'));
    await page.fill('#email', account.email);
    await page.fill('#password', account.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.notEqual(new URL(page.url()).pathname, '/login', `${account.email} is signed in`);
  }

  /** Opens the pass page online and waits until the service worker has kept it. */
  async function keepPass() {
    await page.goto(url(PASS));
    assert.equal(await page.locator('main article.pass').count(), 3, 'María’s three passes');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForFunction(async (p) => Boolean(await caches.match(p)), PASS);
    // The photos too (pass.js stores the page and its parts in one go).
    await page.waitForFunction(async () => {
      const imgs = [...document.querySelectorAll('img.pass-photo')];
      const hits = await Promise.all(imgs.map((i) => caches.match(i.getAttribute('src'))));
      return hits.every(Boolean);
    });
  }

  /** What opens at the pass's address with the network off: the number of María's passes shown. */
  async function passesOffline() {
    await context.setOffline(true);
    try {
      const response = await page.goto(url(PASS)).catch(() => null);
      if (!response || !response.ok()) return 0;
      const text = await page.locator('main').textContent().catch(() => '');
      if (!text.includes(maria.appointment.codes[0])) return 0;
      return page.locator('main article.pass').count();
    } finally {
      await context.setOffline(false);
    }
  }

  /** Whether anything of the pass (page or photos) is left in the device's caches. */
  async function anythingKept() {
    await page.goto(url('/ports'));
    return page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((r) => /\/appointment\/pass|\/photo$/.test(new URL(r.url).pathname))) return true;
      }
      return false;
    });
  }

  try {
    await t.test('a session that merely expires keeps the pass', async () => {
      await logIn(maria);
      await keepPass();
      assert.equal(await passesOffline(), 3, 'kept after one visit');
      // The session ends on its own (the cookie is gone, as after its expiry); nobody logged out.
      const cookies = await context.cookies(garita.url);
      const session = cookies.find((c) => c.name.endsWith('garita-session'));
      assert.ok(session, `a session cookie (${cookies.map((c) => c.name).join(', ')})`);
      await context.clearCookies({ name: session.name });
      assert.equal(await passesOffline(), 3, 'still opens offline after the session expired');
      // Online, the pass now asks to log in; the kept copy is left alone.
      await page.goto(url(PASS));
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.equal(await passesOffline(), 3, 'still opens offline after a visit without a session');
    });

    await t.test('logging out forgets the pass', async () => {
      await logIn(maria);
      await keepPass();
      await page.goto(url('/appointment'));
      await clickAndWait(page, page.locator('form[action="/logout"] button'));
      assert.equal(await passesOffline(), 0, 'the pass no longer opens offline after logout');
      assert.equal(await anythingKept(), false, 'no page or photo of the pass left');
    });

    await t.test('another traveler signing in forgets the first one’s pass', async () => {
      await logIn(maria);
      await keepPass();
      // Jean signs in on the same phone without María logging out first.
      await logIn(jean);
      assert.equal(await passesOffline(), 0, 'María’s pass does not open for the next traveler');
      assert.equal(await anythingKept(), false, 'no page or photo of María’s pass left');
    });

    await t.test('"don\'t keep on this phone" forgets the pass and keeps it forgotten', async () => {
      await logIn(maria);
      await keepPass();
      const forget = page.locator('main form[action="/appointment/pass/forget"] button');
      assert.equal(await forget.count(), 1, 'the pass page offers not to keep it');
      await clickAndWait(page, forget);
      assert.equal(new URL(page.url()).pathname, PASS);
      assert.equal(await page.locator('main article.pass').count(), 3, 'still shown online');
      // Give the page's script a moment: it must not store the pass again.
      await page.waitForTimeout(500);
      assert.equal(await anythingKept(), false, 'nothing kept after "don\'t keep"');
      assert.equal(await passesOffline(), 0, 'the pass no longer opens offline');
      // And it can be kept again.
      await page.goto(url(PASS));
      const keep = page.locator('main form[action="/appointment/pass/keep"] button');
      assert.equal(await keep.count(), 1, 'the pass page offers to keep it again');
      await clickAndWait(page, keep);
      await keepPass();
      assert.equal(await passesOffline(), 3, 'kept again');
    });
  } finally {
    await browser.close();
    await garita.stop();
  }
});
