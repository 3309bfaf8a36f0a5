// /wachtwoord/<token>: set a password through a one-time link (reset or first administrator).
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';

export interface PasswordProps {
  view: View;
  token: string;
  email: string;
  asksIdentity: boolean;
  values?: { email?: string; name?: string };
  errors?: Partial<Record<'email' | 'name' | 'password' | 'repeat', string>>;
  minLength: number;
}

export function PasswordPage({ view, token, email, asksIdentity, values = {}, errors = {}, minLength }: PasswordProps) {
  const p = view.t.accounts.password;
  const problems = problemsOf(Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (message ? [[field, [message]]] : []))));
  return (
    <Layout view={view} title={p.title} current={null}>
      <h1 class="utrecht-heading-1">{p.title}</h1>
      <p class="utrecht-paragraph">{asksIdentity ? p.introFirst : p.intro(email)}</p>
      <ErrorSummary problems={problems} lang={view.lang} title={p.errorSummary} idOf={(field) => field} />
      <form method="post" action={`/wachtwoord/${token}`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        {asksIdentity ? (
          <>
            <TextField id="email" name="email" label={p.email} type="email" value={values.email} error={errors.email} autocomplete="email" required />
            <TextField id="name" name="name" label={p.name} value={values.name} error={errors.name} autocomplete="name" required />
          </>
        ) : (
          // Lets password managers store the new password under the right account.
          <input type="hidden" name="username" value={email} autocomplete="username" />
        )}
        <TextField
          id="password"
          name="password"
          label={p.password}
          type="password"
          hint={p.passwordHint(minLength)}
          error={errors.password}
          autocomplete="new-password"
          required
        />
        <TextField id="repeat" name="repeat" label={p.repeat} type="password" error={errors.repeat} autocomplete="new-password" required />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {p.submit}
        </button>
      </form>
    </Layout>
  );
}

/** Link used, expired, or the password was saved: a heading, a message and a link onward. */
export function AccountMessagePage({ view, title, message, link }: { view: View; title: string; message: string; link: { href: string; text: string } }) {
  return (
    <Layout view={view} title={title} current={null}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{message}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={link.href}>
          {link.text}
        </a>
      </p>
    </Layout>
  );
}
