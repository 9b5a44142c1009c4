// Bus manifests in a browser (English): the demo bus line's member (member.bus@garita.test)
// uploads the sample CSV with one bad row (a date written 03/04/1990) for a trip arriving at El
// Paso today; the report names row 4 and the column and nothing is stored; the row is fixed and
// the file sent again; the trip is saved. The El Paso officer sees it in "Buses today", records
// one person and closes the trip; the carrier then sees the trip processed with counts only.
// axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn, E2E_DIR } from './lib/harness.mjs';

const SAMPLE = readFileSync(path.join(E2E_DIR, 'fixtures', 'bus_manifest_one_bad_row.csv'), 'utf8');

/** YYYY-MM-DD at El Paso by the service's clock. */
function elPasoDay(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant);
}

test('bus manifest: upload, fix, process (en)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const carrier = await openBrowser({ locale: 'en' });
  const officerBrowser = await openBrowser({ locale: 'en' });
  const { page } = carrier;
  const j = new Journey('bus-manifests');
  const url = (p) => garita.url + p;
  const member = garita.accounts['member.bus@garita.test'];
  const officer = garita.accounts['officer.el-paso@garita.test'];
  assert.ok(member?.otpauth, `the demo bus line's member is printed:\n${garita.stdout()}`);
  assert.ok(officer, 'the El Paso officer is printed');
  const used = new Set();
  /** Fills the trip and sends `csv` from the upload page. */
  const send = async (csv) => {
    await page.fill('#trip_number', 'AP-2001');
    await page.fill('#origin_city', 'Ciudad Juárez');
    await page.selectOption('#port', 'el-paso');
    await page.fill('#arrival_at', `${elPasoDay(garita.now())}T15:00`);
    await page.fill('#plate', 'XYZ-987');
    await page.fill('#plate_country', 'MX');
    await page.setInputFiles('#file', { name: 'manifest.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await clickAndWait(page, page.locator('main form button[type=submit]'));
  };
  try {
    await signIn(page, garita, member, used);
    await page.goto(url('/bus-manifests?lang=en'));
    assert.equal(new URL(page.url()).pathname, '/bus-manifests');
    assert.match(await page.locator('main').innerText(), /AP-1042/, "the demo's trip to El Paso tomorrow is listed");
    await j.visit(page, 'trips');

    await page.goto(url('/bus-manifests/upload'));
    await j.visit(page, 'upload');
    await send(SAMPLE);
    const report = page.locator('#report li');
    assert.equal(await report.count(), 1, 'one problem reported');
    assert.equal(await report.first().getAttribute('data-row'), '4');
    assert.equal(await report.first().getAttribute('data-column'), 'date_of_birth');
    assert.match(await report.first().innerText(), /Row 4.*YYYY-MM-DD/);
    await j.visit(page, 'report');

    // Fixed and sent again: saved, with everyone on it.
    await send(SAMPLE.replace('03/04/1990', '1990-04-03'));
    assert.match(new URL(page.url()).pathname, /^\/bus-manifests\/[0-9a-f]+$/);
    const trip = new URL(page.url()).pathname.split('/').pop();
    assert.match(await page.locator('#trip-counts').innerText(), /On the manifest: 6/);
    await j.visit(page, 'saved');

    // The officer at El Paso: Buses today, the trip's manifest, one person, close.
    const op = officerBrowser.page;
    await signIn(op, garita, officer, used);
    await op.goto(url('/console/buses?lang=en'));
    assert.equal(await op.locator(`#bus-${trip}`).count(), 1, 'the trip is in Buses today');
    await j.visit(op, 'buses-today');
    await clickAndWait(op, op.locator(`#bus-${trip} a`));
    assert.match(await op.locator('main').innerText(), /O'Brien, Jr\./);
    await j.visit(op, 'manifest');
    const first = op.locator('tr[id^=person-]').first();
    await first.locator('select').selectOption('admitted');
    await clickAndWait(op, first.locator('form').first().locator('button'));
    assert.match(await op.locator('tr[id^=person-]').first().locator('.person-state').innerText(), /Processed · Admitted/);
    await clickAndWait(op, op.locator('form[action$="/close"] button'));
    assert.match(await op.locator('#trip-status').innerText(), /Processed/);
    await j.visit(op, 'closed');

    // The carrier: processed, counts only.
    await page.goto(url(`/bus-manifests/${trip}`));
    const counts = await page.locator('#trip-counts').innerText();
    assert.match(counts, /Seen at the port: 1/);
    assert.match(counts, /Not on board: 5/);
    assert.ok(!/Admitted|Hernández/.test(await page.locator('main').innerText()), 'no outcome, no name');
    await j.visit(page, 'carrier-counts');

    assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
    t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
  } catch (e) {
    await j.failure(page);
    throw e;
  } finally {
    await carrier.close();
    await officerBrowser.close();
    await garita.stop();
  }
});
