// /account: who am I here, switch municipality, sign out everywhere.
import type { Role } from '../../../services/auth/policy.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CsrfField, ErrorSummary, Notice } from './fields.tsx';

export interface AccountProps {
  view: View;
  tenants: { slug: string; name: string; roles: Role[] }[];
  notice?: string;
  error?: string;
}

export function AccountPage({ view, tenants, notice, error }: AccountProps) {
  const { t } = view;
  const a = t.accounts.account;
  const session = view.session!;
  const roleNames = session.roles.map((r) => t.accounts.roles[r]).join(', ');
  return (
    <Layout view={view} title={a.title} current="account">
      <h1 class="utrecht-heading-1">{a.title}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary title={a.switchTitle} messages={error ? [error] : []} />
      <dl class="duiding-facts">
        <dt>{a.name}</dt>
        <dd>{session.displayName}</dd>
        <dt>{a.email}</dt>
        <dd>{session.email}</dd>
        <dt>{a.tenant}</dt>
        <dd>{session.tenantName}</dd>
        <dt>{a.roles}</dt>
        <dd>{roleNames}</dd>
      </dl>
      {tenants.length > 1 ? (
        <section class="duiding-card" aria-labelledby="wissel-titel">
          <h2 class="utrecht-heading-2" id="wissel-titel">
            {a.switchTitle}
          </h2>
          <p class="utrecht-paragraph">{a.switchIntro}</p>
          <form method="post" action="/account/gemeente" class="utrecht-form duiding-form">
            <CsrfField token={session.csrfToken} />
            <div class="utrecht-form-field duiding-field">
              <label class="utrecht-form-label" for="gemeente">
                {a.switchLabel}
              </label>
              <select class="utrecht-select utrecht-select--html-select" id="gemeente" name="tenant">
                {tenants.map((tenant) => (
                  <option value={tenant.slug} selected={tenant.slug === session.tenantSlug}>
                    {`${tenant.name} — ${tenant.roles.map((r) => t.accounts.roles[r]).join(', ')}`}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {a.switchSubmit}
            </button>
          </form>
        </section>
      ) : null}
      <section class="duiding-card" aria-labelledby="overal-titel">
        <h2 class="utrecht-heading-2" id="overal-titel">
          {a.everywhereTitle}
        </h2>
        <p class="utrecht-paragraph">{a.everywhereIntro}</p>
        <form method="post" action="/account/overal-uitloggen">
          <CsrfField token={session.csrfToken} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {a.everywhereSubmit}
          </button>
        </form>
      </section>
    </Layout>
  );
}
