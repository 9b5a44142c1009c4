// The second factor in a browser: an officer signs in with the code of the authenticator app
// (computed here from the otpauth URI the demo printed); the same code is refused a second
// time; a traveler turns two-step sign-in on and later signs in with a recovery code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  startGarita, openBrowser, Journey, clickAndWait, codeFor, otpauthSecret, totp, uniqueEmail, signIn,
} from './lib/harness.mjs';

test('second factor journey (en)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'en' });
  const { page } = browser;
  const j = new Journey('second-factor');
  const url = (p) => garita.url + p;
  const officer = garita.accounts['officer.nogales@garita.test'] ?? garita.accounts['officer.san-ysidro@garita.test'];
  assert.ok(officer?.otpauth?.startsWith('otpauth://totp/Garita:'), `the demo prints the officer's otpauth URI:\n${garita.stdout()}`);
  assert.equal(garita.accounts['maria@garita.test'].otpauth, null, 'travelers have no factor to print');
  const submit = () => clickAndWait(page, page.locator('main form button[type=submit]'));
  const logOut = () => clickAndWait(page, page.locator('form[action="/logout"] button'));
  try {
    // The officer: password, then the code.
    await page.goto(url('/login?lang=en'));
    await page.fill('#email', officer.email);
    await page.fill('#password', officer.password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/login/code');
    await j.visit(page, 'code');
    const code = await codeFor(garita, officer);
    await page.fill('#code', code);
    await submit();
    assert.equal(await page.locator('.error-summary').count(), 0, 'signed in with the code');
    await page.goto(url('/console'));
    assert.equal(new URL(page.url()).pathname, '/console', 'the console opens');

    // The same code again, after signing out: refused.
    await logOut();
    await page.goto(url('/login'));
    await page.fill('#email', officer.email);
    await page.fill('#password', officer.password);
    await submit();
    await page.fill('#code', code);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/login/code', 'a used code does not sign in');
    assert.equal(await page.locator('.error-summary').count(), 1, 'and says why');
    await j.visit(page, 'code-reused');
    await page.goto(url('/console'));
    assert.notEqual(new URL(page.url()).pathname, '/console', 'no session from a reused code');

    // A traveler turns it on, keeps the recovery codes, and signs in with one.
    await page.context().clearCookies();
    const email = uniqueEmail('2fa');
    const password = 'a long harmless passphrase for e2e';
    await page.goto(url('/register?lang=en'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/register/sent', 'registering signs nobody in');
    await signIn(page, garita, { email, password });
    assert.equal(new URL(page.url()).pathname, '/group');
    await page.goto(url('/account/second-factor'));
    await j.visit(page, 'account-off');
    await clickAndWait(page, page.locator('main a[href="/account/second-factor/setup"]'));
    await j.visit(page, 'setup');
    assert.equal(await page.locator('main .qr svg').count(), 1, 'a QR code to scan');
    const uri = await page.locator('#second-factor-uri').getAttribute('href');
    const secret = otpauthSecret(uri);
    assert.equal(
      (await page.locator('#second-factor-secret').textContent()).replace(/\s+/g, ''),
      new URL(uri).searchParams.get('secret'),
      'the key to type by hand is the URI\'s',
    );
    await page.fill('#code', totp(secret, garita.now()));
    await submit();
    await j.visit(page, 'recovery-codes');
    const recovery = await page.locator('main .recovery-codes .code').allTextContents();
    assert.equal(recovery.length, 10, 'ten recovery codes, shown once');
    await page.goto(url('/account/second-factor'));
    assert.match(await page.locator('#second-factor-status').textContent(), /is on/);
    await j.visit(page, 'account-on');

    await logOut();
    await page.goto(url('/login'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/login/code', 'the traveler is asked for a code now');
    await page.fill('#code', recovery[0].toUpperCase());
    await submit();
    assert.equal(new URL(page.url()).pathname, '/group', 'a recovery code signs in');
    await page.goto(url('/account/second-factor'));
    assert.match(await page.locator('main').textContent(), /9 recovery codes left/);

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
