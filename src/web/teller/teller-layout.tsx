// The storyteller's slim frame: no workbench navigation, one small stylesheet of our own (the full
// NL Design System CSS is ~500 KB; the first step must stay under 100 KB), an optional theme
// stylesheet per municipality, and scripts only where the page needs them.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { directionOf } from '../../domain/languages/index.ts';
import type { TellerMessages } from '../i18n/teller.ts';
import type { LanguageChoice } from './languages.ts';

const TELLER_MODULES = [
  'teller-submission',
  'teller-errors',
  'teller-draft',
  'teller-widgets',
  'teller-widget-kit',
  'teller-slider',
  'teller-triad',
  'teller-stones',
];

export interface TellerLayoutProps {
  lang: string;
  t: TellerMessages;
  title: string;
  /** Municipality name shown in the header; null for pages that belong to no collection. */
  tenantName: string | null;
  fictional?: boolean;
  /** e.g. /vertel/{slug}/thema.css when the municipality has a theme. */
  themeHref?: string;
  /** The same page in the other language (nl ↔ en), when there is no chooser (designer preview). */
  languageHref?: string;
  /** The language chooser: every language the collection offers, each named in itself. */
  languages?: LanguageChoice[];
  privacyHref?: string;
  /** Load the step-by-step script (only the form page). */
  script?: boolean;
  children?: Child;
}

export function TellerLayout(props: TellerLayoutProps) {
  const { t } = props;
  return (
    <>
      {raw('<!doctype html>')}
      {/* dir only for right-to-left scripts (Arabic, Hebrew, Persian, Urdu …); the CSS uses logical properties, so the layout mirrors. */}
      <html lang={props.lang} dir={directionOf(props.lang) === 'rtl' ? 'rtl' : undefined}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.tenantName ? `${props.title} — ${props.tenantName}` : props.title}</title>
          <link rel="stylesheet" href="/assets/teller.css" />
          {props.themeHref ? <link rel="stylesheet" href={props.themeHref} /> : null}
          {props.script ? <script type="module" src="/assets/teller.js" /> : null}
          {/* The script's imports, fetched at once instead of one after the other. */}
          {props.script ? TELLER_MODULES.map((m) => <link rel="modulepreload" href={`/assets/${m}.js`} />) : null}
        </head>
        <body class="teller-body">
          <a class="teller-skip" href="#inhoud">
            {t.skipLink}
          </a>
          <header class="teller-header">
            {/* Inside the header (a landmark), so no content sits outside one (axe "region"). */}
            {props.fictional ? (
              <p class="teller-demo" role="note">
                {t.fictional}
              </p>
            ) : null}
            <p class="teller-header__name">{props.tenantName ?? 'Duiding'}</p>
            {props.languages ? (
              <nav class="teller-languages" aria-label={t.languageChooser}>
                <ul class="teller-languages__list">
                  {props.languages.map((l) => (
                    <li>
                      {l.current ? (
                        <span class="teller-languages__current" lang={l.tag} dir={l.dir} aria-current="true">
                          {l.name}
                        </span>
                      ) : (
                        <a class="teller-link" href={l.href} lang={l.tag} hreflang={l.tag} dir={l.dir}>
                          {l.name}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
            ) : props.languageHref ? (
              <a class="teller-link teller-header__lang" href={props.languageHref} lang={t.languageLink.lang} hreflang={t.languageLink.lang}>
                {t.languageLink.label}
              </a>
            ) : null}
          </header>
          <main class="teller-main" id="inhoud" tabindex={-1}>
            {props.children}
          </main>
          <footer class="teller-footer">
            <ul class="teller-footer__list">
              {props.privacyHref ? (
                <li>
                  <a class="teller-link" href={props.privacyHref}>
                    {t.footerPrivacy}
                  </a>
                </li>
              ) : null}
              <li>
                <a class="teller-link" href={`/intrekken${props.lang === 'nl' ? '' : `?lang=${props.lang}`}`}>
                  {t.footerWithdraw}
                </a>
              </li>
            </ul>
          </footer>
        </body>
      </html>
    </>
  );
}
