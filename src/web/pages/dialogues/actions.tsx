// The actions agreed in a dialogue, each with its follow-up form, and the form to add one.
import { ACTION_KINDS, ACTION_STATUSES, LEARNING_LEVELS } from '../../../domain/opgaven/vocabulary.ts';
import type { DialogueView } from '../../../services/dialogue-read.ts';
import { formatDay } from '../../format.ts';
import type { View } from '../../view.ts';
import { Button, Csrf, DeleteButton, Field, Select, TextArea, TextInput } from '../opgaven/parts.tsx';

export function ActionsSection({ view, dialogue: d, canWrite }: { view: View; dialogue: DialogueView; canWrite: boolean }) {
  const g = view.t.opgaven.dialogues;
  const r = view.t.opgaven.dialogue;
  const base = `/dialogen/${d.id}`;
  return (
    <section class="duiding-card" aria-labelledby="acties">
      <h2 class="utrecht-heading-2" id="acties">
        {r.actions}
      </h2>
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
                <Csrf view={view} />
                <Field id={`opvolging-${index}`} label={r.colStatus}>
                  <Select id={`opvolging-${index}`} name="status" value={a.status} options={ACTION_STATUSES.map((s) => ({ value: s, label: r.actionStatuses[s] }))} />
                </Field>
                <Field id={`opvolging-noot-${index}`} label={r.followUpNote}>
                  <TextArea id={`opvolging-noot-${index}`} name="followUp" value={a.followUp} rows={2} />
                </Field>
                <Button secondary>{r.followUp}</Button>
              </form>
              <DeleteButton view={view} action={`${base}/acties/${a.id}/verwijderen`} label={`${r.deleteAction}: ${a.description}`} />
            </>
          ) : null}
        </article>
      ))}
      {canWrite ? (
        <form method="post" action={`${base}/acties`} class="utrecht-form duiding-form" aria-labelledby="actie-toevoegen">
          <h3 class="utrecht-heading-3" id="actie-toevoegen">
            {r.addAction}
          </h3>
          <Csrf view={view} />
          <Field id="actie-beschrijving" label={r.description}>
            <TextArea id="actie-beschrijving" name="description" required rows={2} />
          </Field>
          <Field id="actie-soort" label={r.colKind}>
            <Select id="actie-soort" name="kind" options={ACTION_KINDS.map((k) => ({ value: k, label: r.actionKinds[k] }))} />
          </Field>
          <Field id="actie-eigenaar" label={r.owner}>
            <TextInput id="actie-eigenaar" name="owner" required maxlength={300} />
          </Field>
          <Field id="actie-datum" label={r.due} hint={g.dateHint}>
            <TextInput id="actie-datum" name="dueOn" type="date" hint />
          </Field>
          <Field id="actie-niveau" label={r.level}>
            <Select id="actie-niveau" name="learningLevel" options={LEARNING_LEVELS.map((l) => ({ value: String(l), label: r.levels[l] }))} />
          </Field>
          <Button>{r.addAction}</Button>
        </form>
      ) : null}
    </section>
  );
}
