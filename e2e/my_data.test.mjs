// Help, privacy and "My data" as a traveler meets them: the public help, privacy and contact
// pages (Spanish and Haitian Creole, axe-clean at 360 px), then María gives her password again,
// reads and downloads her data, deletes her account, cannot sign in any more, and the audit
// trail still verifies (`garita audit verify`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { startGarita, openBrowser, Journey, clickAndWait, GARITA_BIN, REPO } from './lib/harness.mjs';

const run = promisify(execFile);

test('help and privacy pages, then export and delete my data', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { context, page } = browser;
  const url = (p) => garita.url + p;
  const j = new Journey('my-data');
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(maria?.appointment, 'the demo prints María with a confirmed appointment');
  try {
    for (const lang of ['es', 'ht']) {
      for (const p of ['/help', '/privacy', '/contact']) {
        await page.goto(url(`${p}?lang=${lang}`));
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        await j.visit(page, `${lang}${p.replace('/', '-')}`);
      }
      // The retention table: one row per kind of data, with a limit in each.
      await page.goto(url('/privacy'));
      assert.ok(await page.locator('main table tbody tr').count() >= 10, 'the retention table');
    }
    // Linked from every page's footer.
    await page.goto(url('/?lang=es'));
    await clickAndWait(page, page.locator('footer a[href="/privacy"]'));
    assert.equal(new URL(page.url()).pathname, '/privacy');

    await page.goto(url('/login'));
    await page.fill('#email', maria.email);
    await page.fill('#password', maria.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.notEqual(new URL(page.url()).pathname, '/login', 'María is signed in');

    // My data asks for the password again first.
    await page.goto(url('/my-data'));
    assert.equal(await page.locator('main #password').count(), 1, 'the password is asked again');
    await j.visit(page, 'reauthenticate');
    await page.fill('main #password', maria.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, '/my-data');
    assert.ok((await page.locator('main').textContent()).includes(maria.email), 'her e-mail is shown');
    await j.visit(page, 'my-data');

    // The download: a JSON file with her members and her appointment.
    const res = await context.request.get(url('/my-data/export.json'));
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-disposition'], /^attachment/);
    assert.equal(res.headers()['cache-control'], 'no-store');
    const data = await res.json();
    assert.equal(data.account.email, maria.email);
    assert.ok(data.members.length >= 1, 'her group');
    assert.ok(data.appointments.some((a) => a.passes.some((p) => maria.appointment.codes.includes(p.code))), 'her passes');

    // Delete: the confirmation says what is lost, then the account is gone.
    await page.goto(url('/my-data/delete'));
    await j.visit(page, 'delete');
    await page.check('main input[name=confirm]');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, '/my-data/deleted');
    await j.visit(page, 'deleted');

    await page.goto(url('/login'));
    await page.fill('#email', maria.email);
    await page.fill('#password', maria.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, '/login', 'sign-in is refused after the deletion');

    const { stdout } = await run(GARITA_BIN, ['audit', 'verify', '--database', garita.database], { cwd: REPO });
    t.diagnostic(`audit verify: ${stdout.trim()}`);

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
