// The beheerder's audit log: newest first, filter by action, paged by id.
import { auditDetailText, describeAuditAction } from '../../../domain/audit-actions.ts';
import type { AuditPage } from '../../../services/audit.ts';
import { Select } from '../../components/select-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { TableRegion } from '../../components/table-region.tsx';

function dateTime(date: Date, lang: View['lang']): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

export function AuditLogPage({ view, page, action }: { view: View; page: AuditPage; action?: string }) {
  const a = view.t.adminData;
  const actionQuery = action ? `&actie=${encodeURIComponent(action)}` : '';
  return (
    <Layout view={view} title={a.auditTitle} current="admin">
      <h1 class="utrecht-heading-1">{a.auditTitle}</h1>
      <p class="utrecht-paragraph">{a.auditIntro}</p>
      <form method="get" action="/beheer/logboek" class="duiding-inline-form">
        <label class="utrecht-form-label" for="actie">
          {a.filterLabel}
        </label>
        <Select
          id="actie"
          name="actie"
          value={action}
          empty={a.filterAll}
          options={page.actions
            .map((name) => ({ value: name, label: describeAuditAction(name, view.lang) }))
            .sort((x, y) => x.label.localeCompare(y.label, view.lang))}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {a.filterSubmit}
        </button>
      </form>
      {page.entries.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{a.empty}</p>
      ) : (
        <TableRegion caption={a.tableCaption}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {[a.when, a.who, a.what, a.subject, a.detail].map((heading) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {page.entries.map((entry) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{dateTime(entry.at, view.lang)}</td>
                <td class="utrecht-table__cell">{entry.actor ?? a.system}</td>
                <td class="utrecht-table__cell">{describeAuditAction(entry.action, view.lang)}</td>
                <td class="utrecht-table__cell">{entry.subject}</td>
                <td class="utrecht-table__cell">
                  <span class="duiding-audit-detail">{auditDetailText(entry.detail, view.lang)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <p class="utrecht-paragraph">
        {page.nextBefore !== null ? (
          <a class="utrecht-link utrecht-link--html-a" href={`/beheer/logboek?voor=${page.nextBefore}${actionQuery}`}>
            {a.older}
          </a>
        ) : null}{' '}
        <a class="utrecht-link utrecht-link--html-a" href="/beheer/logboek">
          {a.newest}
        </a>
      </p>
    </Layout>
  );
}
