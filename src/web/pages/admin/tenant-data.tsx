// The beheerder's data page: download everything, see and apply retention periods (both start a
// job; its page, /taken/{id}, shows the outcome).
import { CsrfField } from '../../components/csrf-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export interface TenantDataProps {
  view: View;
  collections: { slug: string; title: string; retentionDays: number | null }[];
}

export function TenantDataPage({ view, collections }: TenantDataProps) {
  const a = view.t.adminData;
  const csrf = view.session!.csrfToken;
  return (
    <Layout view={view} title={a.dataTitle} current="admin">
      <h1 class="utrecht-heading-1">{a.dataTitle}</h1>
      <p class="utrecht-paragraph">{a.dataIntro}</p>
      <Card id="export-title" title={a.exportTitle}>
        <p class="utrecht-paragraph">{a.exportText}</p>
        <form method="post" action="/beheer/gegevens/download">
          <CsrfField token={csrf} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {a.exportButton}
          </button>
        </form>
      </Card>
      <Card id="retention-title" title={a.retentionTitle}>
        <p class="utrecht-paragraph">{a.retentionText}</p>
        <TableRegion caption={a.retentionTitle}>
          <TableHead columns={[a.collection, a.retentionDays]} />
          <tbody class="utrecht-table__body">
            {collections.map((c) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {c.title} <span class="duiding-muted">({c.slug})</span>
                </th>
                <td class="utrecht-table__cell">{c.retentionDays === null ? a.noRetention : a.days(c.retentionDays)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
        <form method="post" action="/beheer/gegevens/bewaartermijn">
          <CsrfField token={csrf} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {a.runNow}
          </button>
        </form>
      </Card>
      <Card id="delete-title" title={a.deleteTitle}>
        <p class="utrecht-paragraph">{a.deleteText}</p>
      </Card>
    </Layout>
  );
}
