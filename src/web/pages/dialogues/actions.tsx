// The actions agreed in a dialogue, each with its follow-up form, and the form to add one. The
// network's quality reviews show their actions with it too (base: where the forms post).
import { ACTION_KINDS, ACTION_STATUSES, LEARNING_LEVELS } from '../../../domain/opgaven/vocabulary.ts';
import { formatDay } from '../../format.ts';
import type { View } from '../../view.ts';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { Card } from '../../components/card.tsx';

interface ActionItem {
  id: string;
  kind: string;
  description: string;
  owner: string;
  dueOn: string | null;
  learningLevel: number;
  status: string;
  followUp: string;
}

interface ActionsSectionProps {
  view: View;
  /** The page the actions belong to; the forms post to `${base}/acties…`. */
  base: string;
  actions: ActionItem[];
  canWrite: boolean;
  /** Local dialogues may delete an action; the network's reviews keep them. */
  canDelete?: boolean;
}

export function ActionsSection({ view, base, actions, canWrite, canDelete = true }: ActionsSectionProps) {
  const g = view.t.opgaven.dialogues;
  const r = view.t.opgaven.dialogue;
  return (
    <Card id="acties" title={r.actions}>
      {actions.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noActions}</p> : null}
      {actions.map((a, index) => (
        <article class="duiding-action" aria-labelledby={`actie-${a.id}`}>
          <h3 class="utrecht-heading-3" id={`actie-${a.id}`}>
            {a.description}
          </h3>
          <dl class="duiding-facts duiding-facts--inline">
            <dt>{r.colKind}</dt>
            <dd>{r.actionKinds[a.kind] ?? a.kind}</dd>
            <dt>{r.colOwner}</dt>
            <dd>{a.owner}</dd>
            <dt>{r.colDue}</dt>
            <dd>{a.dueOn ? formatDay(a.dueOn, view.lang) : ''}</dd>
            <dt>{r.colLevel}</dt>
            <dd>{r.levelShort[a.learningLevel]}</dd>
            <dt>{r.colStatus}</dt>
            <dd>
              {r.actionStatuses[a.status] ?? a.status}
              {a.followUp ? ` — ${a.followUp}` : ''}
            </dd>
          </dl>
          {canWrite ? (
            <>
              <form method="post" action={`${base}/acties/${a.id}`} class="utrecht-form duiding-form" aria-label={r.followUpFor(a.description)}>
                <CsrfField token={view.session?.csrfToken} />
                <SelectField
                  id={`opvolging-${index}`}
                  name="status"
                  label={r.colStatus}
                  value={a.status}
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: r.actionStatuses[s] }))}
                />
                <TextField id={`opvolging-noot-${index}`} name="followUp" label={r.followUpNote} value={a.followUp} rows={2} />
                <SubmitButton secondary>{r.followUp}</SubmitButton>
              </form>
              {canDelete ? (
                <DeleteButton csrf={view.session?.csrfToken} action={`${base}/acties/${a.id}/verwijderen`} label={`${r.deleteAction}: ${a.description}`} />
              ) : null}
            </>
          ) : null}
        </article>
      ))}
      {canWrite ? (
        <form method="post" action={`${base}/acties`} class="utrecht-form duiding-form" aria-labelledby="actie-toevoegen">
          <h3 class="utrecht-heading-3" id="actie-toevoegen">
            {r.addAction}
          </h3>
          <CsrfField token={view.session?.csrfToken} />
          <TextField id="actie-beschrijving" name="description" label={r.description} required rows={2} />
          <SelectField id="actie-soort" name="kind" label={r.colKind} options={ACTION_KINDS.map((k) => ({ value: k, label: r.actionKinds[k] }))} />
          <TextField id="actie-eigenaar" name="owner" label={r.owner} required maxlength={300} />
          <TextField id="actie-datum" name="dueOn" label={r.due} hint={g.dateHint} type="date" />
          <SelectField
            id="actie-niveau"
            name="learningLevel"
            label={r.level}
            options={LEARNING_LEVELS.map((l) => ({ value: String(l), label: r.levels[l] }))}
          />
          <SubmitButton>{r.addAction}</SubmitButton>
        </form>
      ) : null}
    </Card>
  );
}
