// The frame of every workbench page: skip link, header with the municipality, demo banner,
// navigation, sign-out, language switch. No inline styles or scripts (CSP: 'self' only).
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { View } from './view.ts';
import { CsrfField } from './components/csrf-field.tsx';
import { MainNavigation, navigationFor } from './navigation.tsx';

export type { NavKey } from './navigation.tsx';
import type { NavKey } from './navigation.tsx';

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
  const groups = session ? navigationFor(session.roles) : null;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${session?.tenantName ?? t.appName}`}</title>
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/assets/utrecht/design-tokens.css" />
          <link rel="stylesheet" href="/assets/utrecht/component-library.css" />
          <link rel="stylesheet" href="/assets/duiding.css" />
          {stylesheets.map((href) => (
            <link rel="stylesheet" href={href} />
          ))}
          {scripts.map((src) => (
            <script type="module" src={src}></script>
          ))}
        </head>
        <body class="utrecht-theme utrecht-page-body">
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
            {t.skipLink}
          </a>
          <header class="utrecht-page-header duiding-header">
            {/* Inside the header (a landmark), so no content sits outside one (axe "region"). */}
            {session?.tenantFictional ? (
              <p class="duiding-demo-banner" role="note">
                {t.fictionalBanner}
              </p>
            ) : null}
            <div class="duiding-header__bar">
              <p class="duiding-header__name">
                <a class="utrecht-link utrecht-link--html-a duiding-header__home" href="/">
                  {session?.tenantName ?? t.appName}
                </a>
              </p>
              <div class="duiding-header__tools">
                <a
                  class="utrecht-link utrecht-link--html-a"
                  href={view.languageHref}
                  lang={t.languageSwitch.lang}
                  hreflang={t.languageSwitch.lang}
                  title={t.languageSwitch.title}
                >
                  {t.languageSwitch.label}
                </a>
                {session ? (
                  <form method="post" action="/uitloggen" class="duiding-signout">
                    <CsrfField token={session.csrfToken} />
                    <span class="duiding-signout__who">{t.signedInAs(session.displayName)}</span>
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {t.signOut}
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
            {groups ? <MainNavigation view={view} groups={groups} current={current} /> : null}
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
