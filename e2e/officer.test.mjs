// An officer's day at San Ysidro in a browser (English): log in, check in María's family by one
// of their pass codes, decide identity and outcome for each person, look at wait times and
// capacity; then the admin's audit trail. axe-core on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, codeFor, signIn } from './lib/harness.mjs';

test('officer journey (en)', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'en' });
  const { page } = browser;
  const j = new Journey('officer');
  const url = (p) => garita.url + p;
  const officer = garita.accounts['officer.san-ysidro@garita.test'];
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(officer, `the demo officer of San Ysidro is printed:\n${garita.stdout()}`);
  assert.ok(maria?.appointment?.codes?.length >= 2, `María's pass codes are printed:\n${garita.stdout()}`);
  try {
    // Public pages first.
    await page.goto(url('/?lang=en'));
    await j.visit(page, 'home');
    await page.goto(url('/wait-times'));
    await j.visit(page, 'wait-times');
    await page.goto(url('/wait-times/san-ysidro'));
    await j.visit(page, 'wait-times-port');

    // Log in: once wrong (error state), then right.
    await page.goto(url('/login'));
    await j.visit(page, 'login');
    await page.fill('#email', officer.email);
    await page.fill('#password', 'not the right password');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(await page.locator('.error-summary').count(), 1, 'a wrong password is refused');
    await j.visit(page, 'login-error');
    await page.fill('#email', officer.email);
    await page.fill('#password', officer.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(await page.locator('.error-summary').count(), 0, 'the password is right');
    // Then the code of the authenticator app (computed from the otpauth URI the demo printed).
    assert.equal(new URL(page.url()).pathname, '/login/code', 'staff are asked for their code');
    await j.visit(page, 'login-code');
    await page.fill('#code', await codeFor(garita, officer));
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(await page.locator('.error-summary').count(), 0, 'logged in');

    // The day at the port, and a check-in by pass code.
    await page.goto(url('/console'));
    assert.equal(new URL(page.url()).pathname, '/console');
    await j.visit(page, 'console');
    await page.fill('#code', maria.appointment.codes[1]);
    await clickAndWait(page, page.locator('main form[action="/console/check-in"] button[type=submit]'));
    assert.match(new URL(page.url()).pathname, /^\/console\/appointments\/[^/]+$/, `the check-in view: ${page.url()}`);
    const people = page.locator('main section.card');
    const count = await people.count();
    assert.equal(count, maria.appointment.codes.length, 'one section per member');
    const photos = await page.locator('main img.pass-photo').evaluateAll((imgs) => imgs.map((i) => i.complete && i.naturalWidth > 0));
    assert.deepEqual(photos, photos.map(() => true), 'every photo is shown');
    await j.visit(page, 'check-in');

    // Identity confirmed and an outcome for each person, by a person.
    const outcomes = ['paroled-nta', 'processed-other', 'paroled-nta'];
    for (let i = 0; i < count; i += 1) {
      const section = page.locator('main section.card').nth(i);
      await section.locator('input[type=radio][value="confirmed"]').check();
      await section.locator('select[name=outcome]').selectOption(outcomes[i % outcomes.length]);
      await clickAndWait(page, section.locator('button[type=submit]'));
      assert.equal(await page.locator('.error-summary').count(), 0, `decision ${i + 1} recorded`);
    }
    if (!/^\/console\/appointments\//.test(new URL(page.url()).pathname)) await page.goBack();
    const checked = await page.locator('main input[type=radio][value="confirmed"]').evaluateAll((r) => r.map((e) => e.checked));
    assert.deepEqual(checked, checked.map(() => true), 'identity recorded as confirmed for everyone');
    await j.visit(page, 'check-in-decided');

    await page.goto(url('/console'));
    await j.visit(page, 'console-after');
    await page.goto(url(`/console?port=san-ysidro&q=${encodeURIComponent('María')}`));
    await j.visit(page, 'console-search');

    await page.goto(url('/console/capacity'));
    assert.equal(new URL(page.url()).pathname, '/console/capacity');
    await j.visit(page, 'capacity');

    const wt = await page.goto(url('/console/wait-times'));
    if (wt.status() !== 404) {
      await j.visit(page, 'console-wait-times');
      const form = page.locator('main form[method=post]');
      if (await form.count()) {
        // A status without its figures is refused, then the full report is kept.
        await form.locator('select').first().selectOption({ index: 1 });
        await clickAndWait(page, form.locator('button[type=submit]'));
        if (await page.locator('.error-summary').count()) {
          await j.visit(page, 'console-wait-times-errors');
          const lane = page.locator('main form[method=post] fieldset').first();
          const figures = lane.locator('input[type=text]');
          await figures.nth(0).fill('4');
          await figures.nth(1).fill('35');
          await clickAndWait(page, page.locator('main form[method=post] button[type=submit]'));
        }
        assert.equal(await page.locator('.wt-saved').count(), 1, 'the wait-time report is saved');
        await j.visit(page, 'console-wait-times-saved');
        await page.goto(url('/wait-times/san-ysidro'));
        await j.visit(page, 'wait-times-port-after');
      }
    }

    // The admin: audit trail and the port chooser.
    await page.context().clearCookies();
    const admin = garita.accounts['admin@garita.test'];
    await page.goto(url('/?lang=en'));
    await signIn(page, garita, admin);
    await page.goto(url('/admin/audit'));
    assert.equal((await page.goto(url('/admin/audit'))).status(), 200);
    await j.visit(page, 'admin-audit');
    await page.goto(url('/console'));
    await j.visit(page, 'admin-console');
    if ((await page.goto(url('/console/wait-times'))).status() !== 404) await j.visit(page, 'admin-wait-times');

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
