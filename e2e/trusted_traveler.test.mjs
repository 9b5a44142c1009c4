// Trusted Traveler (Spanish): Sofía links the demo's active SENTRI membership (PASSID and date of
// birth as the demo prints them) and reads its expiry and renewal date; links the conditionally
// approved one and books its interview at the Otay Mesa enrollment center; the center's
// enrollment officer (password, then the authenticator's code) records it approved, and Sofía
// sees both memberships active. The service's clock starts on a weekday (the center's days).
// axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn, clockStart } from './lib/harness.mjs';

/** 10:00 Central on the next weekday (today if it is one): Otay Mesa interviews Mon–Fri. */
function weekdayStart() {
  let start = clockStart();
  const weekday = (d) => new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', weekday: 'short' }).format(d);
  while (['Sat', 'Sun'].includes(weekday(start))) {
    start = clockStart(new Date(start.getTime() + 24 * 3600 * 1000));
  }
  return start;
}

/** "PASSID 150000001 born 1988-03-14" lines of the demo's output, by what precedes them. */
function demoMembership(stdout, label) {
  const line = stdout.split('\n').find((l) => l.includes(label) && l.includes('PASSID'));
  assert.ok(line, `the demo prints the ${label} membership:\n${stdout}`);
  const m = line.match(/PASSID (\d{9}) born (\d{4}-\d{2}-\d{2})/);
  return { passid: m[1], born: m[2] };
}

test('trusted traveler: link, renewal date, interview, outcome (es)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita({ start: weekdayStart() });
  const browser = await openBrowser({ locale: 'es' });
  const officerBrowser = await openBrowser({ locale: 'en' });
  const { page } = browser;
  const j = new Journey('trusted-traveler');
  const url = (p) => garita.url + p;
  const sofia = garita.accounts['sofia@garita.test'];
  const officer = garita.accounts['enrollment.otay-mesa@garita.test'];
  assert.ok(sofia, `the demo prints Sofía:\n${garita.stdout()}`);
  assert.ok(officer?.otpauth, `the demo prints the enrollment officer with a second factor:\n${garita.stdout()}`);
  const active = demoMembership(garita.stdout(), 'SENTRI active');
  const conditional = demoMembership(garita.stdout(), 'conditionally approved');
  const linkWith = async (m) => {
    await page.selectOption('#programme', 'sentri');
    await page.fill('#passid', m.passid);
    await page.fill('#date_of_birth', m.born);
    await clickAndWait(page, page.locator('form[action="/trusted-traveler/link"] button[type=submit]'));
  };
  try {
    await signIn(page, garita, sofia);
    await page.goto(url('/trusted-traveler?lang=es'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.match(await page.locator('h1').innerText(), /Viajero de Confianza/);
    await j.visit(page, 'empty');

    // A wrong date of birth: "not found", nothing linked, the PASSID not kept.
    await linkWith({ passid: active.passid, born: '1988-03-15' });
    assert.match(await page.locator('.error-summary').innerText(), /No se encontró ninguna membresía/);
    assert.equal(await page.locator('#passid').inputValue(), '');
    await j.visit(page, 'not-found');

    // The active membership: its expiry, 60 days left, and since when it can be renewed.
    await linkWith(active);
    assert.equal(new URL(page.url()).pathname, '/trusted-traveler');
    const card = page.locator('section.card').first();
    assert.match(await card.locator('.ttp-status').innerText(), /Activa/);
    assert.match(await card.locator('.ttp-expires').innerText(), /quedan 60 días/);
    assert.match(await card.locator('.ttp-renewal').innerText(), /Abierta desde el \d+ de \S+ de \d{4}/);
    assert.match(await card.locator('.ttp-next').innerText(), /Renuévela/);
    await j.visit(page, 'linked');

    // The conditionally approved one: book its interview at Otay Mesa, the first time offered.
    await linkWith(conditional);
    const pending = page.locator('section.card', { hasText: 'Aprobada con condiciones' });
    await clickAndWait(page, pending.locator('a.button'));
    assert.match(new URL(page.url()).pathname, /^\/trusted-traveler\/[^/]+\/interview$/);
    assert.match(await page.locator('#center option[selected]').innerText(), /Otay Mesa/);
    assert.match(await page.locator('main').innerText(), /hora del Pacífico/);
    await j.visit(page, 'book');
    const slot = page.locator('button[data-slot]').first();
    const time = await slot.getAttribute('data-slot');
    await clickAndWait(page, slot);
    assert.equal(new URL(page.url()).pathname, '/trusted-traveler');
    const interview = await page.locator('.ttp-interview').innerText();
    assert.match(interview, /Entrevista: Otay Mesa/);
    await j.visit(page, 'booked');

    // The enrollment officer of Otay Mesa records it approved.
    const op = officerBrowser.page;
    await signIn(op, garita, officer);
    await op.goto(url('/enrollment/interviews'));
    const row = op.locator(`tr[data-passid="${conditional.passid}"]`);
    assert.equal(await row.count(), 1, `the day's list shows the interview at ${time}`);
    await j.visit(op, 'desk');
    await row.locator('select').selectOption('approved');
    await clickAndWait(op, row.locator('button[type=submit]'));
    assert.match(await op.locator(`tr[data-passid="${conditional.passid}"]`).innerText(), /Approved/);

    // Sofía's page: both memberships active, the interview gone.
    await page.goto(url('/trusted-traveler'));
    assert.equal(await page.locator('.ttp-status', { hasText: 'Activa' }).count(), 2);
    assert.equal(await page.locator('.ttp-interview').count(), 0);
    await j.visit(page, 'approved');

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
    t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
  } catch (e) {
    await j.failure(page);
    throw e;
  } finally {
    await browser.close();
    await officerBrowser.close();
    await garita.stop();
  }
});
