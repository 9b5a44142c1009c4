// Agriculture inspections in a browser (Spanish): the demo broker's member signs in, finds the
// demo inspection scheduled at Laredo with its open thread, asks for a new one for avocados
// (a wrong container number first: refused with its reason), the Laredo specialist asks for
// the phytosanitary certificate and then sets the time, the broker answers in the thread and
// reads "Programada"; then María reads the answer to her dog and mangoes declared for IAH
// (the demo dog's photo shown), declares another dog and mangoes on the page (a second item row
// added without JavaScript), attaches a photo of the dog; Jean cannot fetch it; the IAH
// specialist sees it in the queue and answers; María reads the answer.
// axe-core and the 360 px layout on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startGarita, openBrowser, Journey, clickAndWait, signIn } from './lib/harness.mjs';

const LAREDO = 'cargo-laredo-world-trade-bridge';
/** The demo dog's photo (data/agriculture/make-demo-photo.py draws it). */
const DOG = fileURLToPath(new URL('../data/agriculture/demo-item-dog.png', import.meta.url));

/** The facility's local date (America/Chicago) at the service's clock, YYYY-MM-DD. */
function laredoDay(garita) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(garita.now());
}

/** The local date (America/Chicago, IAH's zone too) `days` after the service's clock. */
function chicagoDay(garita, days) {
  const at = new Date(garita.now().getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(at);
}

/** Whether an image has loaded with pixels. */
async function loaded(img) {
  await img.waitFor();
  return img.evaluate(async (el) => {
    if (!el.complete) await new Promise((ok) => { el.onload = ok; el.onerror = ok; });
    return el.naturalWidth > 0;
  });
}

test('agriculture inspections (es)', { timeout: 180_000 }, async (t) => {
  const garita = await startGarita();
  const browser = await openBrowser({ locale: 'es' });
  const { page } = browser;
  const j = new Journey('agriculture');
  const url = (p) => garita.url + p;
  const broker = garita.accounts['member.broker@garita.test'];
  const specialist = garita.accounts['specialist.laredo@garita.test'];
  const maria = garita.accounts['maria@garita.test'];
  const jean = garita.accounts['jean@garita.test'];
  const iah = garita.accounts['specialist.iah@garita.test'];
  assert.ok(broker?.otpauth && specialist?.otpauth, `the demo broker and specialist are printed:\n${garita.stdout()}`);
  const used = new Set();
  const logOut = () => clickAndWait(page, page.locator('form[action="/logout"] button'));
  const day = laredoDay(garita);
  try {
    // The broker: the demo's scheduled inspection and its thread.
    await signIn(page, garita, broker, used);
    await page.goto(url('/cargo/inspections?lang=es'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.match(await page.locator('h1').innerText(), /Inspecciones agrícolas de carga/);
    assert.match(await page.locator('main').innerText(), /Mango Ataulfo/);
    await j.visit(page, 'list');
    await clickAndWait(page, page.locator('main a', { hasText: 'Mango Ataulfo' }));
    assert.match(await page.locator('main').innerText(), /Programada/);
    assert.match(await page.locator('#thread + p, ol.thread').first().innerText(), /certificado fitosanitario/);
    await j.visit(page, 'demo-request');

    // A new request: a wrong check digit first.
    await page.goto(url('/cargo/inspections/new'));
    await page.selectOption('#location_id', LAREDO);
    await page.fill('#window_start', `${day}T12:00`);
    await page.fill('#window_end', `${day}T13:30`);
    await page.selectOption('#hs_chapter', '08');
    await page.fill('#commodity', 'Aguacate Hass');
    await page.fill('#origin_country', 'MX');
    await page.fill('#quantity', '1200');
    await page.fill('#unit', 'cajas');
    await page.fill('#temperature', '5 °C, caja refrigerada');
    await page.fill('#container_number', 'MSKU1234566');
    await page.fill('#entry_number', 'B7R-0099887-1');
    await page.fill('#contact', 'Rosa Treviño, +52 867 555 0142');
    await j.visit(page, 'new');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    assert.match(await page.locator('.error-summary').innerText(), /dígito de control/);
    await j.visit(page, 'new-refused');
    await page.fill('#container_number', 'MSKU1234565');
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    const request = new URL(page.url()).pathname;
    assert.match(request, /^\/cargo\/inspections\/[a-z0-9]+$/);
    assert.match(await page.locator('main').innerText(), /Solicitada/);
    await j.visit(page, 'requested');
    await logOut();

    // The specialist: the queue, a question, then the time.
    await signIn(page, garita, specialist, used);
    await page.goto(url(`/agriculture/facilities/${LAREDO}?lang=es`));
    assert.match(await page.locator('main').innerText(), /Aguacate Hass/);
    await j.visit(page, 'facility-day');
    await page.goto(url(request));
    const ask = page.locator('form:has(input[name=action][value=request_information])');
    await ask.locator('textarea').fill('¿Cuál es el número del certificado fitosanitario?');
    await clickAndWait(page, ask.locator('button'));
    assert.match(await page.locator('main').innerText(), /Información solicitada/);
    await j.visit(page, 'asked');
    await logOut();

    // The broker answers in the thread.
    await signIn(page, garita, broker, used);
    await page.goto(url(`${request}?lang=es`));
    await page.fill('#body', 'Certificado MX-FITO-2026-118.');
    await clickAndWait(page, page.locator('form[enctype="multipart/form-data"] button'));
    assert.match(await page.locator('ol.thread').innerText(), /MX-FITO-2026-118/);
    await logOut();

    // The specialist sets the time; the broker sees it scheduled.
    await signIn(page, garita, specialist, used);
    await page.goto(url(`${request}?lang=es`));
    const schedule = page.locator('form:has(input[name=action][value=schedule])');
    await schedule.locator('input[type=datetime-local]').fill(`${day}T12:30`);
    await clickAndWait(page, schedule.locator('button'));
    assert.match(await page.locator('main').innerText(), /Programada/);
    await logOut();
    await signIn(page, garita, broker, used);
    await page.goto(url(`${request}?lang=es`));
    assert.match(await page.locator('main').innerText(), /Programada/);
    assert.match(await page.locator('main').innerText(), /hora central/i);
    await j.visit(page, 'scheduled');
    await logOut();

    // María reads the answer to her airport request, with the photo of her dog.
    assert.ok(maria && jean && iah, `the demo travelers and the IAH specialist are printed:\n${garita.stdout()}`);
    await signIn(page, garita, maria, used);
    await page.goto(url('/agriculture/airport?lang=es'));
    await clickAndWait(page, page.locator('main ul a').first());
    let text = await page.locator('main').innerText();
    assert.match(text, /Inspección a la llegada/);
    assert.match(text, /Prohibido/);
    assert.match(text, /Declare todo; quien decide es el oficial a la llegada\./);
    assert.ok(await loaded(page.locator('main ul.photos img').first()), 'the demo dog\'s photo is shown');
    await j.visit(page, 'airport-answer');

    // She declares a dog and mangoes for IAH on the page: a second row without JavaScript.
    await page.goto(url('/agriculture/airport'));
    await page.fill('#flight', 'AM 492');
    await page.fill('#flight_date', chicagoDay(garita, 1));
    await page.selectOption('#category_1', 'pet');
    await page.fill('#description_1', 'Perra Luna, 3 años');
    await page.fill('#quantity_1', '1');
    await page.fill('#origin_1', 'MX');
    await clickAndWait(page, page.locator('button[name=step][value=add]'));
    assert.equal(await page.inputValue('#description_1'), 'Perra Luna, 3 años', 'what was typed is kept');
    await page.selectOption('#category_2', 'fruit_vegetables');
    await page.fill('#description_2', 'Mangos Ataulfo');
    await page.fill('#quantity_2', '4');
    await page.fill('#origin_2', 'MX');
    await clickAndWait(page, page.locator('button[name=step][value=guidance]:not(.visually-hidden)'));
    assert.match(await page.locator('#guidance + ul').innerText(), /Declare todo/);
    await j.visit(page, 'airport-new');
    await clickAndWait(page, page.locator('button[name=step][value=submit]'));
    const airportRequest = new URL(page.url()).pathname;
    assert.match(airportRequest, /^\/agriculture\/airport\/[a-z0-9]+$/);
    // A photo of the dog, attached to the first item.
    const photoForm = page.locator('form[action$="/photos"]').first();
    await photoForm.locator('input[type=file]').setInputFiles(DOG);
    await clickAndWait(page, photoForm.locator('button[type=submit]'));
    const photo = page.locator('main ul.photos img').first();
    assert.ok(await loaded(photo), 'her photo is shown to her');
    const photoUrl = await photo.getAttribute('src');
    await j.visit(page, 'airport-photo');
    await logOut();

    // Another traveler cannot fetch it.
    await signIn(page, garita, jean, used);
    const theirs = await page.request.get(url(photoUrl));
    assert.ok([403, 404].includes(theirs.status()), `another traveler got ${theirs.status()}`);
    await logOut();

    // The IAH specialist finds the request in the queue, sees the photo, answers.
    await signIn(page, garita, iah, used);
    await page.goto(url('/agriculture/airports/airport-iah?lang=es'));
    assert.match(await page.locator('main').innerText(), /AM ?492/);
    await j.visit(page, 'airport-queue');
    await page.goto(url(airportRequest));
    assert.ok(await loaded(page.locator(`main img[src="${photoUrl}"]`)), 'the specialist sees the photo');
    const seen = await page.request.get(url(photoUrl));
    assert.equal(seen.status(), 200);
    assert.equal(seen.headers()['content-type'], 'image/jpeg');
    const answers = page.locator('form[action$="/answers"]');
    await answers.locator('select').nth(0).selectOption('inspection_at_arrival');
    await answers.locator('select').nth(1).selectOption('prohibited');
    await answers.locator('input[name^=note-]').nth(1).fill('Fresh mangoes are not admitted in baggage.');
    await clickAndWait(page, answers.locator('button[type=submit]'));
    await logOut();

    // María reads the answer in Spanish.
    await signIn(page, garita, maria, used);
    await page.goto(url(`${airportRequest}?lang=es`));
    text = await page.locator('main').innerText();
    assert.match(text, /Respondida|Inspección a la llegada/);
    assert.match(text, /Prohibido/);
    assert.match(text, /Fresh mangoes are not admitted/);
    await j.visit(page, 'airport-answered');

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
