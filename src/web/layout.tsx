// The frame of every workbench page: skip link, header with the municipality, demo banner,
// navigation, sign-out, language switch. No inline styles or scripts (CSP: 'self' only).
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { allows } from '../services/auth/policy.ts';
import type { View } from './view.ts';

export type NavKey = 'overview' | 'stories' | 'indicators' | 'import' | 'admin' | 'users' | 'account' | 'questionnaires' | 'collections' | 'entry' | 'opgaven' | 'dialogues' | 'monitor' | 'staalkaart' | 'reports' | 'moderation' | null;

export interface LayoutProps {
  view: View;
  title: string;
  current: NavKey;
  /** Extra stylesheets of our own origin, e.g. the teller's form CSS on the staff entry page. */
  stylesheets?: string[];
  /** Browser modules of our own origin (src/web/assets/*.js), e.g. the busy state on /rapporten. */
  scripts?: string[];
  children?: Child;
}

export function Layout({ view, title, current, stylesheets = [], scripts = [], children }: LayoutProps) {
  const { t, lang, session } = view;
  const items: { key: Exclude<NavKey, null>; href: string; show: boolean }[] = session
    ? [
        { key: 'overview', href: '/', show: true },
        { key: 'stories', href: '/verhalen', show: allows(session.roles, 'stories.read') },
        { key: 'indicators', href: '/cijfers', show: allows(session.roles, 'indicators.read') },
        { key: 'import', href: '/importeren', show: allows(session.roles, 'stories.import') },
        { key: 'opgaven', href: '/opgaven', show: allows(session.roles, 'opgaven.read') },
        { key: 'dialogues', href: '/dialogen', show: allows(session.roles, 'dialogues.read') },
        { key: 'monitor', href: '/monitor', show: allows(session.roles, 'monitor.read') },
        { key: 'staalkaart', href: '/staalkaart', show: allows(session.roles, 'monitor.read') },
        { key: 'reports', href: '/rapporten', show: allows(session.roles, 'reports.read') },
        { key: 'questionnaires', href: '/vragenlijsten', show: allows(session.roles, 'questionnaires.read') },
        { key: 'collections', href: '/verzamelingen', show: allows(session.roles, 'collections.read') },
        { key: 'entry', href: '/invoeren', show: allows(session.roles, 'stories.enter-signal') },
        { key: 'moderation', href: '/moderatie', show: allows(session.roles, 'stories.moderate') },
        { key: 'admin', href: '/beheer', show: allows(session.roles, 'tenant.manage') },
        { key: 'users', href: '/beheer/gebruikers', show: allows(session.roles, 'users.manage') },
        { key: 'account', href: '/account', show: true },
      ]
    : [];
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${session?.tenantName ?? t.appName}`}</title>
          <link rel="stylesheet" href="/assets/utrecht/design-tokens.css" />
          <link rel="stylesheet" href="/assets/utrecht/component-library.css" />
          <link rel="stylesheet" href="/assets/duiding.css" />
          {stylesheets.map((href) => (
            <link rel="stylesheet" href={href} />
          ))}
          {scripts.map((src) => (
            <script type="module" src={src} />
          ))}
          {scripts.map((src) => (
            <script type="module" src={src}></script>
          ))}
        </head>
        <body class="utrecht-theme utrecht-page-body">
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
            {t.skipLink}
          </a>
          {session?.tenantFictional ? (
            <p class="duiding-demo-banner" role="note">
              {t.fictionalBanner}
            </p>
          ) : null}
          <header class="utrecht-page-header duiding-header">
            <div class="duiding-header__bar">
              <p class="duiding-header__name">
                <a class="utrecht-link utrecht-link--html-a duiding-header__home" href="/">
                  {session?.tenantName ?? t.appName}
                </a>
              </p>
              <div class="duiding-header__tools">
                <a class="utrecht-link utrecht-link--html-a" href={view.languageHref} lang={t.languageSwitch.lang} hreflang={t.languageSwitch.lang} title={t.languageSwitch.title}>
                  {t.languageSwitch.label}
                </a>
                {session ? (
                  <form method="post" action="/uitloggen" class="duiding-signout">
                    <input type="hidden" name="_csrf" value={session.csrfToken} />
                    <span class="duiding-signout__who">{t.signedInAs(session.displayName)}</span>
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {t.signOut}
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
            {items.length ? (
              <nav class="duiding-nav" aria-label={t.navLabel}>
                <ul class="duiding-nav__list">
                  {items
                    .filter((item) => item.show)
                    .map((item) => (
                      <li>
                        <a
                          class="utrecht-link utrecht-link--html-a duiding-nav__link"
                          href={item.href}
                          aria-current={current === item.key ? 'page' : undefined}
                        >
                          {t.nav[item.key]}
                        </a>
                      </li>
                    ))}
                </ul>
              </nav>
            ) : null}
          </header>
          <main id="inhoud" class="utrecht-page-content duiding-main" tabindex={-1}>
            {children}
          </main>
          <footer class="utrecht-page-footer duiding-footer">
            <p>{t.footer}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
