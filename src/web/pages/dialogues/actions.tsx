// The actions agreed in a dialogue, each with its follow-up form, and the form to add one.
import { ACTION_KINDS, ACTION_STATUSES, LEARNING_LEVELS } from '../../../domain/opgaven/vocabulary.ts';
import type { DialogueView } from '../../../services/dialogue-read.ts';
import { formatDay } from '../../format.ts';
import type { View } from '../../view.ts';
import { DeleteButton, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { Card } from '../../components/card.tsx';

export function ActionsSection({ view, dialogue: d, canWrite }: { view: View; dialogue: DialogueView; canWrite: boolean }) {
  const g = view.t.opgaven.dialogues;
  const r = view.t.opgaven.dialogue;
  const base = `/dialogen/${d.id}`;
  return (
    <Card id="acties" title={r.actions}>
      {d.actionList.length === 0 ? <p class="utrecht-paragraph duiding-empty">{r.noActions}</p> : null}
      {d.actionList.map((a, index) => (
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
              <DeleteButton csrf={view.session?.csrfToken} action={`${base}/acties/${a.id}/verwijderen`} label={`${r.deleteAction}: ${a.description}`} />
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
