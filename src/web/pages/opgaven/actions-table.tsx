// The actions agreed about an opgave, with their follow-up, as one table.
import type { ActionView } from '../../../services/opgaven.ts';
import { formatDay } from '../../format.ts';
import type { View } from '../../view.ts';
import { TableHead, TableRegion } from '../../components/table-region.tsx';

export function ActionsTable({ view, actions, linkDialogues }: { view: View; actions: ActionView[]; linkDialogues: boolean }) {
  const g = view.t.opgaven.dialogue;
  return (
    <TableRegion caption={g.actionsCaption}>
      <TableHead columns={[g.colAction, g.colOwner, g.colDue, g.colLevel, g.colStatus]} />
      <tbody class="utrecht-table__body">
        {actions.map((a) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">
              {a.description}{' '}
              {linkDialogues ? (
                <a class="utrecht-link utrecht-link--html-a" href={`/dialogen/${a.dialogueId}`}>
                  ({a.dialogueTitle})
                </a>
              ) : (
                `(${a.dialogueTitle})`
              )}
            </td>
            <td class="utrecht-table__cell">{a.owner}</td>
            <td class="utrecht-table__cell">{a.dueOn ? formatDay(a.dueOn, view.lang) : ''}</td>
            <td class="utrecht-table__cell">{g.levelShort[a.learningLevel]}</td>
            <td class="utrecht-table__cell">
              {g.actionStatuses[a.status] ?? a.status}
              {a.followUp ? ` — ${a.followUp}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
