// Never losing an appointment silently, in a browser: removing someone after selection asks
// first and says what would be lost (and "no" keeps everything); cancelling asks first and the
// status page then says what happened; declining an offer changes nothing until confirmed; and
// a pass kept on the phone shows as invalid offline once the appointment was cancelled.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  startGarita, runDraws, openBrowser, Journey, clickAndWait, PHOTO, TIJUANA, SHOTS,
} from './lib/harness.mjs';

const PASS = '/appointment/pass';

test('destructive actions ask first, say what is lost, and the offline pass follows', { timeout: 240_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { context, page } = browser;
  const url = (p) => garita.url + p;
  const j = new Journey('appointment-safety');
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(maria?.appointment, 'the demo prints María with a confirmed appointment');

  async function logIn(account) {
    await page.goto(url('/login?lang=en'));
    await page.fill('#email', account.email);
    await page.fill('#password', account.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.notEqual(new URL(page.url()).pathname, '/login', `${account.email} is signed in`);
  }

  const main = () => page.locator('main').innerText();

  try {
    await t.test('removing someone after selection asks first; "no" keeps everything', async () => {
      await logIn(maria);
      // Keep the pass on this phone (as the journey at the port relies on).
      await page.goto(url(`${PASS}?lang=en`));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.waitForFunction(async (p) => Boolean(await caches.match(p)), PASS);
      assert.match(await main(), /Checked on/);

      await page.goto(url('/group'));
      const cards = await page.locator('main .card').count();
      assert.equal(cards, 3, 'María’s group of three');
      const remove = page.locator('main form[action$="/delete"] button').last();
      await clickAndWait(page, remove);
      const text = await main();
      assert.match(text, /What you will lose/);
      assert.match(text, /Its 3 places go to other people/);
      assert.match(text, /The passes of this appointment stop working/);
      assert.match(text, /keeps its waiting time/);
      // The appointment's time as English writes it ("8:30 AM"), with the port's zone in words.
      const [hh, mm] = maria.appointment.start.split(':').map(Number);
      const clock = new RegExp(`\\b${hh % 12 || 12}:${String(mm).padStart(2, '0')}\\s${hh < 12 ? 'AM' : 'PM'} Pacific Time\\b`);
      assert.match(text, clock, `the appointment's time is named: ${text}`);
      assert.doesNotMatch(text, /America\//, 'no IANA id');
      await j.visit(page, 'remove-confirm');

      await clickAndWait(page, page.locator('main a.button[href="/group"]'));
      assert.equal(new URL(page.url()).pathname, '/group');
      assert.equal(await page.locator('main .card').count(), 3, 'nobody removed');
      await page.goto(url('/appointment'));
      assert.equal(await page.locator('main a.button[href="/appointment/pass"]').count(), 1, 'still confirmed');
    });

    await t.test('cancelling asks first, then the status page says what happened', async () => {
      await page.goto(url('/appointment'));
      await clickAndWait(page, page.locator('main form[action$="/cancel"] button'));
      let text = await main();
      assert.match(text, /Cancel your appointment\?/);
      assert.match(text, /your waiting time starts over/);
      await j.visit(page, 'cancel-confirm');
      // Nothing happened yet.
      await page.goto(url('/appointment'));
      assert.equal(await page.locator('main a.button[href="/appointment/pass"]').count(), 1, 'not cancelled by the first step');

      await clickAndWait(page, page.locator('main form[action$="/cancel"] button'));
      await clickAndWait(page, page.locator('main form button.danger'));
      assert.equal(new URL(page.url()).pathname, '/appointment');
      text = await main();
      assert.match(text, /You cancelled your appointment of/);
      assert.doesNotMatch(text, /You were not selected/);
      await j.visit(page, 'cancelled');
    });

    await t.test('the kept pass shows as invalid offline after the cancellation', async () => {
      // Pages opened online make the worker check the kept pass; wait for it to be marked.
      await page.goto(url('/ports'));
      await page.waitForFunction(async (p) => {
        const kept = await caches.match(p);
        return kept && (await kept.text()).includes('data-pass-valid="no"');
      }, PASS, { timeout: 15_000 });
      await context.setOffline(true);
      try {
        const response = await page.goto(url(PASS)).catch(() => null);
        assert.ok(response?.ok(), 'the kept copy opens offline');
        assert.equal(await page.locator('main .pass-invalid').isVisible(), true, 'it says it is no longer valid');
        assert.equal(await page.locator('main article.pass').first().isVisible(), false, 'no code to show at the port');
        await page.screenshot({ path: `${SHOTS}/appointment-safety-offline-invalid.png`, fullPage: true });
      } finally {
        await context.setOffline(false);
      }
      await page.goto(url('/appointment'));
      await clickAndWait(page, page.locator('form[action="/logout"] button'));
    });

    await t.test('declining an offer changes nothing until confirmed', async () => {
      // Aziz (demo, one person, no request yet) asks for an appointment.
      const aziz = garita.accounts['aziz@garita.test'];
      assert.ok(aziz, 'the demo prints Aziz');
      await logIn(aziz);
      await page.goto(url('/group'));
      if (await page.locator('main img.member-photo').count() === 0) {
        const photo = page.locator('main .card form.photo-form').first();
        await photo.locator('input[type=file]').setInputFiles(PHOTO);
        await clickAndWait(page, photo.locator('button[type=submit]'));
      }
      await page.goto(url('/appointment/request'));
      await page.selectOption('#port_1', 'san-ysidro');
      await page.fill('#latitude', String(TIJUANA.latitude));
      await page.fill('#longitude', String(TIJUANA.longitude));
      await page.fill('#accuracy', String(TIJUANA.accuracy));
      // The form's own button, not the town search's.
      await clickAndWait(page, page.locator('main form button[type=submit]:not([name=find_city])'));
      assert.equal(new URL(page.url()).pathname, '/appointment', `after the request: ${page.url()}`);
      const draws = await runDraws(garita);
      await page.reload();
      const decline = page.locator('main form[action$="/cancel"] button');
      assert.equal(await decline.count(), 1, `an offer after the draw (${draws.join('; ')})`);

      await clickAndWait(page, decline);
      const text = await main();
      assert.match(text, /Decline this appointment\?/);
      assert.match(text, /keeps its waiting time/);
      await j.visit(page, 'decline-confirm');
      await clickAndWait(page, page.locator('main a.button[href="/appointment"]'));
      assert.equal(await page.locator('main form[action$="/confirm"] button').count(), 1, 'still offered');

      await clickAndWait(page, page.locator('main form[action$="/cancel"] button'));
      await clickAndWait(page, page.locator('main form button.danger'));
      assert.match(await main(), /You declined your appointment of/);
      await j.visit(page, 'declined');
    });

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
  } finally {
    await browser.close();
    await garita.stop();
  }
});
