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
  const describedBy = (field: 'email' | 'password') =>
    [errors[field] ? `${field}-fout` : null, errors.form ? 'inloggen-fout' : null].filter(Boolean).join(' ') || undefined;
  return (
    <Layout view={view} title={t.signIn.title} current={null}>
      <h1 class="utrecht-heading-1">{t.signIn.title}</h1>
      <p class="utrecht-paragraph">{t.signIn.intro}</p>
      {hasErrors ? (
        <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert">
          <h2 class="utrecht-heading-2">{t.signIn.errorSummary}</h2>
          {errors.form ? (
            <p class="utrecht-paragraph" id="inloggen-fout">
              {errors.form}
            </p>
          ) : null}
        </div>
      ) : null}
      <form method="post" action="/inloggen" class="utrecht-form duiding-form" novalidate>
        <div class={`utrecht-form-field duiding-field${errors.email ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="email">
            {t.signIn.email}
          </label>
          {errors.email ? (
            <p class="utrecht-form-field-error-message duiding-field-error" id="email-fout">
              {errors.email}
            </p>
          ) : null}
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            id="email"
            name="email"
            autocomplete="username"
            required
            value={email ?? ''}
            aria-invalid={errors.email || errors.form ? 'true' : undefined}
            aria-describedby={describedBy('email')}
          />
        </div>
        <div class={`utrecht-form-field duiding-field${errors.password ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="password">
            {t.signIn.password}
          </label>
          {errors.password ? (
            <p class="utrecht-form-field-error-message duiding-field-error" id="password-fout">
              {errors.password}
            </p>
          ) : null}
          <input
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
            type="password"
            id="password"
            name="password"
            autocomplete="current-password"
            required
            aria-invalid={errors.password || errors.form ? 'true' : undefined}
            aria-describedby={describedBy('password')}
          />
        </div>
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
