// "An appointment is not permission to enter the United States" is read on the home page and on
// the pass in every locale, as Chromium renders them (visible, not hidden by a style), with the
// words of that locale's catalog (locales/<lang>/common.ftl, message `not-permission`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startGarita, openBrowser, clickAndWait, REPO } from './lib/harness.mjs';

const LOCALES = ['en', 'es', 'ht', 'pt-BR', 'fr', 'ru', 'uz', 'tr', 'ar', 'fa', 'ps', 'hi', 'pa', 'zh-CN', 'am', 'uk'];

function sentence(lang) {
  const ftl = fs.readFileSync(path.join(REPO, 'locales', lang, 'common.ftl'), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith('not-permission ='));
  assert.ok(line, `${lang} has not-permission`);
  return line.slice('not-permission ='.length).trim();
}

test('the not-permission sentence is shown on the home page and the pass in every locale', { timeout: 180_000 }, async () => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { page } = browser;
  const url = (p) => garita.url + p;
  const maria = garita.accounts['maria@garita.test'];
  try {
    for (const lang of LOCALES) {
      await page.goto(url(`/?lang=${lang}`));
      const shown = await page.locator('main').innerText();
      assert.ok(shown.includes(sentence(lang)), `${lang}: the home page says it`);
    }
    await page.goto(url('/login'));
    await page.fill('#email', maria.email);
    await page.fill('#password', maria.password);
    await clickAndWait(page, page.locator('main form button[type=submit]'));
    for (const lang of LOCALES) {
      await page.goto(url(`/appointment/pass?lang=${lang}`));
      const shown = await page.locator('main').innerText();
      assert.ok(shown.includes(sentence(lang)), `${lang}: the pass says it`);
    }
  } finally {
    await browser.close();
    await garita.stop();
  }
});
