// Getting back in, in a browser: a new traveler confirms the address from the mail read off a
// real SMTP server (aiosmtpd), forgets the password, asks for a reset (the page answers the same
// for an address without an account), follows the link in the mail, chooses a new password and
// signs in with it; the old password and the used link no longer work. axe-core on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  startGarita, openBrowser, Journey, clickAndWait, uniqueEmail, verifyEmail, signIn, linkIn,
} from './lib/harness.mjs';

test('password reset through the mail (en)', { timeout: 240_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'en' });
  const { page } = browser;
  const j = new Journey('recovery');
  const url = (p) => garita.url + p;
  const submit = () => clickAndWait(page, page.locator('main form button[type=submit]'));
  const email = uniqueEmail('reset');
  const password = 'a long harmless passphrase for e2e';
  const fresh = 'a brand new passphrase after the reset';
  try {
    await page.goto(url('/register?lang=en'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/register/sent');
    await j.visit(page, 'check-email');
    await verifyEmail(page, garita, email);
    await j.visit(page, 'verified');

    // Forgotten: from the login page's link.
    await page.goto(url('/login'));
    await clickAndWait(page, page.locator('main a[href="/account/reset"]'));
    await j.visit(page, 'reset-ask');
    await page.fill('#email', email);
    const before = await garita.mailCount(email);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/account/reset/sent');
    const known = await page.locator('main').innerText();
    await j.visit(page, 'reset-sent');
    // An address without an account reads exactly the same.
    await page.goto(url('/account/reset'));
    await page.fill('#email', uniqueEmail('nobody'));
    await submit();
    assert.equal(new URL(page.url()).pathname, '/account/reset/sent');
    assert.equal(await page.locator('main').innerText(), known);

    const mail = await garita.latestMail(email, { pattern: /\/account\/reset\//, after: before });
    assert.match(mail.subject, /password/i);
    const link = linkIn(mail, garita, '/account/reset/');
    await page.goto(link);
    await j.visit(page, 'reset-form');
    await page.fill('#new_password', 'short');
    await submit();
    assert.equal(await page.locator('.error-summary').count(), 1, 'the policy holds');
    await page.fill('#new_password', fresh);
    await submit();
    assert.equal(await page.locator('main h1').innerText(), 'Password changed');
    await j.visit(page, 'reset-done');

    // The old password no longer works; the new one does.
    await page.goto(url('/login'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/login');
    await signIn(page, garita, { email, password: fresh });
    assert.equal(new URL(page.url()).pathname, '/group');

    // The link was for once.
    const again = await page.goto(link);
    assert.equal(again.status(), 410);
    await j.visit(page, 'link-used');

    // And the person is told the password changed.
    const told = await garita.latestMail(email, { pattern: /password/i, after: before + 1 });
    assert.ok(told, 'a "password changed" message arrived');

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
