// Programme rosters in a browser (Spanish): the demo international organisation's staff member
// signs in (password, then the authenticator's code), asks whether the demo roster's first
// person is enrolled (SÍ: "Inscrita", status "inscrita"; another date: not on the roster); then a
// traveler claims that place with the roster id and date of birth the demo prints (a wrong date
// says only "No se encontró"); the shelter's staff claims another place for a family it helps,
// from the family's page; the administrator sets a port's roster quota (a bad number is
// refused next to its field). axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn } from './lib/harness.mjs';

test('roster check and claim (es)', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('rosters');
  const url = (p) => garita.url + p;
  const staff = garita.accounts['staff.roster@garita.test'];
  const traveler = garita.accounts['jean@garita.test'];
  assert.ok(staff, `the roster organisation's staff member is printed:\n${garita.stdout()}`);
  assert.ok(traveler, `a demo traveler is printed:\n${garita.stdout()}`);
  const printed = garita.stdout().match(/roster id (\S+) and date of birth (\d{4}-\d{2}-\d{2})/);
  assert.ok(printed, `the demo prints a roster id and a date of birth:\n${garita.stdout()}`);
  const [, rosterId, born] = printed;
  try {
    await signIn(page, garita, staff);
    await page.goto(url('/rosters/check?lang=es'));
    assert.equal(new URL(page.url()).pathname, '/rosters/check');
    assert.match(await page.locator('h1').innerText(), /inscrita/);
    await j.visit(page, 'check-form');
    const ask = async (date) => {
      await page.fill('#roster_id', rosterId);
      await page.fill('#date_of_birth', date);
      await clickAndWait(page, page.locator('main form button[type=submit]'));
      assert.equal(new URL(page.url()).pathname, '/rosters/check', 'the answer is the page, not a URL');
      return (await page.locator('#roster-answer').innerText()).trim();
    };
    assert.equal(await ask(born), 'Inscrita');
    assert.match(await page.locator('main').innerText(), /Estado en el programa: inscrita/);
    assert.equal(await page.locator('#date_of_birth').inputValue(), '', 'the form is empty for the next person');
    await j.visit(page, 'check-yes');
    assert.equal(await ask('1991-07-23'), 'No figura en su lista');
    await j.visit(page, 'check-no');

    await page.context().clearCookies();
    await signIn(page, garita, traveler);
    await page.goto(url('/rosters/claim?lang=es'));
    await j.visit(page, 'claim-form');
    await page.fill('#roster_id', rosterId);
    await page.fill('#date_of_birth', '1991-07-23');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('main').innerText(), /No se encontró/);
    await page.fill('#roster_id', rosterId);
    await page.fill('#date_of_birth', born);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('main').innerText(), new RegExp(`Vinculado a su cuenta.*${rosterId}`));
    await j.visit(page, 'claimed');

    // The shelter's staff claims a place for a family it helps, from the family's page (the
    // traveler's own claim, done with their consent).
    const helped = garita.stdout().match(/helper roster id (\S+) and date of birth (\d{4}-\d{2}-\d{2})/);
    assert.ok(helped, `the demo prints a roster place for the shelter:\n${garita.stdout()}`);
    await page.context().clearCookies();
    await signIn(page, garita, garita.accounts['staff.shelter@garita.test']);
    await page.goto(url('/helpers?lang=es'));
    // Rosa's family (registered by the shelter, no e-mail); Jean's group above holds a place now.
    await clickAndWait(page, page.locator('main table a', { hasText: 'Rosa' }));
    assert.match(await page.locator('main').innerText(), /Lista del programa/);
    await clickAndWait(page, page.locator('main a[href$="/roster"]'));
    await j.visit(page, 'helper-claim-form');
    await page.fill('#roster_id', helped[1]);
    await page.fill('#date_of_birth', helped[2]);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('main').innerText(), new RegExp(`Vinculado al grupo.*${helped[1]}`));
    await clickAndWait(page, page.locator('main a', { hasText: 'Volver al grupo' }));
    assert.match(await page.locator('main').innerText(), new RegExp(helped[1]));
    await j.visit(page, 'helper-claimed');

    // The administrator sets San Ysidro's roster quota: a number out of range is refused next
    // to its field, in Spanish, and nothing is saved; then a good one is saved and listed.
    await page.context().clearCookies();
    await signIn(page, garita, garita.accounts['admin@garita.test']);
    await page.goto(url('/admin/rosters/quotas?lang=es'));
    assert.equal(new URL(page.url()).pathname, '/admin/rosters/quotas');
    await j.visit(page, 'quotas');
    await page.selectOption('#port_id', 'san-ysidro');
    await page.fill('#percent', '101');
    await page.fill('#release_days_before', '2');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('#percent-error').innerText(), /100/);
    await j.visit(page, 'quotas-error');
    await page.fill('#percent', '20');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('main [role=status]').innerText(), /San Ysidro/);
    assert.match(await page.locator('main table').innerText(), /20 %/);
    await j.visit(page, 'quotas-saved');

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
