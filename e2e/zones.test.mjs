// Time zones as people say them, in Spanish and Haitian Creole at 360 px: the ports page, a
// port's wait times and María's pass name the port's zone ("hora del Pacífico", "lè Pasifik"),
// never an IANA id ("America/Los_Angeles"); the pass gives the day and time in the port's zone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, clickAndWait, Journey } from './lib/harness.mjs';

const ZONES = {
  es: ['hora del Pacífico', 'hora de la montaña', 'hora central'],
  ht: ['lè Pasifik', 'lè Montay', 'lè Santral'],
};

test('zone names in Spanish and Creole, never an IANA id', { timeout: 120_000 }, async () => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { page } = browser;
  const j = new Journey('zones');
  const url = (p) => garita.url + p;
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(maria?.appointment, 'the demo prints María with a confirmed appointment');
  try {
    for (const [lang, names] of Object.entries(ZONES)) {
      await page.goto(url(`/ports?lang=${lang}`));
      const ports = await page.locator('main').textContent();
      for (const n of names) assert.ok(ports.includes(n), `${lang} /ports names ${n}`);
      assert.ok(!(await page.content()).includes('America/'), `${lang} /ports: no IANA id`);
      await j.visit(page, `${lang}-ports`);

      await page.goto(url(`/wait-times/san-ysidro?lang=${lang}`));
      const wait = await page.locator('main').textContent();
      assert.ok(wait.includes(`(${names[0]})`), `${lang}: San Ysidro's times are ${names[0]}`);
      assert.ok(!(await page.content()).includes('America/'), `${lang} wait times: no IANA id`);
      await j.visit(page, `${lang}-wait-times`);
    }

    await page.goto(url('/login?lang=es'));
    await page.fill('#email', maria.email);
    await page.fill('#password', maria.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    for (const [lang, names] of Object.entries(ZONES)) {
      await page.goto(url(`/appointment/pass?lang=${lang}`));
      const main = await page.locator('main').textContent();
      assert.ok(names.some((n) => main.includes(n)), `${lang}: the pass names the port's zone`);
      assert.ok(!(await page.content()).includes('America/'), `${lang} pass: no IANA id`);
      await j.visit(page, `${lang}-pass`);
    }
    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
  } finally {
    await browser.close();
    await garita.stop();
  }
});
