// Policies in the browser (issue 14): the demo runs CBP's rules of late 2024 (`--policy
// cbp-2024-08`). A traveler in Spanish sees where she may ask from — the rules in words and the
// map — and asks from Villahermosa (Tabasco, eligible by name since August 2024) with the
// group's U.S. address; the public page names the policy; an admin schedules Garita's own
// rules from a later day. axe-core on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  startGarita, openBrowser, Journey, clickAndWait, signIn,
} from './lib/harness.mjs';

/** 13:00 Eastern today (there): the window of tomorrow's draw is open (12:00–23:59). */
function oneInTheAfternoonEastern(now = new Date()) {
  const zone = 'America/New_York';
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
  return new Date(`${day}T13:00:00${offset}`);
}

const VILLAHERMOSA = { latitude: 17.9895, longitude: -92.9475, accuracy: 50 };

test('CBP rules of August 2024: the region, the U.S. address, the public record (es)', { timeout: 150_000 }, async (t) => {
  // CBP's window opens at noon Eastern: on the pinned day when GARITA_E2E_CLOCK_START is set.
  const pinned = process.env.GARITA_E2E_CLOCK_START;
  const start = oneInTheAfternoonEastern(pinned ? new Date(pinned) : new Date());
  const garita = await startGarita({ args: ['--policy', 'cbp-2024-08'], start });
  const j = new Journey('policies-es');
  const url = (p) => garita.url + p;
  const aziz = garita.accounts['aziz@garita.test'];
  const admin = garita.accounts['admin@garita.test'];
  assert.ok(aziz && admin, 'the demo prints Aziz and the admin');
  const browsers = [];
  try {
    await t.test('the traveler sees the region and asks with the group\'s U.S. address', async () => {
      const browser = await openBrowser({ locale: 'es' });
      browsers.push(browser);
      const page = browser.page;
      await page.goto(url('/?lang=es'));
      await signIn(page, garita, aziz);
      await page.goto(url('/appointment/request'));
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      // The region as rules, in Spanish, and as a map described by them.
      const rules = (await page.locator('#region-rules li').allInnerTexts()).join(' | ');
      assert.match(rules, /Chiapas/, rules);
      assert.match(rules, /19/, rules);
      assert.match(rules, /México/, `the nationality exception in words: ${rules}`);
      const map = page.locator('svg[role=img]');
      assert.equal(await map.count(), 1);
      assert.match(await map.getAttribute('aria-label'), /Mapa de México/);
      assert.equal(await map.getAttribute('aria-describedby'), 'region-rules');
      await j.visit(page, 'request-region');

      await page.selectOption('#port_1', 'san-ysidro');
      await page.fill('#latitude', String(VILLAHERMOSA.latitude));
      await page.fill('#longitude', String(VILLAHERMOSA.longitude));
      await page.fill('#accuracy', String(VILLAHERMOSA.accuracy));
      assert.equal(await page.locator('#us_zip').getAttribute('inputmode'), 'numeric');
      await page.selectOption('#us_state', 'TX');
      await page.fill('#us_zip', '7800');
      await page.fill('#us_street', '200 Main St');
      const send = () => clickAndWait(page, page.locator('main form button[type=submit]:not([name=find_city])'));
      await send();
      // A ZIP of four digits: said next to it, in Spanish; what was typed stays.
      assert.equal(await page.locator('#us_zip-error').count(), 1);
      assert.equal(await page.inputValue('#us_street'), '200 Main St');
      assert.equal(await page.inputValue('#us_state'), 'TX');
      await j.visit(page, 'request-zip-error');
      await page.fill('#us_zip', '78001');
      await page.fill('#latitude', String(VILLAHERMOSA.latitude));
      await page.fill('#longitude', String(VILLAHERMOSA.longitude));
      await page.fill('#accuracy', String(VILLAHERMOSA.accuracy));
      await send();
      assert.equal(new URL(page.url()).pathname, '/appointment', `after the request: ${page.url()}`);
      await j.visit(page, 'requested');
    });

    await t.test('the public record names the policy', async () => {
      const page = browsers[0].page;
      await page.goto(url('/policies?lang=es'));
      const text = await page.locator('main').innerText();
      assert.match(text, /cbp-2024-08/);
      assert.ok(await page.locator('svg[role=img]').count() >= 1, 'a map per policy');
      await j.visit(page, 'public-policies');
    });

    await t.test('an admin schedules Garita\'s own rules from a later day', async () => {
      const browser = await openBrowser({ locale: 'es' });
      browsers.push(browser);
      const page = browser.page;
      await signIn(page, garita, admin);
      await page.goto(url('/admin/policies'));
      const later = new Date(garita.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
      const preset = await (await fetch(url('/api/v1/policies'))).json();
      assert.equal(preset.length, 1);
      const text = preset[0].text.replace('name = "cbp-2024-08"', 'name = "cbp-2024-08-later"');
      await page.fill('#effective_from', later);
      await page.fill('#text', text);
      await clickAndWait(page, page.locator('main form button[type=submit]'));
      assert.equal(new URL(page.url()).pathname, '/admin/policies');
      const rows = await page.locator('main table tbody tr').allInnerTexts();
      assert.equal(rows.length, 2, rows.join('\n'));
      assert.match(rows.join('\n'), /cbp-2024-08-later/);
      await j.visit(page, 'admin-scheduled');
    });
  } finally {
    for (const b of browsers) await b.close();
    await garita.stop();
  }
  assert.ok(j.checked.length >= 5, 'every page was checked');
  assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
});
