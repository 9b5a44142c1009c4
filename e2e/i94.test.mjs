// A provisional I-94 in a browser (Spanish): María applies for her family of three (each filled
// in from her group, passport and Border Crossing Card typed — the third one's passport read
// from its two machine-readable lines, without script), submits and reads that the fee is not
// refunded; the receipt then opens offline after one visit, like the pass; the San Ysidro
// officer finds the application by its number in the console's I-94 tab, records the payment
// made at the port and admits the three; María's "Mis I-94" then shows the admit-until date in
// Spanish. axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn } from './lib/harness.mjs';

/** YYYY-MM-DD of `instant` in the Pacific zone (San Ysidro's day). */
function pacificDay(instant, plusDays = 0) {
  const d = new Date(instant.getTime() + plusDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d);
}

/** ICAO 9303 check digit of a machine-readable-zone field. */
function checkDigit(field) {
  const value = (c) => (c === '<' ? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  return String([...field].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3], 0) % 10);
}

/** A passport's two TD3 lines (Mexican, female, born 14 March 1985, expiring 30 June 2032). */
function passportZone(number, family, given) {
  const pad = (s, n) => (s + '<'.repeat(n)).slice(0, n);
  const line1 = pad(`P<MEX${family.replace(/ /g, '<')}<<${given.replace(/ /g, '<')}`, 44);
  const no = pad(number, 9);
  const part1 = no + checkDigit(no);
  const part2 = '850314' + checkDigit('850314');
  const personal = '<'.repeat(14);
  const part3 = '320630' + checkDigit('320630') + personal + checkDigit(personal);
  const line2 = `${part1}MEX${part2}F${part3}${checkDigit(part1 + part2 + part3)}`;
  return `${line1}\n${line2}`;
}

test('provisional I-94 (es)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const traveler = await openBrowser({ locale: 'es' });
  const officerBrowser = await openBrowser({ locale: 'en' });
  const { page } = traveler;
  const o = officerBrowser.page;
  const j = new Journey('i94');
  const url = (p) => garita.url + p;
  const maria = garita.accounts['maria@garita.test'];
  const officer = garita.accounts['officer.san-ysidro@garita.test'];
  assert.ok(maria && officer, `María and the San Ysidro officer are printed:\n${garita.stdout()}`);
  try {
    await signIn(page, garita, maria);
    await page.goto(url('/i94?lang=es'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.match(await page.locator('h1').innerText(), /Mis I-94/);
    await j.visit(page, 'mine-empty');

    await page.selectOption('#port_id', 'san-ysidro');
    await page.fill('#arrival_date', pacificDay(garita.now(), 1));
    await clickAndWait(page, page.locator('main form[action="/i94"] button[type=submit]'));
    const submission = new URL(page.url()).pathname;
    assert.match(submission, /^\/i94\/[A-Za-z0-9_-]+$/);
    await j.visit(page, 'draft');

    const passports = ['G11110001', 'G11110002', 'G11110003'];
    const members = await page.locator('main ul li a[href*="member="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(members.length, 3, 'María\'s three group members are offered');
    for (const [i, href] of members.entries()) {
      await page.goto(url(href));
      assert.notEqual(await page.locator('#family_name').inputValue(), '', 'filled in from the group');
      if (i === 2) {
        // The passport's two lines fill its fields (a form post: no script needed). A misread
        // character is named on the box first.
        const zone = passportZone(passports[i], 'GARCIA LOPEZ', 'LUCIA');
        await page.locator('details.zone-box summary').click();
        await page.fill('#mrz', zone.replace(passports[i], 'G11110008'));
        await clickAndWait(page, page.locator('#zone-form button[type=submit]'));
        assert.match(await page.locator('#mrz-error').innerText(), /dígito de control/);
        await page.fill('#mrz', zone);
        await clickAndWait(page, page.locator('#zone-form button[type=submit]'));
        assert.equal(await page.locator('#zone-read').count(), 1, 'the form says it was filled in');
        assert.equal(await page.locator('#passport_number').inputValue(), passports[i]);
        assert.equal(await page.locator('#passport_expiry').inputValue(), '2032-06-30');
        assert.equal(await page.locator('#passport_country').inputValue(), 'MX');
        assert.equal(await page.locator('#family_name').inputValue(), 'GARCIA LOPEZ');
        assert.equal(await page.locator('#date_of_birth').inputValue(), '1985-03-14');
        assert.equal(await page.locator('#add-form input[name=sex][value=F]').isChecked(), true);
        await j.visit(page, 'passport-zone-read');
      } else {
        await page.check(`#add-form input[name=sex][value=${i === 1 ? 'M' : 'F'}]`);
        await page.fill('#passport_number', passports[i]);
        await page.fill('#passport_expiry', '2032-06-30');
      }
      await page.selectOption('#document_kind', 'bcc');
      await page.fill('#visa_number', `BCC${passports[i]}`);
      await page.selectOption('#visa_class', 'B1/B2-BCC');
      await page.fill('#visa_expiry', '2033-06-30');
      await page.fill('#us_address', 'San Diego, CA');
      await page.selectOption('#purpose', 'family');
      if (i === 0) {
        // A passport that expires before the trip: shown beside the field, nothing saved.
        await page.fill('#passport_expiry', pacificDay(garita.now()));
        await clickAndWait(page, page.locator('#add-form button[type=submit]'));
        assert.match(await page.locator('#passport_expiry-error').innerText(), /pasaporte/i);
        await j.visit(page, 'field-error');
        await page.fill('#passport_expiry', '2032-06-30');
      }
      await clickAndWait(page, page.locator('#add-form button[type=submit]'));
      assert.equal(new URL(page.url()).pathname, submission);
    }
    assert.match(await page.locator('#i94-people').innerText(), /3 personas/);
    assert.match(await page.locator('main').innerText(), /no se reembolsa/, 'no refund, said before paying');
    await j.visit(page, 'three-people');
    await clickAndWait(page, page.locator(`main form[action="${submission}/submit"] button`));
    assert.match(await page.locator('.i94-status').innerText(), /Pendiente de pago/);
    const numbers = await page.locator('main tbody td strong').allInnerTexts();
    assert.equal(numbers.length, 3);
    await j.visit(page, 'receipt');

    // Offline, like the pass: after this one visit the receipt opens without a network, with
    // the application numbers, the names and until when it is valid.
    const names = await page.locator('main tbody td bdi').allInnerTexts();
    const validity = await page.locator('.i94-status').innerText();
    assert.match(validity, /\d{4}/, `the receipt says until when: ${validity}`);
    await page.waitForFunction(async (p) => Boolean(await caches.match(p)), submission, { timeout: 15_000 });
    await traveler.context.setOffline(true);
    try {
      const response = await page.reload().catch((e) => assert.fail(`offline reload failed: ${e.message.split('\n')[0]}`));
      assert.ok(response?.fromServiceWorker(), 'served by the service worker');
      assert.deepEqual(await page.locator('main tbody td strong').allInnerTexts(), numbers, 'the numbers offline');
      assert.deepEqual(await page.locator('main tbody td bdi').allInnerTexts(), names, 'the names offline');
      assert.equal(await page.locator('.i94-status').innerText(), validity, 'valid-until offline');
      await j.visit(page, 'receipt-offline');
    } finally {
      await traveler.context.setOffline(false);
    }

    // The officer, at the port: find by number, record the payment, admit each.
    await signIn(o, garita, officer);
    await o.goto(url('/console'));
    await clickAndWait(o, o.locator('a[href="/console/i94"]'));
    await o.fill('#application_number', numbers[1].toLowerCase());
    await clickAndWait(o, o.locator('main form button[type=submit]'));
    await j.visit(o, 'console-found');
    await clickAndWait(o, o.locator(`main a[href="/console/i94${submission.slice('/i94'.length)}"]`));
    await o.fill('#receipt_number', 'SY-2026-0042');
    await clickAndWait(o, o.locator('main form[action$="/payment"] button'));
    await j.visit(o, 'console-paid');
    const until = pacificDay(garita.now(), 180);
    for (let i = 0; i < 3; i += 1) {
      const form = o.locator('main form[action$="/decision"]').first();
      await form.locator('input[name=class_of_admission]').fill('B2');
      await form.locator('input[name=admit_until]').fill(until);
      await form.locator('input[name=fingerprints_taken]').check();
      await clickAndWait(o, form.locator('button[type=submit]'));
    }
    assert.equal(await o.locator('main form[action$="/decision"]').count(), 0, 'all three decided');
    await j.visit(o, 'console-admitted');

    // Back with María: "Mis I-94" says until when each may stay, in Spanish.
    await page.goto(url('/i94?lang=es'));
    const mine = await page.locator('main').innerText();
    const spanishDate = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${until}T12:00:00Z`));
    assert.ok(mine.includes(spanishDate), `admit-until in Spanish (${spanishDate}):\n${mine}`);
    assert.match(mine, /Quedan 1[78]\d días/);
    assert.equal((mine.match(/Admitida/g) || []).length, 3);
    await j.visit(page, 'mine-admitted');

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
    t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
  } catch (e) {
    await j.failure(page);
    await j.failure(o);
    throw e;
  } finally {
    await traveler.close();
    await officerBrowser.close();
    await garita.stop();
  }
});
