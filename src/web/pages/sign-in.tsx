import { Notice } from '../components/notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

export interface SignInErrors {
  email?: string;
  password?: string;
  /** Wrong e-mail or password: belongs to the form, not to one field. */
  form?: string;
}

export interface SignInProps {
  view: View;
  email?: string;
  errors?: SignInErrors;
  demo: { emails: string[]; password: string } | null;
  /** Municipalities with single sign-on: a link to each. */
  sso?: { slug: string; name: string; label: string | null }[];
  /** Only after a password matched accounts in several municipalities: those municipalities. */
  choices?: { slug: string; name: string }[];
}

export function SignInPage({ view, email, errors = {}, demo, sso = [], choices = [] }: SignInProps) {
  const { t } = view;
  const hasErrors = Boolean(errors.email || errors.password || errors.form);
  const formError = errors.form ? 'inloggen-fout' : undefined;
  return (
    <Layout view={view} title={t.signIn.title} current={null}>
      <h1 class="utrecht-heading-1">{t.signIn.title}</h1>
      <p class="utrecht-paragraph">{t.signIn.intro}</p>
      {hasErrors ? (
        <Notice kind="error" title={t.signIn.errorSummary} paragraph={false}>
          {errors.form ? (
            <p class="utrecht-paragraph" id="inloggen-fout">
              {errors.form}
            </p>
          ) : null}
        </Notice>
      ) : null}
      <form method="post" action="/inloggen" class="utrecht-form duiding-form" novalidate>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t.signIn.email}
          value={email}
          error={errors.email}
          autocomplete="username"
          required
          invalid={Boolean(errors.form)}
          describedBy={formError}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t.signIn.password}
          error={errors.password}
          autocomplete="current-password"
          required
          invalid={Boolean(errors.form)}
          describedBy={formError}
        />
        {choices.length ? (
          <fieldset class="utrecht-form-fieldset duiding-fieldset">
            <legend class="utrecht-form-fieldset__legend">{t.accounts.chooseTenantLegend}</legend>
            {choices.map((choice, i) => (
              <div class="duiding-radio">
                <input class="utrecht-radio-button" type="radio" id={`gemeente-${choice.slug}`} name="tenant" value={choice.slug} required checked={i === 0} />
                <label class="utrecht-form-label utrecht-form-label--radio" for={`gemeente-${choice.slug}`}>
                  {choice.name}
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t.signIn.submit}
        </button>
      </form>
      {sso.length ? (
        <section aria-labelledby="sso-titel">
          <h2 class="utrecht-heading-2" id="sso-titel">
            {t.accounts.ssoTitle}
          </h2>
          <p class="utrecht-paragraph">{t.accounts.ssoIntro}</p>
          <ul class="duiding-sso-list">
            {sso.map((choice) => (
              <li>
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/inloggen/sso/${choice.slug}`}>
                  {choice.label ?? t.accounts.ssoButton(choice.name)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {demo ? (
        <section class="duiding-hint" aria-labelledby="demo-titel">
          <h2 class="utrecht-heading-2" id="demo-titel">
            {t.signIn.demoTitle}
          </h2>
          <p class="utrecht-paragraph">{t.signIn.demoIntro}</p>
          <ul class="utrecht-unordered-list">
            {demo.emails.map((e) => (
              <li class="utrecht-unordered-list__item">
                <code>{e}</code>
              </li>
            ))}
          </ul>
          <p class="utrecht-paragraph">
            {t.signIn.demoPassword} <code>{demo.password}</code>
          </p>
        </section>
      ) : null}
    </Layout>
  );
}
