// Selected → the e-mail arrives in Spanish (issue 11 item 4): a traveler whose account speaks
// Spanish asks for an appointment, the draw selects the group, and the "selected" message
// reaches the real SMTP server (aiosmtpd) in Spanish, with the deadline to confirm and the
// port's zone in words, a Message-ID, and nothing that is only for the traveler's eyes (no pass
// codes, names or photos: "sign in to see"). The notifications page then lists it. axe-core on
// every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  startGarita, runDraws, openBrowser, Journey, clickAndWait, uniqueEmail, verifyEmail, signIn,
  PHOTO, TIJUANA, REPO,
} from './lib/harness.mjs';

/** A message of a catalog (its first line: the subjects are one line). */
function catalog(lang, id) {
  const text = readFileSync(path.join(REPO, 'locales', lang, 'notifications.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in locales/${lang}/notifications.ftl`);
  return line.slice(id.length + 3).trim();
}

const NAME = 'Rosa Elena Martínez';

test('selected: the e-mail arrives in Spanish, then the notifications page lists it', { timeout: 150_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('mail-es');
  const url = (p) => garita.url + p;
  const submit = () => clickAndWait(page, page.locator('main form button[type=submit]'));
  const email = uniqueEmail('mail');
  const password = 'a long harmless passphrase for e2e';
  try {
    // Registered from the Spanish pages: the account's language is Spanish.
    await page.goto(url('/register?lang=es'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await submit();
    assert.equal(new URL(page.url()).pathname, '/register/sent');
    await j.visit(page, 'check-email');
    await verifyEmail(page, garita, email);
    await signIn(page, garita, { email, password });
    assert.equal(new URL(page.url()).pathname, '/group', `after signing in: ${page.url()}`);

    // One member, with a photo.
    await page.goto(url('/group/members/new'));
    await page.fill('#full_name', NAME);
    await page.fill('#date_of_birth', '1990-05-01');
    await page.selectOption('#citizenship', 'GT');
    await page.selectOption('#language', 'es');
    await submit();
    assert.equal(new URL(page.url()).pathname, '/group');
    const photo = page.locator('main .card form.photo-form').first();
    await photo.locator('input[type=file]').setInputFiles(PHOTO);
    await clickAndWait(page, photo.locator('button[type=submit]'));
    assert.equal(await page.locator('main img.member-photo').count(), 1);
    await j.visit(page, 'group');

    // The request, from Tijuana, for San Ysidro.
    await page.goto(url('/appointment/request'));
    await page.selectOption('#port_1', 'san-ysidro');
    await page.fill('#latitude', String(TIJUANA.latitude));
    await page.fill('#longitude', String(TIJUANA.longitude));
    await page.fill('#accuracy', String(TIJUANA.accuracy));
    await clickAndWait(page, page.locator('main form button[type=submit]:not([name=find_city])'));
    assert.equal(new URL(page.url()).pathname, '/appointment', `after the request: ${page.url()}`);
    await j.visit(page, 'waiting');

    // The draw, as the daily job runs it; the outbox sends within seconds.
    const before = await garita.mailCount(email);
    const draws = await runDraws(garita);
    const sentAfter = Date.now();
    const subject = catalog('es', 'notification-selected-subject');
    assert.notEqual(subject, catalog('en', 'notification-selected-subject'), 'the Spanish catalog has its own subject');
    const mail = await garita.latestMail(email, { after: before, timeoutMs: 30_000 })
      .catch((e) => assert.fail(`${e.message} (draws: ${draws.join('; ')})`));
    t.diagnostic(`the message arrived ${((Date.now() - sentAfter) / 1000).toFixed(1)} s after the draw`);

    await t.test('the message is in Spanish, with the deadline and the zone in words', async () => {
      assert.equal(mail.subject, subject);
      assert.match(mail.body, /^Su grupo recibió una cita en San Ysidro\b.* el \d{1,2} de \p{L}+ de \d{4} a las /u, mail.body);
      const deadline = mail.body.match(/Confírmela antes del (.+?) o los lugares/)?.[1];
      assert.ok(deadline, `the deadline to confirm: ${mail.body}`);
      // San Ysidro's zone, named as people say it, never as an IANA id.
      assert.match(deadline, /hora del Pacífico$/, deadline);
      assert.match(mail.body, /a las .+ hora del Pacífico\./, 'the appointment\'s time with its zone');
      assert.doesNotMatch(mail.body, /America\/|UTC|GMT/);
      // The page says the same deadline (the request came from Baja California: Pacific too).
      await page.goto(url('/appointment'));
      const onPage = await page.locator('main .deadline').innerText();
      assert.ok(onPage.includes(deadline), `the page's deadline "${onPage}" is the mail's "${deadline}"`);
      await j.visit(page, 'offered');
    });

    await t.test('nothing but "sign in to see": no codes, names or photos', async () => {
      assert.match(mail.body, new RegExp(`Inicie sesión para ver los detalles: ${garita.url.replace(/[.]/g, '\\.')}\\b`));
      assert.match(mail.body, /nunca contiene códigos de pase ni nombres/);
      assert.match(mail.messageId, /^<[^<>@\s]+@[^<>@\s]+>$/, `a Message-ID: ${mail.messageId}`);
      assert.equal(mail.contentType, 'text/plain', 'plain text, nothing attached');
      assert.deepEqual(mail.parts, ['text/plain']);
      for (const word of [NAME, ...NAME.split(' ')]) {
        assert.ok(!mail.body.includes(word) && !mail.subject.includes(word), `the member's name (${word}) is not in the message`);
      }
      assert.doesNotMatch(mail.body, /data:image|\.png|\.jpe?g|\/photos?\//i, 'no photo');
      // The codes exist once confirmed: none of them was in the message.
      await page.goto(url('/appointment'));
      await clickAndWait(page, page.locator('main form[action$="/confirm"] button'));
      assert.equal(new URL(page.url()).pathname, '/appointment/pass', `after confirming: ${page.url()}`);
      const codes = (await page.locator('main strong.code').allInnerTexts()).map((c) => c.trim());
      assert.equal(codes.length, 1, 'one pass');
      for (const code of codes) {
        const bare = code.replace(/[^0-9A-Z]/g, '');
        assert.ok(!mail.body.replace(/[^0-9A-Z]/g, '').includes(bare), `the pass code ${code} is not in the message`);
      }
      await j.visit(page, 'pass');
    });

    await t.test('the notifications page lists the message: kind, channel, time, status', async () => {
      await clickAndWait(page, page.locator('a[href="/notifications"]').first());
      assert.equal(new URL(page.url()).pathname, '/notifications');
      const row = page.locator('main table tbody tr').filter({ hasText: catalog('es', 'notification-kind-selected') });
      // Marked sent once the SMTP server accepted it (a moment after it arrived).
      const sent = catalog('es', 'notification-status-sent');
      for (let i = 0; i < 20 && (await row.count() !== 1 || !(await row.innerText()).includes(sent)); i += 1) {
        await new Promise((r) => setTimeout(r, 500));
        await page.reload();
      }
      assert.equal(await row.count(), 1, 'the "selected" message is listed once');
      const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
      assert.equal(cells.length, 4);
      const [kind, channel, when, status] = cells;
      assert.equal(kind, 'Selección');
      assert.equal(channel, catalog('es', 'notification-channel-email'));
      assert.equal(status, sent);
      // The time, in Spanish, with the cycle's zone in words.
      assert.match(when, /^\d{1,2} de \p{L}+ de \d{4} a las \d{1,2}:\d{2}\s?[ap]\.\s?m\. hora \p{L}+$/u, when);
      assert.doesNotMatch(when, /America\//);
      const headers = (await page.locator('main table thead th').allInnerTexts()).map((h) => h.trim());
      assert.deepEqual(headers, ['Mensaje', 'Por', 'Cuándo', 'Estado']);
      await j.visit(page, 'notifications');
    });

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
