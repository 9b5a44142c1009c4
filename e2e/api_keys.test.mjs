// API keys in a browser (English): the demo bus line's manager signs in (password, then the
// code of the authenticator app), creates a key and sees it once, uses it with fetch against
// /api/v1/organisation/whoami, revokes it after the confirmation page, and sees the next call
// refused. axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn } from './lib/harness.mjs';

/** Calls whoami from the page with `key` as the bearer token: { status, body }. */
async function whoami(page, key) {
  return page.evaluate(async (k) => {
    const res = await fetch('/api/v1/organisation/whoami', {
      headers: { Authorization: `Bearer ${k}`, 'Accept-Language': 'en' },
    });
    return { status: res.status, body: await res.json() };
  }, key);
}

test('API keys journey (en)', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'en' });
  const { page } = browser;
  const j = new Journey('api-keys');
  const url = (p) => garita.url + p;
  const manager = garita.accounts['manager.bus@garita.test'];
  assert.ok(manager?.otpauth, `the demo bus line's manager is printed with a second factor:\n${garita.stdout()}`);
  try {
    await signIn(page, garita, manager);
    assert.notEqual(new URL(page.url()).pathname, '/login/code', 'signed in with the code');

    await page.goto(url('/organisation/api-keys?lang=en'));
    assert.equal(new URL(page.url()).pathname, '/organisation/api-keys');
    await j.visit(page, 'list-empty');

    // Only what a bus line may hold is offered.
    const offered = await page.locator('input[name=permissions]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(offered.sort(), ['manifests:write', 'organisation:read']);

    // A name is required: refused, nothing made.
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(await page.locator('.error-summary').count(), 1, 'a key without a name is refused');
    await j.visit(page, 'create-error');

    await page.fill('#name', 'Ticketing system');
    await page.check('input[name=permissions][value="organisation:read"]');
    await page.selectOption('#expires_in_days', '30');
    const [created] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.locator('main form button[type=submit]').click(),
    ]);
    assert.equal(created.headers()['cache-control'], 'no-store', 'the page with the key is never cached');
    const key = await page.locator('#api-key').inputValue();
    assert.match(key, /^gk_live_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    assert.equal(await page.locator('[role=alert]').count(), 1, 'a warning says it is shown once');
    await j.visit(page, 'created');

    // Back on the list: the prefix, never the key.
    await page.goto(url('/organisation/api-keys'));
    const listed = await page.locator('main').innerText();
    assert.ok(listed.includes(key.slice(0, 16)), 'listed by its prefix');
    assert.ok(!listed.includes(key), 'the key is shown once only');
    await j.visit(page, 'list');

    // The key works from a script.
    const ok = await whoami(page, key);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.organisation.kind, 'bus_line');
    assert.equal(ok.body.caller.key_prefix, key.slice(0, 16));

    // Revoke: a confirmation page, then the key stops at its next request.
    await clickAndWait(page, page.locator('main table a[href$="/revoke"]').first());
    assert.match(new URL(page.url()).pathname, /^\/organisation\/api-keys\/[^/]+\/revoke$/);
    await j.visit(page, 'revoke-confirm');
    await clickAndWait(page, page.locator('main form button.danger'));
    assert.equal(new URL(page.url()).pathname, '/organisation/api-keys');
    assert.equal(await page.locator('main table a[href$="/revoke"]').count(), 0, 'nothing left to revoke');
    await j.visit(page, 'list-revoked');

    const refused = await whoami(page, key);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.code, 'api-key-revoked');
    assert.match(refused.body.detail, /revoked/);

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
    t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
  } catch (e) {
    await j.failure(page);
    throw e;
  } finally {
    await browser.close();
    await garita.stop();
  }
});
