// /verzamelingen: every collection with its public link, questionnaire, mode, state and stories.
import type { CollectionView } from '../../../services/collections.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Notice } from '../../components/notice.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';

export function CollectionListPage({ view, collections, canWrite, notice }: { view: View; collections: CollectionView[]; canWrite: boolean; notice?: string }) {
  const k = view.t.designer.collections;
  return (
    <Layout view={view} title={k.title} current="collections">
      <h1 class="utrecht-heading-1">{k.title}</h1>
      <p class="utrecht-paragraph">{k.intro}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {canWrite ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/verzamelingen/nieuw">
            {k.create}
          </a>
        </p>
      ) : null}
      {collections.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{k.none}</p>
      ) : (
        <TableRegion caption={k.caption}>
          <TableHead columns={[k.columnTitle, k.columnLink, k.columnQuestionnaire, k.columnMode, k.columnState, { label: k.columnStories, numeric: true }]} />
          <tbody class="utrecht-table__body">
            {collections.map((c) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link utrecht-link--html-a" href={`/verzamelingen/${c.id}`}>
                    {c.title}
                  </a>
                </td>
                <td class="utrecht-table__cell">
                  <code>{`/vertel/${c.slug}`}</code>
                </td>
                <td class="utrecht-table__cell">
                  <code>{c.questionnaireKey}</code>
                </td>
                <td class="utrecht-table__cell">{k.modesShort[c.mode]}</td>
                <td class="utrecht-table__cell">{k.states[c.state]}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{c.stories}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Layout>
  );
}
