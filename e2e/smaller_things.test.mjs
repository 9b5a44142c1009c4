// Smaller things seen (issue 12, item 5), in a browser at 360 px: the officer lands on the
// console, checks in and sees "saved" at the group's row; the console and wait-time tables read
// as cards; the installed app's start page opens offline as the kept pass; María finds her
// group's id in the draw; the photo step previews and scales a large photo down before upload;
// the API reference. axe-core, the 360 px layout check and a screenshot on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn, runDraws } from './lib/harness.mjs';

/** A phone camera's photo, drawn on a canvas in the page (3000×4000 PNG). */
const BIG = { width: 3000, height: 4000 };

test('smaller things (en, 360 px)', { timeout: 180_000 }, async () => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'en' });
  const { context, page } = browser;
  const j = new Journey('smaller');
  const url = (p) => garita.url + p;
  const officer = garita.accounts['officer.san-ysidro@garita.test'];
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(maria?.appointment?.codes?.length >= 2, `María is seated:\n${garita.stdout()}`);
  try {
    // Public: wait times as cards, with the demo's week of reports in the chart.
    await page.goto(url('/wait-times?lang=en'));
    await j.visit(page, 'wait-times-cards');
    await page.goto(url('/wait-times/san-ysidro'));
    assert.ok(await page.locator('.wt-chart svg').count() > 0, 'the demo week shows in a chart');
    const cell = page.locator('table.cards-narrow td[data-label]').first();
    assert.equal(await cell.evaluate((td) => getComputedStyle(td).display), 'block', 'cells stack at 360 px');
    assert.notEqual(await cell.evaluate((td) => getComputedStyle(td, '::before').content), 'none', 'each cell shows its label');
    await j.visit(page, 'wait-times-port-cards');
    await page.goto(url('/api/docs'));
    assert.equal(await page.locator('script').count(), 0, 'no script on the API reference');
    assert.ok(await page.locator('article.api-op').count() > 30, 'every operation');
    await j.visit(page, 'api-docs');

    // The officer signs in without a `next` and lands on the console.
    await signIn(page, garita, officer);
    assert.equal(new URL(page.url()).pathname, '/console', 'officers land on their console');
    await j.visit(page, 'console-cards');
    await page.fill('#code', maria.appointment.codes[0]);
    await clickAndWait(page, page.locator('main form[action="/console/check-in"] button[type=submit]'));
    assert.equal(await page.locator('main .flash[role=status]').count(), 1, 'the check-in says it was saved');
    await j.visit(page, 'check-in-saved');
    const count = await page.locator('main section.card').count();
    for (let i = 0; i < count; i += 1) {
      const section = page.locator('main section.card').nth(i);
      await section.locator('input[type=radio][value="confirmed"]').check();
      await section.locator('select[name=outcome]').selectOption('paroled-nta');
      await clickAndWait(page, section.locator('button[type=submit]'));
      if (i + 1 < count) {
        assert.match(page.url(), /#m-/, 'back at the person just decided');
        assert.equal(await page.locator('main section.card .flash').count(), 1, 'that person says saved');
      }
    }
    const at = new URL(page.url());
    assert.equal(at.pathname, '/console', 'then the day list');
    assert.match(at.hash, /^#appointment-/, 'at the group’s row');
    const row = page.locator(`tr${at.hash.replace(/([^#\w-])/g, '\\$1')}`);
    assert.equal(await row.locator('.flash').count(), 1, 'the row says saved');
    assert.ok(await row.evaluate((r) => { const b = r.getBoundingClientRect(); return b.top < innerHeight && b.bottom > 0; }), 'the row is in view');
    await j.visit(page, 'console-saved');
    await context.clearCookies();

    // María: her id in the draw, the passes kept, then offline at the app's start page.
    await runDraws(garita);
    await signIn(page, garita, maria);
    assert.equal(new URL(page.url()).pathname, '/group', 'travelers land on their group');
    await page.goto(url('/draws'));
    await j.visit(page, 'draws');
    const first = page.locator('main ul a').first();
    if (await first.count() > 0) {
      await clickAndWait(page, first);
      await j.visit(page, 'draw');
    }

    // The photo step: a preview, and a large photo scaled down before it is sent.
    await page.goto(url('/group'));
    const input = page.locator('main input[type=file][data-photo]').first();
    assert.equal(await input.getAttribute('accept'), 'image/*');
    assert.equal(await input.getAttribute('capture'), null, 'cameras and gallery');
    const big = await page.evaluate(async ({ width, height }) => {
      const c = document.createElement('canvas');
      c.width = width; c.height = height;
      const g = c.getContext('2d');
      g.fillStyle = '#c96'; g.fillRect(0, 0, width, height);
      g.fillStyle = '#333'; g.beginPath(); g.arc(width / 2, height / 2.5, width / 4, 0, 7); g.fill();
      const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    }, BIG);
    await input.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.from(big) });
    await page.waitForFunction(() => document.querySelector('main input[data-photo]')?.getAttribute('data-scaled'));
    const scaled = await input.getAttribute('data-scaled');
    assert.equal(scaled, '1200x1600', 'scaled to 1600 px on the longest side');
    assert.equal(await page.locator('main img.photo-preview').first().isVisible(), true, 'a preview');
    await j.visit(page, 'photo-preview');
    // María has a confirmed appointment: replacing asks first.
    await clickAndWait(page, page.locator('main form.photo-form button[type=submit]').first());
    assert.equal(await page.locator('main .losses li').count() > 0, true, 'says what would be lost');
    await j.visit(page, 'photo-confirm');
    await clickAndWait(page, page.locator('main a.button'));
    assert.equal(new URL(page.url()).pathname, '/group', '"no" keeps everything');

    // The app's start page offline: the kept pass.
    await page.goto(url('/appointment/pass'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForFunction(async () => Boolean(await caches.match('/appointment/pass')));
    const manifest = await (await page.request.get(url('/manifest.webmanifest'))).json();
    await context.setOffline(true);
    try {
      const res = await page.goto(url(manifest.start_url)).catch(() => null);
      assert.ok(res && res.ok(), 'the start page opens offline');
      assert.ok(await page.locator('main article.pass').count() >= 2, 'as the kept pass');
      await j.visit(page, 'start-offline');
    } finally {
      await context.setOffline(false);
    }
  } catch (e) {
    await j.failure(page);
    throw e;
  } finally {
    await browser.close();
    await garita.stop();
  }
  assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
});
