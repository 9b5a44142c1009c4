// Organisations (issue 13): a newcomer registers a customs broker, verifies the address from
// the e-mail and sets up the second factor at the first sign-in; the organisation waits; the
// demo administrator approves it and the manager is told by e-mail; the manager invites a
// member, whose invitation arrives by e-mail (the harness's SMTP server); the member opens the
// link, chooses a password, signs in (second factor too) and sees the organisation's people.
// Once in English and once in Spanish. axe-core on every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  startGarita, openBrowser, Journey, clickAndWait, uniqueEmail, verifyEmail, signIn, linkIn,
  otpauthSecret, totp, REPO,
} from './lib/harness.mjs';

/** A one-line message of a catalog, its variables left as they are. */
function catalog(lang, file, id) {
  const text = readFileSync(path.join(REPO, 'locales', lang, `${file}.ftl`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in locales/${lang}/${file}.ftl`);
  return line.slice(id.length + 3).trim();
}

/** The catalog's text with `{ $organisation }` filled in. */
function withOrganisation(lang, id, name) {
  return catalog(lang, 'organisations', id).replace('{ $organisation }', name);
}

/**
 * Signs a staff account without a second factor in: password, then the setup page (its key
 * read from the page, as an authenticator app would scan it), then the recovery codes.
 * Returns the secret, for signing in again.
 */
async function firstSignIn(page, url, { email, password }, lang) {
  await page.goto(url(`/login?lang=${lang}`));
  await page.fill('#email', email);
  await page.fill('#password', password);
  await clickAndWait(page, page.locator('main form button[type=submit]'));
  assert.equal(new URL(page.url()).pathname, '/login/second-factor', `staff set up a second factor first: ${page.url()}`);
  const secret = otpauthSecret(await page.locator('#second-factor-uri').getAttribute('href'));
  return secret;
}

async function confirmCode(page, garita, secret) {
  await page.fill('#code', totp(secret, garita.now()));
  await clickAndWait(page, page.locator('main form button[type=submit]'));
}

for (const lang of ['en', 'es']) {
  test(`a customs broker registers, is approved, invites a member who accepts (${lang})`, { timeout: 240_000 }, async (t) => {
    const garita = await startGarita();
    const browser = await openBrowser({ locale: lang });
    const { page } = browser;
    const j = new Journey(`organisations-${lang}`);
    const url = (p) => garita.url + p;
    const submit = () => clickAndWait(page, page.locator('main form button[type=submit]').last());
    const name = `Agencia Aduanal Prueba ${lang.toUpperCase()} ${Date.now() % 10000}`;
    const manager = { email: uniqueEmail(`broker-${lang}`), password: 'a long harmless passphrase for e2e' };
    const member = { email: uniqueEmail(`member-${lang}`), password: 'another long harmless passphrase' };
    try {
      // Registration: the organisation and its first manager.
      await page.goto(url(`/organisations/register?lang=${lang}`));
      await j.visit(page, 'register');
      await page.fill('#legal_name', name);
      await page.selectOption('#kind', 'customs_broker');
      await page.selectOption('#country', 'MX');
      // A filer code of the wrong shape is refused, field by field, and nothing is made.
      await page.fill('#identifier', 'AB');
      await page.fill('#email', manager.email);
      await page.fill('#password', manager.password);
      await submit();
      assert.equal(new URL(page.url()).pathname, '/organisations/register');
      assert.equal(await page.locator('#identifier-error').innerText(), catalog(lang, 'errors', 'error-invalid-filer-code'));
      await j.visit(page, 'register-refused');
      await page.fill('#identifier', 'a1b');
      await page.fill('#password', manager.password);
      await submit();
      assert.equal(new URL(page.url()).pathname, '/register/sent', `after registering: ${page.url()}`);

      // The address verified from the e-mail; the first sign-in sets up the second factor.
      await verifyEmail(page, garita, manager.email);
      await page.context().clearCookies();
      const managerSecret = await firstSignIn(page, url, manager, lang);
      await j.visit(page, 'second-factor-setup');
      await confirmCode(page, garita, managerSecret);
      // The recovery codes, shown once: one signs the manager in again later.
      const recovery = await page.locator('main .recovery-codes .code').allTextContents();
      assert.equal(recovery.length, 10);
      await page.goto(url('/organisation'));
      assert.equal(new URL(page.url()).pathname, '/organisation');
      assert.ok((await page.locator('main').innerText()).includes(catalog(lang, 'organisations', 'organisation-waiting')), 'it waits for approval');
      await j.visit(page, 'waiting');

      // The administrator approves it.
      await page.context().clearCookies();
      const admin = garita.accounts['admin@garita.test'];
      await signIn(page, garita, admin);
      await page.goto(url(`/admin/organisations?status=pending&lang=${lang}`));
      const row = page.locator('main table tbody tr').filter({ hasText: name });
      assert.equal(await row.count(), 1, 'the registration is in the queue');
      assert.ok((await row.innerText()).includes('A1B'), 'with its filer code');
      await j.visit(page, 'admin-queue');
      const before = await garita.mailCount(manager.email);
      await clickAndWait(page, row.locator('form:has(input[name=decision][value=approve]) button'));
      assert.equal(new URL(page.url()).pathname, '/admin/organisations');
      const approvedMail = await garita.latestMail(manager.email, { after: before, timeoutMs: 30_000 });
      assert.equal(approvedMail.subject, withOrganisation(lang, 'notification-organisation-approved-subject', name));

      // The manager invites a member.
      await page.context().clearCookies();
      await page.goto(url(`/login?lang=${lang}`));
      await page.fill('#email', manager.email);
      await page.fill('#password', manager.password);
      await clickAndWait(page, page.locator('main form button[type=submit]'));
      // The code used at setup is spent until the next step: a recovery code instead.
      assert.equal(new URL(page.url()).pathname, '/login/code');
      await page.fill('#code', recovery[0]);
      await clickAndWait(page, page.locator('main form button[type=submit]'));
      await page.goto(url('/organisation'));
      assert.ok((await page.locator('main h1').innerText()).includes(name));
      await j.visit(page, 'organisation');
      await page.fill('#email', member.email);
      await page.check('input[type=radio][name=role][value=member]');
      await clickAndWait(page, page.locator('main form[action="/organisation/invitations"] button[type=submit]'));
      const invited = page.locator('main table tbody tr').filter({ hasText: member.email });
      assert.equal(await invited.count(), 1, 'listed among the invitations');
      await j.visit(page, 'invited');

      // The member accepts by the link in the e-mail, choosing a password.
      const invitation = await garita.latestMail(member.email, { pattern: /\/invitations\//, timeoutMs: 30_000 });
      assert.equal(invitation.subject, withOrganisation(lang, 'notification-invitation-subject', name));
      await page.context().clearCookies();
      await page.goto(linkIn(invitation, garita, '/invitations/'));
      await j.visit(page, 'invitation');
      await page.fill('#password', member.password);
      await submit();
      assert.equal(new URL(page.url()).pathname, '/login', `after accepting: ${page.url()}`);
      // The link works once.
      await page.goto(linkIn(invitation, garita, '/invitations/'));
      assert.ok((await page.locator('main').innerText()).includes(catalog(lang, 'errors', 'error-invitation-used-title')));

      // The member signs in (second factor too) and sees the organisation's people.
      const memberSecret = await firstSignIn(page, url, member, lang);
      await confirmCode(page, garita, memberSecret);
      await page.goto(url('/organisation'));
      const people = await page.locator('main table').first().innerText();
      assert.ok(people.includes(manager.email) && people.includes(member.email), people);
      assert.ok(people.includes(catalog(lang, 'organisations', 'role-organisation-member')));
      assert.equal(await page.locator('main form[action="/organisation/invitations"]').count(), 0, 'a member does not invite');
      await j.visit(page, 'member');

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
}
