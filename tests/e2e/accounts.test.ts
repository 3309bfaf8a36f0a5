// Accounts in a real browser: sign in and out, the council cannot reach the story list, the
// throttling message, the account and user administration pages (axe finds nothing), a password
// link used end to end, choosing the municipality when one password opens accounts in two, and
// single sign-on against a real OpenID Connect provider on loopback.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateTenantSettings } from '../../src/db/repositories/accounts.repository.ts';
import { hash } from '@node-rs/argon2';
import { findTenantBySlug, insertTenant } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { ROLE_CLAIM, startOidcProvider, type TestProvider } from '../support/oidc-provider.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('accounts in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let provider: TestProvider;

  async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(`${app.url}/`), page.click('main button[type=submit]')]);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    browser = await launchBrowser();
    provider = await startOidcProvider({
      redirectUris: [`${app.url}/inloggen/sso/voorbeeld/callback`],
      accounts: [{ sub: 'sso-1', email: 'sso.analist@voorbeeld.example', email_verified: true, name: 'Sanne SSO', [ROLE_CLAIM]: 'analisten' }],
    });
    const tenant = await findTenantBySlug(app.db, 'voorbeeld');
    await updateTenantSettings(app.db, tenant!.id, {
      ...(tenant!.settings as Record<string, unknown>),
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        roleClaim: ROLE_CLAIM,
        roleMap: { analisten: 'analist' },
        scope: 'openid email profile duiding',
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await app?.close();
  });

  it('signs in and out; afterwards the story list sends the visitor to the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'analist@voorbeeld.example');
    await expect(page.locator('h1').textContent()).resolves.toBe('Overzicht');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'duiding_session');
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    await Promise.all([page.waitForURL(`${app.url}/inloggen`), page.click('.duiding-signout button')]);
    await page.goto(`${app.url}/verhalen`);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    // The signed-out message pages of this area.
    expect((await page.goto(`${app.url}/wachtwoord/${'x'.repeat(43)}`))?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Deze link werkt niet meer');
    await expectAccessible(page);
    expect((await page.goto(`${app.url}/inloggen/sso/bestaat-niet`))?.status()).toBe(404);
    await expectAccessible(page);
    await context.close();
  });

  it('keeps a council member (raad) away from the story list', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'raad@voorbeeld.example');
    expect(await page.locator('nav a[href="/verhalen"]').count()).toBe(0);
    const response = await page.goto(`${app.url}/verhalen`);
    expect(response?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe('Geen toegang');
    await context.close();
  });

  it('tells the visitor in Dutch to wait after too many wrong passwords', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Five wrong passwords are checked; the sixth try is told to wait (a growing delay, docs/accounts.md).
    for (let i = 0; i < 6; i++) {
      await page.goto(`${app.url}/inloggen`);
      await page.fill('#email', 'interviewer@voorbeeld.example');
      await page.fill('#password', 'fout-wachtwoord');
      await Promise.all([page.waitForURL(`${app.url}/inloggen`), page.click('main button[type=submit]')]);
    }
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('Te veel pogingen. Probeer het over 1 minuut opnieuw.');
    await expectAccessible(page);
    await context.close();
  });

  it('shows the account page and the user administration without accessibility problems; a new person sets a password through the link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'beheerder@voorbeeld.example');
    await page.goto(`${app.url}/account`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn account');
    await expectAccessible(page);

    await page.click('nav a[href="/beheer/gebruikers"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Gebruikers');
    await expectAccessible(page);
    await page.fill('#email', 'nieuw.lid@voorbeeld.example');
    await page.fill('#name', 'Nieuw Lid');
    await page.selectOption('#rol', 'gespreksleider');
    await Promise.all([page.waitForLoadState(), page.click('form[action="/beheer/gebruikers"] button[type=submit]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Wachtwoordlink');
    await expectAccessible(page);
    const link = (await page.locator('.duiding-link-code').textContent())!;
    expect(link).toMatch(new RegExp(`^${app.url}/wachtwoord/`));

    // Confirmation before a role is removed.
    await page.goto(`${app.url}/beheer/gebruikers`);
    await page.click('a[aria-label="Rol Gespreksleider van Nieuw Lid verwijderen"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Rol verwijderen?');
    await expectAccessible(page);
    await page.click('text=Nee, terug');
    expect(new URL(page.url()).pathname).toBe('/beheer/gebruikers');

    // The new person, in their own browser, uses the link.
    const theirs = await browser.newContext();
    const own = await theirs.newPage();
    await own.goto(link);
    await expect(own.locator('h1').textContent()).resolves.toBe('Wachtwoord instellen');
    await expectAccessible(own);
    await own.fill('#password', 'kort');
    await own.fill('#repeat', 'kort');
    await own.click('main button[type=submit]');
    await expect(own.locator('[role=alert]').textContent()).resolves.toContain('te kort');
    await expectAccessible(own);
    await own.fill('#password', 'een lang genoeg wachtwoord');
    await own.fill('#repeat', 'een lang genoeg wachtwoord');
    await own.click('main button[type=submit]');
    await expect(own.locator('h1').textContent()).resolves.toBe('Wachtwoord opgeslagen');
    await expectAccessible(own);
    await signIn(own, 'nieuw.lid@voorbeeld.example', 'een lang genoeg wachtwoord');
    await theirs.close();

    // The same pages in English.
    await page.goto(`${app.url}/beheer/gebruikers?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Users');
    await expectAccessible(page);
    await page.goto(`${app.url}/account?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('My account');
    await expectAccessible(page);
    await context.close();
  });

  it('asks which municipality when the password opens accounts in two, offering only those', async () => {
    // Two local accounts with one e-mail (one per municipality) that happen to share a password.
    const voorbeeld = (await findTenantBySlug(app.db, 'voorbeeld'))!.id;
    const tweede = (await insertTenant(app.db, { slug: 'tweede', name: 'Gemeente Tweede', fictional: true })).id;
    const passwordHash = await hash(DEMO_PASSWORD);
    for (const [tenantId, role] of [
      [voorbeeld, 'analist'],
      [tweede, 'raad'],
    ] as const) {
      const userId = await upsertUser(app.db, { email: 'dubbel@voorbeeld.example', displayName: 'Dubbel', passwordHash, homeTenantId: tenantId });
      await addMembership(app.db, { tenantId, userId, role });
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'dubbel@voorbeeld.example');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForLoadState(), page.click('main button[type=submit]')]);
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('Kies de gemeente waarin u wilt werken');
    expect(await page.locator('input[name=tenant]').count()).toBe(2);
    await expectAccessible(page);
    await page.check('#gemeente-tweede');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.click('main button[type=submit]')]);
    await page.goto(`${app.url}/account`);
    const facts = await page.locator('.duiding-facts').textContent();
    expect(facts).toContain('Gemeente Tweede');
    expect(facts).toContain('Raadslid');
    await context.close();
  });

  it('signs in through single sign-on at the local OpenID Connect provider and lands with the mapped role', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await expectAccessible(page);
    await page.click('a[href="/inloggen/sso/voorbeeld"]');
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.fill('input[name=login]', 'sso-1');
    await page.fill('input[name=password]', 'maakt-niet-uit');
    await page.click('button[type=submit]');
    // The provider's consent page.
    await Promise.all([page.waitForURL(`${app.url}/`), page.click('button[type=submit]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Overzicht');
    expect(await page.locator('nav a[href="/verhalen"]').count()).toBe(1);
    await page.goto(`${app.url}/account`);
    const facts = await page.locator('.duiding-facts').textContent();
    expect(facts).toContain('Sanne SSO');
    expect(facts).toContain('Analist');
    await context.close();
  });
});
