// /dialogen: planned and held dialogues, and the form to plan one.
import type { Problem } from '../../../domain/problems.ts';
import { DIALOGUE_KINDS, PARTICIPANT_ROLES } from '../../../domain/opgaven/vocabulary.ts';
import type { DialogueSummary } from '../../../services/dialogue-read.ts';
import type { Participant } from '../../../services/dialogues.ts';
import { formatDay } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { OpgavenErrors } from '../opgaven/problems.tsx';
import { TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

function DialogueTable({ view, rows, caption }: { view: View; rows: DialogueSummary[]; caption: string }) {
  const g = view.t.opgaven.dialogues;
  return (
    <TableRegion caption={caption}>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">
            {g.colTitle}
          </th>
          <th class="utrecht-table__header-cell" scope="col">
            {g.colKind}
          </th>
          <th class="utrecht-table__header-cell" scope="col">
            {g.colDate}
          </th>
          <th class="utrecht-table__header-cell" scope="col">
            {g.colOpgave}
          </th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
            {g.colActions}
          </th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {rows.map((d) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link utrecht-link--html-a" href={`/dialogen/${d.id}`}>
                {d.title}
              </a>
            </th>
            <td class="utrecht-table__cell">{g.kinds[d.kind] ?? d.kind}</td>
            <td class="utrecht-table__cell">{d.heldOn ? formatDay(d.heldOn, view.lang) : g.noDate}</td>
            <td class="utrecht-table__cell">{d.opgave?.title ?? ''}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{d.actions}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** Kind, title, date, opgave and participants; used to plan and to edit a plan. */
export function PlanFields({
  view,
  opgaven,
  values = {},
  participants = [],
}: {
  view: View;
  opgaven: { key: string; title: string }[];
  values?: Record<string, string>;
  participants?: Participant[];
}) {
  const o = view.t.opgaven;
  const g = o.dialogues;
  return (
    <>
      <SelectField id="plan-soort" name="kind" label={g.kind} value={values.kind} options={DIALOGUE_KINDS.map((k) => ({ value: k, label: g.kinds[k] }))} />
      <TextField id="plan-titel" name="title" label={g.dialogueTitle} value={values.title} required maxlength={300} />
      <TextField id="plan-datum" name="heldOn" label={g.date} hint={g.dateHint} type="date" value={values.heldOn} />
      <SelectField
        id="plan-opgave"
        name="opgave"
        label={g.opgave}
        value={values.opgave}
        empty={o.none}
        options={opgaven.map((x) => ({ value: x.key, label: x.title }))}
      />
      <ParticipantFields view={view} values={values} participants={participants} />
    </>
  );
}

/** Who takes part, by role (a checkbox each) with optional names; posted as role_<role> and name_<role>. */
export function ParticipantFields({
  view,
  values = {},
  participants = [],
}: {
  view: View;
  values?: Record<string, string>;
  participants?: { role: string; name: string }[];
}) {
  const g = view.t.opgaven.dialogues;
  const chosen = new Map(participants.map((p) => [p.role, p.name]));
  return (
    <>
      <fieldset class="utrecht-form-fieldset duiding-fieldset">
        <legend class="utrecht-form-fieldset__legend">{g.participants}</legend>
        <p class="utrecht-paragraph">{g.participantsHint}</p>
        {PARTICIPANT_ROLES.map((role) => (
          <div class="duiding-participant">
            <div class="duiding-checkbox">
              <input
                class="utrecht-checkbox"
                type="checkbox"
                id={`rol-${role}`}
                name={`role_${role}`}
                value="ja"
                checked={values[`role_${role}`] === 'ja' || chosen.has(role)}
              />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={`rol-${role}`}>
                {g.roles[role]}
              </label>
            </div>
            <TextField
              id={`namen-${role}`}
              name={`name_${role}`}
              label={g.names(g.roles[role].toLowerCase())}
              value={values[`name_${role}`] ?? chosen.get(role)}
              maxlength={500}
            />
          </div>
        ))}
      </fieldset>
    </>
  );
}

export function DialoguesPage(props: {
  view: View;
  dialogues: DialogueSummary[];
  opgaven: { key: string; title: string }[];
  canWrite: boolean;
  problems?: Problem[];
  values?: Record<string, string>;
}) {
  const { view, dialogues } = props;
  const g = view.t.opgaven.dialogues;
  const planned = dialogues.filter((d) => d.planned);
  const held = dialogues.filter((d) => !d.planned);
  return (
    <Layout view={view} title={g.title} current="dialogues">
      <h1 class="utrecht-heading-1">{g.title}</h1>
      <p class="utrecht-paragraph">{g.intro}</p>
      <OpgavenErrors view={view} problems={props.problems} ids={{ kind: 'plan-soort', title: 'plan-titel', heldOn: 'plan-datum', opgave: 'plan-opgave' }} />
      <h2 class="utrecht-heading-2">{g.planned}</h2>
      {planned.length ? <DialogueTable view={view} rows={planned} caption={g.captionPlanned} /> : <p class="utrecht-paragraph duiding-empty">{g.noPlanned}</p>}
      <h2 class="utrecht-heading-2">{g.held}</h2>
      {held.length ? <DialogueTable view={view} rows={held} caption={g.captionHeld} /> : <p class="utrecht-paragraph duiding-empty">{g.noHeld}</p>}
      {props.canWrite ? (
        <Card id="dialoog-plannen" title={g.planTitle}>
          <form method="post" action="/dialogen" class="utrecht-form duiding-form">
            <CsrfField token={view.session?.csrfToken} />
            <PlanFields view={view} opgaven={props.opgaven} values={props.values} />
            <SubmitButton>{g.plan}</SubmitButton>
          </form>
        </Card>
      ) : null}
    </Layout>
  );
}
