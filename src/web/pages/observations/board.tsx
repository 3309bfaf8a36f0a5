// /perspectieven/{questionnaire}: the perspectives board. Each column is a perspective (the first:
// not sorted yet), each card an interpretation with the observation it belongs to. Every card has
// its own small form — "Verplaats naar perspectief" and a button — so the board works with the
// keyboard and without JavaScript; assets/perspective-board.js adds dragging with the mouse and
// moving a focused card with the arrow keys, both by submitting that same form.
import type { Board, BoardCard } from '../../../services/sensemaking/perspectives.ts';
import { DeleteButton, HiddenFields, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { Problem } from '../../../domain/problems.ts';
import { Notice } from '../../components/notice.tsx';
import { Select } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { boardHref, observationHref, perspectiveHref, reportHref } from './links.ts';

export interface BoardPageProps {
  view: View;
  board: Board;
  /** The card just moved: named in the notice, focused by the script. */
  moved?: { card: string; to: string } | null;
  added?: boolean;
  /** A perspective was just renamed or removed. */
  changed?: 'edited' | 'deleted' | null;
  problems?: Problem[];
  form?: { name?: string; description?: string };
}

export function BoardPage(p: BoardPageProps) {
  const { view, board } = p;
  const m = view.t.observations;
  const canWrite = view.may('observations.write');
  const columns = [{ id: '', name: m.unsorted, description: '', interpretations: board.unsorted }, ...board.perspectives];
  const options = columns.map((c) => ({ value: c.id, label: c.name }));
  const cards = columns.reduce((n, c) => n + c.interpretations.length, 0);
  const error = (field: string) => {
    const found = (p.problems ?? []).filter((x) => x.field === field);
    return found.length ? found.map((x) => (view.lang === 'nl' ? x.nl : x.en)).join(' ') : undefined;
  };
  return (
    <Layout view={view} title={m.boardTitle(board.questionnaire)} current="observations" scripts={canWrite ? ['/assets/perspective-board.js'] : []}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/observaties">
          {m.back}
        </a>
        {' · '}
        <a class="utrecht-link utrecht-link--html-a" href={reportHref(board.questionnaire)}>
          {m.reportLink(board.questionnaire)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.boardTitle(board.questionnaire)}</h1>
      <p class="utrecht-paragraph">{m.boardIntro}</p>
      {canWrite ? (
        <p class="utrecht-paragraph duiding-hint" id="bord-toetsen">
          {m.boardKeys}
        </p>
      ) : null}
      {p.moved ? <Notice kind="ok">{m.moved(p.moved.to)}</Notice> : null}
      {p.added ? <Notice kind="ok">{m.perspectiveAdded}</Notice> : null}
      {p.changed ? <Notice kind="ok">{p.changed === 'edited' ? m.perspectiveEdited : m.perspectiveDeleted}</Notice> : null}
      <ErrorSummary
        problems={p.problems}
        lang={view.lang}
        title={m.errorSummary}
        idOf={(field) => (field === 'name' ? 'perspectief-naam' : undefined)}
        labelOf={(field) => ({ name: m.perspectiveName, description: m.perspectiveDescription, perspective: m.moveLabel })[field]}
      />
      {cards === 0 ? <p class="utrecht-paragraph">{m.noCards}</p> : null}
      <div class="duiding-board" data-board={board.questionnaire}>
        {columns.map((column, index) => (
          <section class="duiding-board__column" aria-labelledby={`kolom-${index}`} data-perspective={column.id} data-column={String(index)}>
            <h2 class="utrecht-heading-3" id={`kolom-${index}`}>
              {`${column.name} (${column.interpretations.length})`}
            </h2>
            {column.description ? <p class="utrecht-paragraph duiding-hint">{column.description}</p> : null}
            {canWrite && column.id ? <ColumnActions view={view} questionnaire={board.questionnaire} perspective={column} /> : null}
            {column.interpretations.length === 0 ? (
              <p class="utrecht-paragraph duiding-hint">{m.emptyColumn}</p>
            ) : (
              <ul class="duiding-board__cards">
                {column.interpretations.map((card) => (
                  <CardItem view={view} card={card} column={column.id} options={options} canWrite={canWrite} questionnaire={board.questionnaire} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {canWrite ? (
        <section aria-labelledby="perspectief-toevoegen">
          <h2 class="utrecht-heading-2" id="perspectief-toevoegen">
            {m.addPerspectiveHeading}
          </h2>
          <form method="post" action={boardHref(board.questionnaire)} class="utrecht-form duiding-form" novalidate>
            <CsrfField token={view.session?.csrfToken} />
            <TextField
              id="perspectief-naam"
              name="name"
              label={m.perspectiveName}
              hint={m.perspectiveHint}
              value={p.form?.name}
              error={error('name')}
              required
              maxlength={200}
            />
            <TextField
              id="perspectief-beschrijving"
              name="description"
              label={m.perspectiveDescription}
              value={p.form?.description}
              error={error('description')}
              rows={2}
            />
            <SubmitButton>{m.addPerspective}</SubmitButton>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

/** Rename or remove a perspective (the first column, "not placed", is no perspective and has neither). */
function ColumnActions(p: { view: View; questionnaire: string; perspective: { id: string; name: string } }) {
  const m = p.view.t.observations;
  const href = perspectiveHref(p.questionnaire, p.perspective.id);
  return (
    <div class="duiding-actions">
      <a class="utrecht-link utrecht-link--html-a" href={`${href}/bewerken`} aria-label={m.renamePerspectiveLabel(p.perspective.name)}>
        {m.renamePerspective}
      </a>
      <DeleteButton csrf={p.view.session?.csrfToken} action={`${href}/verwijderen`} label={m.deletePerspective(p.perspective.name)} />
    </div>
  );
}

function CardItem(p: { view: View; card: BoardCard; column: string; options: { value: string; label: string }[]; canWrite: boolean; questionnaire: string }) {
  const m = p.view.t.observations;
  const id = p.card.id;
  return (
    <li class="duiding-board__card" id={`kaart-${id}`} data-card={id}>
      <p class="utrecht-paragraph duiding-prewrap">{p.card.text}</p>
      <p class="utrecht-paragraph duiding-hint">
        {`${m.fromObservation}: `}
        <a class="utrecht-link utrecht-link--html-a" href={observationHref(p.card.observation.id)}>
          {p.card.observation.title}
        </a>
      </p>
      {p.canWrite ? (
        <form method="post" action={`${boardHref(p.questionnaire)}/verplaatsen`} class="duiding-inline-form duiding-board__move">
          <CsrfField token={p.view.session?.csrfToken} />
          <HiddenFields fields={{ interpretation: id }} />
          <label class="utrecht-form-label" for={`naar-${id}`}>
            {m.moveLabel}
          </label>
          <Select id={`naar-${id}`} name="perspective" options={p.options} value={p.column} />
          <SubmitButton secondary>{m.move}</SubmitButton>
        </form>
      ) : null}
    </li>
  );
}
