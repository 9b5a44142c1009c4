// Open statistics in a browser (Spanish), without signing in: /stats shows a month of figures
// as charts (server-drawn SVG) with a table beside each and the licence; the CSV downloads with
// the same days. axe-core and the 360 px layout on the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey } from './lib/harness.mjs';

test('open statistics journey (es)', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('statistics');
  const url = (p) => garita.url + p;
  try {
    await page.goto(url('/stats?lang=es'));
    assert.equal(new URL(page.url()).pathname, '/stats', 'no sign-in needed');
    assert.equal(await page.locator('h1').innerText(), 'Estadísticas abiertas');
    assert.match(await page.locator('#stats-licence').innerText(), /CC BY 4\.0/);
    await j.visit(page, 'page');

    // A month: six charts of people and the median waits of the first port's two lanes, 31
    // days each, each with its table of the same days.
    const charts = page.locator('svg[data-chart]');
    assert.equal(await charts.count(), 8);
    assert.equal(await page.locator('svg[data-chart^="wait-"]').count(), 2);
    assert.equal(await charts.first().locator('rect').count(), 31);
    const rows = page.locator('#stats-requests-caption').locator('xpath=..').locator('tbody tr');
    assert.equal(await rows.count(), 31);
    // The demo's days have figures: the month's requests are not all zero.
    const tall = await charts.first().locator('rect').evaluateAll(
      (rs) => rs.filter((r) => Number(r.getAttribute('height')) > 10).length,
    );
    assert.equal(tall, 31, 'every day of the month shows requests');

    // The week's requests by the holder's nationality, by their Spanish names.
    const nationalities = await page.locator('#stats-nationalities-table tbody th').allInnerTexts();
    assert.ok(nationalities.includes('Venezuela') && nationalities.includes('Haití'), nationalities.join(', '));

    // The waits of another port, chosen in the form (no script needed: a GET form).
    await page.selectOption('#port', 'el-paso');
    await page.locator('form.stats-range button[type=submit]').click();
    await page.waitForURL(/port=el-paso/);
    assert.equal(await page.locator('#port').inputValue(), 'el-paso');
    const wait = page.locator('svg[data-chart="wait-pedestrian-standard"]');
    assert.equal(await wait.locator('rect').count(), 31);
    assert.match(await page.locator('#stats-wait-pedestrian-standard').innerText(), /Espera mediana en El Paso/);
    await j.visit(page, 'waits of another port');

    // The CSV of the same days.
    const href = await page.locator('#stats-csv').getAttribute('href');
    assert.match(href, /format=csv/);
    const csv = await page.evaluate(async (h) => {
      const res = await fetch(h);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, href);
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines[0], 'period,date,place,metric,dimension,groups,people,hidden');
    assert.ok(lines.length > 31 * 8, `a month of figures (${lines.length} lines)`);
    assert.ok(lines.some((l) => l.endsWith(',true')), 'some small figures are hidden');

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
