// A shelter acts for a family with its consent (Spanish): the demo shelter's staff member signs
// in (password, then the code), sees the families that consent, registers a family without
// e-mail, prints its card (the code in the family's language), adds the face photo and asks for
// the appointment. The family then signs in with the card's code, choosing its own password,
// reads who did what ("hecho por …, integrante del personal Ana, …") and takes the consent
// back; the shelter no longer finds the family. axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn, PHOTO } from './lib/harness.mjs';

test('shelter registers a family without e-mail, which later revokes consent (es)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('consents');
  const used = new Set();
  const url = (p) => garita.url + p;
  const staff = garita.accounts['staff.shelter@garita.test'];
  assert.ok(staff?.otpauth, `the demo shelter's staff member is printed with a second factor:\n${garita.stdout()}`);
  assert.match(garita.stdout(), /Rosa's family has no e-mail: sign in at \/card with number [\d ]+ and setup code [0-9A-Z-]+/);
  try {
    await signIn(page, garita, staff, used);
    await page.goto(url('/helpers?lang=es'));
    assert.equal(new URL(page.url()).pathname, '/helpers');
    assert.match(await page.locator('h1').innerText(), /Familias que ayudas/);
    const caseload = await page.locator('main').innerText();
    for (const name of ['María Fernanda López', 'Jean-Baptiste Pierre', 'Rosa Elena Hernández Cruz']) {
      assert.ok(caseload.includes(name), `${name} is in the caseload:\n${caseload}`);
    }
    await j.visit(page, 'caseload');

    // A family without e-mail or phone.
    await clickAndWait(page, page.getByRole('link', { name: 'Registrar una familia sin correo' }));
    await j.visit(page, 'register');
    await page.fill('#full_name', 'Carmen Ruiz Díaz');
    await page.fill('#date_of_birth', '1993-08-02');
    await page.selectOption('#citizenship', 'GT');
    await page.selectOption('#language', 'es');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('h1').innerText(), /Tarjeta para imprimir/);
    assert.match(await page.locator('.card-print').innerText(), /Tu tarjeta de Garita/);
    const number = (await page.locator('.card-print dd.code strong').first().innerText()).trim();
    const code = (await page.locator('#setup-code').innerText()).trim();
    assert.match(number, /^\d{3} \d{3} \d{4}$/);
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await j.visit(page, 'card');

    // The face photo, then the appointment request, from Tijuana.
    await clickAndWait(page, page.getByRole('link', { name: 'Abrir el grupo' }));
    await j.visit(page, 'group');
    const photoForm = page.locator('form[action$="/photo"]').first();
    await photoForm.locator('input[type=file]').setInputFiles(PHOTO);
    await clickAndWait(page, photoForm.locator('button[type=submit]'));
    await page.locator('input[name=ports][value="san-ysidro"]').check();
    await page.fill('#city', 'Tijuana');
    await clickAndWait(page, page.locator('form[action$="/request"] button[type=submit]'));
    assert.match(await page.locator('main').innerText(), /Solicitud esperando el sorteo/);
    await j.visit(page, 'requested');
    await clickAndWait(page, page.locator('form[action="/logout"] button'));

    // The family signs in with its card and chooses its own password.
    await page.goto(url('/card?lang=es'));
    await j.visit(page, 'card-sign-in');
    await page.fill('#first-number', number);
    await page.fill('#setup_code', code.toLowerCase());
    await page.fill('#password', 'mi propia clave de familia');
    await clickAndWait(page, page.locator('form[action="/card/first"] button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, '/consents');
    const mine = await page.locator('main').innerText();
    assert.ok(mine.includes('Casa del Migrante Tijuana (demo)'), mine);
    assert.match(mine, /Registró tu cuenta — hecho por Casa del Migrante Tijuana \(demo\), integrante del personal Ana/);
    assert.match(mine, /Pidió una cita/);
    await j.visit(page, 'consents');

    // The family takes the consent back.
    await clickAndWait(page, page.getByRole('button', { name: 'Retirar este consentimiento' }));
    assert.match(await page.locator('main').innerText(), /Retirado/);
    await j.visit(page, 'revoked');
    await clickAndWait(page, page.locator('form[action="/logout"] button'));

    // The shelter no longer sees the family.
    await signIn(page, garita, staff, used);
    await page.goto(url('/helpers?lang=es'));
    assert.ok(!(await page.locator('main').innerText()).includes('Carmen Ruiz Díaz'), 'gone from the caseload');

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
