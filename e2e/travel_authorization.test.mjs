// Advance travel authorization for parole (issue 16), once in Haitian Creole and once in
// Ukrainian: the beneficiary opens the invitation link the demo prints, signs in, accepts it,
// confirms their details, passport, declarations and a live photo (each step saved on its
// own); the adjudicator grants the ATA; the beneficiary reads "you may fly until …" in their
// language; the airline's member checks the passport and reads "authorized until …", and
// "not authorized" for another date of birth. axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn, PHOTO } from './lib/harness.mjs';

const PASSES = [
  {
    lang: 'ht',
    beneficiary: 'beneficiary.ht@garita.test',
    steps: /Etap ki rete/,
    submitted: /Yon ofisye CBP ap deside/,
    granted: /Ou ka pran avyon pou Etazini jiska/,
    authorized: /Otorize jiska/,
    notAuthorized: 'Pa otorize',
  },
  {
    lang: 'uk',
    beneficiary: 'beneficiary.uk@garita.test',
    steps: /Залишилися кроки/,
    submitted: /Рішення ухвалить офіцер CBP/,
    granted: /Ви можете летіти до США до/,
    authorized: /Дозволено до/,
    notAuthorized: 'Не дозволено',
  },
];

for (const p of PASSES) {
  test(`travel authorization (${p.lang})`, { timeout: 180_000 }, async (t) => {
    const garita = await startGarita();
    const link = garita.stdout().match(/invitation for .*?: (\/ata\/invitations\/\S+)/)?.[1];
    assert.ok(link, `the demo prints an invitation link:\n${garita.stdout()}`);
    const beneficiary = garita.accounts[p.beneficiary];
    const adjudicator = garita.accounts['adjudicator@garita.test'];
    const airline = garita.accounts['member.airline@garita.test'];
    assert.ok(beneficiary && adjudicator?.otpauth && airline?.otpauth, `demo accounts:\n${garita.stdout()}`);
    const browser = await openBrowser({ locale: p.lang });
    const { page } = browser;
    let staff = await openBrowser({ locale: p.lang });
    const j = new Journey(`travel-authorization-${p.lang}`);
    const url = (path) => garita.url + path;
    const passport = `RD${Math.floor(Math.random() * 1e6)}`;
    try {
      // The beneficiary signs in, in their language, and accepts the invitation.
      await page.goto(url(`/?lang=${p.lang}`));
      await signIn(page, garita, beneficiary);
      await page.goto(url(link));
      assert.equal(await page.locator('html').getAttribute('lang'), p.lang);
      await j.visit(page, 'invitation');
      await clickAndWait(page, page.locator('main form button[type=submit]'));
      assert.equal(new URL(page.url()).pathname, '/ata/case');
      assert.match(await page.locator('main').innerText(), p.steps);
      await j.visit(page, 'steps');

      // Each step saved on its own.
      await page.fill('#family_name', 'Charles');
      await page.fill('#given_names', 'Fabienne');
      await page.fill('#date_of_birth', '1989-02-11');
      await clickAndWait(page, page.locator('form[action="/ata/case/biographic"] button'));
      await page.fill('#passport_number', passport);
      await page.fill('#passport_country', 'HT');
      await page.fill('#passport_expires', '2031-01-01');
      await clickAndWait(page, page.locator('form[action="/ata/case/passport"] button'));
      await page.check('#attest_vaccinations');
      await page.check('#attest_truthful');
      await clickAndWait(page, page.locator('form[action="/ata/case/attestations"] button'));
      await page.setInputFiles('#photo', PHOTO);
      await clickAndWait(page, page.locator('form[action="/ata/case/photo"] button'));
      assert.match(await page.locator('#ata-status').innerText(), p.submitted);
      await j.visit(page, 'submitted');

      // The adjudicator grants it.
      let s = staff.page;
      await signIn(s, garita, adjudicator);
      await s.goto(url('/ata/adjudication?nationality=HT'));
      await j.visit(s, 'queue');
      await clickAndWait(s, s.locator('main table a').first());
      await j.visit(s, 'case');
      await clickAndWait(s, s.locator('main form input[value=grant] ~ button'));
      assert.equal(new URL(s.url()).pathname, '/ata/adjudication');

      // The beneficiary reads it in their language, with what to do next.
      await page.goto(url('/ata/case'));
      assert.match(await page.locator('main').innerText(), p.granted);
      await j.visit(page, 'granted');

      // The airline: authorized until the date; another date of birth, not authorized.
      await staff.close();
      staff = await openBrowser({ locale: p.lang });
      s = staff.page;
      await signIn(s, garita, airline);
      await s.goto(url(`/ata/check?lang=${p.lang}`));
      const check = async (born) => {
        await s.fill('#passport_number', passport);
        await s.fill('#nationality', 'HT');
        await s.fill('#date_of_birth', born);
        await clickAndWait(s, s.locator('main form button[type=submit]'));
        return (await s.locator('#ata-answer').innerText()).trim();
      };
      assert.match(await check('1989-02-11'), p.authorized);
      await j.visit(s, 'authorized');
      assert.equal(await check('1989-02-12'), p.notAuthorized);

      assert.equal(j.violations.length, 0, `axe-core (WCAG 2.2 AA) or the 360 px layout found problems:\n${j.report()}`);
      t.diagnostic(`axe-core: ${j.checked.length} pages, no violation`);
    } catch (e) {
      await j.failure(page);
      throw e;
    } finally {
      await browser.close();
      await staff.close();
      await garita.stop();
    }
  });
}
