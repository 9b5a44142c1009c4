// Finding the place, in Spanish at 360 px (issue 12 item 1): a traveler without GPS (JavaScript
// on, no geolocation permission) finds the town by typing it however it is written, picks it
// from the list and asks for San Ysidro; without JavaScript the "use my location" button stays
// hidden and the town search still works. A request from a far state (Monterrey, Nuevo León)
// drawn for San Ysidro gets an offer that says how far the port is, as an estimate, and shows
// the Mexican side with links to the map app and OpenStreetMap. axe-core on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import {
  startGarita, runDraws, openBrowser, Journey, clickAndWait, signIn, SHOTS,
} from './lib/harness.mjs';

const WALK = 'Tijuana — El Chaparral → San Ysidro PedWest';

test('finding the place without GPS, and the distance warning (es)', { timeout: 150_000 }, async (t) => {
  const garita = await startGarita();
  const j = new Journey('place-es');
  const url = (p) => garita.url + p;
  // The demo's families with photos and no request yet.
  const jean = garita.accounts['jean@garita.test'];
  const aziz = garita.accounts['aziz@garita.test'];
  assert.ok(jean && aziz, 'the demo prints Jean and Aziz');
  const browsers = [];
  let page = null;
  let locateWithoutJs = null;
  let mirror = null;

  /** The town search: types `typed`, presses "find my town", returns the labels listed. */
  async function findTown(typed) {
    await page.fill('#city', typed);
    await clickAndWait(page, page.locator('main button[name=find_city]'));
    assert.equal(new URL(page.url()).pathname, '/appointment/request');
    const labels = await page.locator('#city-matches label').allInnerTexts();
    return labels.map((l) => l.trim());
  }

  /** Checks the radio of the listed town whose label is `label`. */
  async function pick(label) {
    const radio = page.locator('#city-matches .check').filter({ hasText: label }).locator('input[type=radio]');
    assert.equal(await radio.count(), 1, `one "${label}" in the list`);
    await radio.check();
  }

  const sendRequest = () => clickAndWait(page, page.locator('main form button[type=submit]:not([name=find_city])'));

  try {
    await t.test('JavaScript on, no location permission: the town typed any way is found', async () => {
      // No permission is granted to this profile: the device's position is not available.
      const browser = await openBrowser({ locale: 'es' });
      browsers.push(browser);
      page = browser.page;
      await page.goto(url('/?lang=es'));
      await signIn(page, garita, jean);
      await page.goto(url('/appointment'));
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      await clickAndWait(page, page.locator('main a.button[href="/appointment/request"]'));
      assert.equal(await page.locator('#locate').isVisible(), true, 'with JavaScript the button is offered');
      const permission = await page.evaluate(() => navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state));
      assert.notEqual(permission, 'granted', 'this phone gives no position');
      assert.equal(await page.locator('label[for=city]').innerText(), 'Su ciudad o localidad');
      await j.visit(page, 'request');

      // Accents and capitals do not matter.
      for (const typed of ['TIJUÁNA', 'tijuana']) {
        const labels = await findTown(typed);
        assert.ok(labels.includes('Tijuana, Baja California'), `"${typed}" lists Tijuana: ${labels.join(' | ')}`);
        assert.equal(await page.inputValue('#city'), typed, 'what was typed is kept');
      }
      await j.visit(page, 'town-list');

      await pick('Tijuana, Baja California');
      await page.selectOption('#port_1', 'san-ysidro');
      assert.equal(await page.inputValue('#latitude'), '', 'no position measured');
      await sendRequest();
      assert.equal(new URL(page.url()).pathname, '/appointment', `after the request: ${page.url()}`);
      assert.equal(await page.locator('.error-summary').count(), 0);
      const text = await page.locator('main').innerText();
      assert.match(text, /Su solicitud está registrada\. El próximo sorteo es el /, `the request is registered: ${text}`);
      assert.equal(await page.locator('main a[href="/appointment/request"]').count(), 1, 'the request can be changed');
      await j.visit(page, 'request-waiting');
      await browser.close();
    });

    await t.test('JavaScript off: the town search still works (Monterrey, for San Ysidro)', async () => {
      const browser = await openBrowser({ locale: 'es', javaScriptEnabled: false });
      browsers.push(browser);
      // axe-core cannot run where scripts are off (its run never settles): it checks a copy.
      const mirrorBrowser = await openBrowser({ locale: 'es', serviceWorkers: 'block' });
      browsers.push(mirrorBrowser);
      mirror = mirrorBrowser.page;
      page = browser.page;
      await page.goto(url('/?lang=es'));
      await signIn(page, garita, aziz);
      await page.goto(url('/appointment/request'));
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      assert.equal(await page.locator('#locate').count(), 1);
      // Checked in a step of its own below, so that the rest of the journey still runs.
      locateWithoutJs = await page.locator('#locate').evaluate((b) => ({
        visible: b.checkVisibility(), hidden: b.hidden, display: getComputedStyle(b).display,
      }));
      await visitWithoutJs(j, page, mirror, 'request-no-js');

      // Far from San Ysidro: Monterrey, Nuevo León.
      await page.selectOption('#port_1', 'san-ysidro');
      const labels = await findTown('monterrey');
      const monterrey = labels.find((l) => /^Monterrey, Nuevo León$/.test(l));
      assert.ok(monterrey, `Monterrey, Nuevo León is listed: ${labels.join(' | ')}`);
      assert.equal(await page.inputValue('#port_1'), 'san-ysidro', 'the port chosen is kept across the search');
      await visitWithoutJs(j, page, mirror, 'town-list-no-js');
      await pick(monterrey);
      await sendRequest();
      assert.equal(new URL(page.url()).pathname, '/appointment', `after the request: ${page.url()}`);
      assert.match(await page.locator('main').innerText(), /Su solicitud está registrada/, 'the request is registered');
    });

    await t.test('without JavaScript the "use my location" button is not shown', () => {
      assert.ok(locateWithoutJs, 'the request page was opened without JavaScript');
      assert.equal(locateWithoutJs.visible, false,
        `#locate has the hidden attribute (${locateWithoutJs.hidden}) but is displayed as ${locateWithoutJs.display}: `
        + 'a button that cannot work without JavaScript must not be offered (the stylesheet\'s '
        + '`button{display:inline-block}` overrides [hidden])');
    });

    await t.test('the offer far from the request says how far, as an estimate, and where to go', async () => {
      const draws = await runDraws(garita);
      await page.goto(url('/appointment'));
      const offer = page.locator('main section.card');
      assert.equal(await offer.locator('form[action$="/confirm"] button').count(), 1, `an offer after the draw (${draws.join('; ')})`);
      const far = offer.locator('.far-away');
      assert.equal(await far.count(), 1, 'the distance warning is shown');
      const [sentence, estimate] = (await far.locator('p').allInnerTexts()).map((s) => s.trim());
      assert.match(sentence, /^Este puerto está lejos de donde hizo la solicitud \(Nuevo León\): unos [\d,.\u00a0\u202f]+ km, cerca de \d+ horas? por carretera\.$/, sentence);
      const km = Number(sentence.match(/unos ([\d,.\u00a0\u202f]+) km/)[1].replace(/[^\d]/g, ''));
      // Mexico groups thousands with a comma ("2,200"); straight line × 1.3 from Nuevo León's
      // town nearest the port.
      assert.ok(km >= 1_900 && km <= 2_600, `a plausible distance from Nuevo León to San Ysidro: ${km} km`);
      assert.match(estimate, /^Es una estimación/, estimate);
      await checkPlace(offer);
      await visitWithoutJs(j, page, mirror, 'offer-far');

      // Confirmed, the pass says the same place.
      await clickAndWait(page, offer.locator('form[action$="/confirm"] button'));
      assert.equal(new URL(page.url()).pathname, '/appointment/pass', `after confirming: ${page.url()}`);
      await checkPlace(page.locator('main'));
      await visitWithoutJs(j, page, mirror, 'pass');
    });

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
    t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
  } catch (e) {
    if (page) await j.failure(page);
    throw e;
  } finally {
    for (const b of browsers) await b.close();
    await garita.stop();
  }
});

/** The Mexican side of San Ysidro, with a geo: link and an OpenStreetMap link, in `scope`. */
async function checkPlace(scope) {
  const place = scope.locator('.port-place').first();
  assert.equal((await place.locator('.port-walk').innerText()).trim(), WALK);
  const geo = place.locator('a[href^="geo:"]');
  assert.equal(await geo.count(), 1, 'a link for the phone\'s map app');
  assert.match(await geo.getAttribute('href'), /^geo:32\.\d+,-117\.\d+\?q=/);
  assert.equal((await geo.innerText()).trim(), 'Abrir en la app de mapas');
  const osm = place.locator('a[href^="https://www.openstreetmap.org/"]');
  assert.equal(await osm.count(), 1, 'a link to OpenStreetMap');
  assert.match(await osm.getAttribute('href'), /mlat=32\.\d+&(amp;)?mlon=-117\.\d+/);
  assert.equal((await osm.innerText()).trim(), 'Ver en OpenStreetMap');
}

/**
 * The checks of `Journey.visit` for a page opened with JavaScript off: the screenshot, the
 * 360 px layout and the visible focus on the page itself; axe-core (which needs scripts to run)
 * on `mirror`, a page with scripts on that is served the same HTML at the same address with
 * every script refused, so what it checks is the page as a browser without JavaScript has it.
 */
async function visitWithoutJs(j, page, mirror, step) {
  j.step += 1;
  const label = `${j.name}-${String(j.step).padStart(2, '0')}-${step}`;
  await page.screenshot({ path: path.join(SHOTS, `${label}.png`), fullPage: true });
  await j.overflow(page, label);
  await j.focusVisible(page, label);
  const address = page.url();
  const html = await page.content();
  await mirror.unrouteAll();
  await mirror.route((u) => u.href === address, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await mirror.route('**/*.js', (route) => route.abort());
  await mirror.goto(address);
  await j.axe(mirror, label);
}
