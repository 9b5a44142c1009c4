// A partner agency checks an appointment in a browser (Spanish): the demo migration institute's
// member signs in (password, then the code of the authenticator app), types one of María's pass
// codes with her date of birth and reads SÍ; with another date, NO — and the page keeps neither
// the code nor the date. axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey, clickAndWait, signIn } from './lib/harness.mjs';

const MARIA_BORN = '1991-04-12';

test('partner agency check (es)', { timeout: 120_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('partner-check');
  const url = (p) => garita.url + p;
  const member = garita.accounts['member.inm@garita.test'];
  const maria = garita.accounts['maria@garita.test'];
  assert.ok(member?.otpauth, `the demo partner agency's member is printed with a second factor:\n${garita.stdout()}`);
  assert.ok(maria?.appointment?.codes?.length >= 1, `María's pass codes are printed:\n${garita.stdout()}`);
  let code = maria.appointment.codes[0];
  /** Types a code and a date, sends the form, and returns the answer's word. */
  const check = async (typed, born) => {
    await page.fill('#code', typed);
    await page.fill('#date_of_birth', born);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.equal(new URL(page.url()).pathname, '/partner/validate', 'the answer is the page, not a URL');
    return (await page.locator('#partner-answer').innerText()).trim();
  };
  try {
    await signIn(page, garita, member);
    assert.notEqual(new URL(page.url()).pathname, '/login/code', 'signed in with the code');

    await page.goto(url('/partner/validate?lang=es'));
    assert.equal(new URL(page.url()).pathname, '/partner/validate');
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.match(await page.locator('h1').innerText(), /Verificar una cita/);
    await j.visit(page, 'form');

    // The demo prints the family's codes in no particular order: with María's date of birth,
    // exactly one of them (hers, typed as people do: lower case, with a space) says SÍ.
    const answers = [];
    for (const c of maria.appointment.codes) {
      answers.push(await check(`${c.slice(0, 4)} ${c.slice(4)}`.toLowerCase(), MARIA_BORN));
    }
    assert.equal(answers.filter((a) => a === 'SÍ').length, 1, `one SÍ among ${answers}`);
    code = maria.appointment.codes[answers.indexOf('SÍ')];
    const html = await page.content();
    assert.ok(!html.includes(code), 'the page does not keep the code');
    assert.equal(await page.locator('#code').inputValue(), '', 'the form is empty for the next person');
    assert.ok(!/María|López/.test(await page.locator('main').innerText()), 'no name, nothing else');
    await j.visit(page, 'yes');

    // Another date of birth: NO, and nothing says why.
    assert.equal(await check(code, '1991-04-13'), 'NO');
    await j.visit(page, 'no');

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
