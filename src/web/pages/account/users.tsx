// /beheer/gebruikers: the members of this municipality with their roles (beheerder only).
import { ROLES } from '../../../services/auth/policy.ts';
import type { Member } from '../../../services/auth/members.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/buttons.tsx';
import { Notice } from '../../components/notice.tsx';
import { Select, SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export interface UsersProps {
  view: View;
  members: Member[];
  providers: { code: string; name: string }[];
  notice?: string;
  errors?: string[];
  values?: { email?: string; name?: string };
}

const roleOptions = (view: View) => ROLES.map((role) => ({ value: role, label: view.t.accounts.roles[role] }));
const providerOptions = (providers: UsersProps['providers']) => providers.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }));

export function UsersPage({ view, members, providers, notice, errors = [], values = {} }: UsersProps) {
  const { t } = view;
  const u = t.accounts.users;
  const csrf = view.session!.csrfToken;
  return (
    <Layout view={view} title={u.title} current="users">
      <h1 class="utrecht-heading-1">{u.title}</h1>
      <p class="utrecht-paragraph">{u.intro}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problemsOf({ '': errors })} lang={view.lang} title={u.errorSummary} />
      <TableRegion caption={u.tableCaption} tableClass="duiding-users">
        <TableHead columns={[u.name, u.email, u.roles, u.actions]} />
        <tbody class="utrecht-table__body">
          {members.map((m, i) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {m.displayName}
              </th>
              <td class="utrecht-table__cell">{m.email}</td>
              <td class="utrecht-table__cell">
                <ul class="utrecht-unordered-list duiding-role-list">
                  {m.roles.map((r) => {
                    const name = t.accounts.roleWithProvider(t.accounts.roles[r.role], r.providerCode);
                    return (
                      <li class="utrecht-unordered-list__item">
                        {name}{' '}
                        <a
                          class="utrecht-link utrecht-link--html-a"
                          href={`/beheer/gebruikers/${m.userId}/rol-verwijderen?rol=${r.role}`}
                          aria-label={u.removeRole(name, m.displayName)}
                        >
                          {u.removeRoleShort}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </td>
              <td class="utrecht-table__cell">
                <form method="post" action={`/beheer/gebruikers/${m.userId}/rollen`} class="duiding-inline-form">
                  <CsrfField token={csrf} />
                  <Select id={`rol-${i}`} name="role" aria-label={u.addRoleLabel(m.displayName)} options={roleOptions(view)} />
                  <Select id={`aanbieder-${i}`} name="provider" aria-label={u.providerLabel} empty={u.providerNone} options={providerOptions(providers)} />
                  <SubmitButton secondary>{u.addRoleSubmit}</SubmitButton>
                </form>
                <form method="post" action={`/beheer/gebruikers/${m.userId}/wachtwoordlink`} class="duiding-inline-form">
                  <CsrfField token={csrf} />
                  <SubmitButton secondary aria-label={u.resetLinkFor(m.displayName)}>
                    {u.resetLink}
                  </SubmitButton>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <Card id="toevoegen-titel" title={u.addTitle}>
        <p class="utrecht-paragraph">{u.addIntro}</p>
        <form method="post" action="/beheer/gebruikers" class="utrecht-form duiding-form" novalidate>
          <CsrfField token={csrf} />
          <TextField id="email" name="email" label={u.addEmail} type="email" value={values.email} autocomplete="off" required />
          <TextField id="name" name="name" label={u.addName} value={values.name} autocomplete="off" required />
          <SelectField id="rol" name="role" label={u.addRole} options={roleOptions(view)} />
          <SelectField id="aanbieder" name="provider" label={u.providerLabel} empty={u.providerNone} options={providerOptions(providers)} />
          <SubmitButton>{u.addSubmit}</SubmitButton>
        </form>
      </Card>
    </Layout>
  );
}

/** Asked before a role is removed (a GET page, so it also works without scripts). */
export function RemoveRolePage({ view, userId, role, roleName, name }: { view: View; userId: string; role: string; roleName: string; name: string }) {
  const u = view.t.accounts.users;
  return (
    <Layout view={view} title={u.confirmTitle} current="users">
      <h1 class="utrecht-heading-1">{u.confirmTitle}</h1>
      <p class="utrecht-paragraph">{u.confirmText(roleName, name)}</p>
      <form method="post" action={`/beheer/gebruikers/${userId}/rol-verwijderen`} class="duiding-inline-form">
        <CsrfField token={view.session!.csrfToken} />
        <input type="hidden" name="role" value={role} />
        <SubmitButton>{u.confirmSubmit}</SubmitButton>{' '}
        <a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">
          {u.cancel}
        </a>
      </form>
    </Layout>
  );
}

/** The one moment a password link is shown: the beheerder passes it on in person. */
export function LinkPage({ view, name, url, notice }: { view: View; name: string; url: string; notice?: string }) {
  const u = view.t.accounts.users;
  return (
    <Layout view={view} title={u.linkTitle} current="users">
      <h1 class="utrecht-heading-1">{u.linkTitle}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <p class="utrecht-paragraph">{u.linkIntro(name)}</p>
      <p class="utrecht-paragraph">
        {u.linkLabel}: <code class="duiding-link-code">{url}</code>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/beheer/gebruikers">
          {u.back}
        </a>
      </p>
    </Layout>
  );
}
