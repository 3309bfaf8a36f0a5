// /beheer: the beheerder's starting point for accounts, the audit log and the municipality's data.
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

const LINKS = [
  ['users', '/beheer/gebruikers'],
  ['audit', '/beheer/logboek'],
  ['data', '/beheer/gegevens'],
] as const;

export function AdminHomePage({ view }: { view: View }) {
  const a = view.t.adminData;
  return (
    <Layout view={view} title={a.adminTitle} current="admin">
      <h1 class="utrecht-heading-1">{a.adminTitle}</h1>
      <p class="utrecht-paragraph">{a.adminIntro}</p>
      <ul class="duiding-link-list">
        {LINKS.map(([key, href]) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={href}>
              {a.adminLinks[key][0]}
            </a>
            <p class="utrecht-paragraph">{a.adminLinks[key][1]}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
