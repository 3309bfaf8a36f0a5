// /account: who am I here, switch municipality, sign out everywhere.
import type { Role } from '../../../services/auth/policy.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { Card } from '../../components/card.tsx';

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
      {error ? (
        <Notice kind="error" title={a.switchTitle}>
          {error}
        </Notice>
      ) : null}
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
        <Card id="wissel-titel" title={a.switchTitle}>
          <p class="utrecht-paragraph">{a.switchIntro}</p>
          <form method="post" action="/account/gemeente" class="utrecht-form duiding-form">
            <CsrfField token={session.csrfToken} />
            <SelectField
              id="gemeente"
              name="tenant"
              label={a.switchLabel}
              value={session.tenantSlug}
              options={tenants.map((tenant) => ({ value: tenant.slug, label: `${tenant.name} — ${tenant.roles.map((r) => t.accounts.roles[r]).join(', ')}` }))}
            />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {a.switchSubmit}
            </button>
          </form>
        </Card>
      ) : null}
      <Card id="overal-titel" title={a.everywhereTitle}>
        <p class="utrecht-paragraph">{a.everywhereIntro}</p>
        <form method="post" action="/account/overal-uitloggen">
          <CsrfField token={session.csrfToken} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {a.everywhereSubmit}
          </button>
        </form>
      </Card>
    </Layout>
  );
}
