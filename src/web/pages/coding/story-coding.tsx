// Coding one story (/verhalen/{id}/coderen): the text with its coded passages marked, the codes
// with who applied them and where, and a form to add a code to the whole story, to one sentence
// (a list: works with the keyboard and without JavaScript) or to a passage by start and end.
// With JavaScript (assets/coding.js), selecting text in the story fills in start and end.
import { directionOf } from '../../../domain/languages/index.ts';
import type { CodingRow, StoryCoding } from '../../../services/coding/story-coding.ts';
import { TableRegion } from '../../components/table-region.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ErrorSummary, Notice, TextField, type FieldErrors } from './parts.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { FieldError } from '../../components/field.tsx';

export interface StoryCodingForm {
  code?: string;
  scope?: string;
  sentence?: string;
  start?: string;
  end?: string;
}

export function StoryCodingPage(p: {
  view: View;
  data: StoryCoding;
  language: string;
  canWrite: boolean;
  done?: string;
  form?: StoryCodingForm;
  errors?: FieldErrors;
}) {
  const { view, data } = p;
  const m = view.t.coding;
  const story = data.story;
  const errors = p.errors ?? {};
  const action = `/verhalen/${story.id}/coderen`;
  const scope = p.form?.scope ?? 'whole';
  const where = (c: CodingRow) => (c.start === null ? m.wholeStory : m.passage(c.start, c.end!));
  return (
    <Layout view={view} title={m.storyTitle(story.title)} current="stories" scripts={p.canWrite ? ['/assets/coding.js'] : []}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}`}>
          {m.backToStory}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.storyTitle(story.title)}</h1>
      <Notice text={p.done === 'toegevoegd' ? m.applied : p.done === 'verwijderd' ? m.removed : undefined} />
      <ErrorSummary view={view} errors={errors} />
      <section aria-labelledby="tekst">
        <h2 class="utrecht-heading-2" id="tekst">
          {m.textHeading}
        </h2>
        <p class="utrecht-paragraph" id="tekst-uitleg">
          {m.textHint}
        </p>
        <div class="duiding-coding-text" id="verhaaltekst" data-length={story.text.length} lang={p.language} dir={directionOf(p.language)}>
          {markedText(story.text, data.codings)}
        </div>
      </section>
      <section aria-labelledby="codes">
        <h2 class="utrecht-heading-2" id="codes">
          {m.appliedHeading}
        </h2>
        {data.codings.length === 0 ? (
          <p class="utrecht-paragraph">{m.noCodings}</p>
        ) : (
          <TableRegion caption={m.appliedCaption} captionClass="duiding-visually-hidden">
            <thead>
              <tr>
                <th scope="col">{m.code}</th>
                <th scope="col">{m.where}</th>
                <th scope="col">{m.who}</th>
                {p.canWrite ? <th scope="col">{m.remove}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.codings.map((c) => (
                <tr>
                  <td>{c.label}</td>
                  <td>
                    {where(c)}
                    {c.start !== null ? (
                      <>
                        {': '}
                        <q>{clipped(story.text.slice(c.start, c.end!))}</q>
                      </>
                    ) : null}
                  </td>
                  <td>{c.mine ? m.you : c.analyst}</td>
                  {p.canWrite ? (
                    <td>
                      {c.mine ? (
                        <form method="post" action={`${action}/verwijderen`} class="duiding-inline-form">
                          <CsrfField token={view.session!.csrfToken} />
                          <input type="hidden" name="code" value={c.slug} />
                          <input type="hidden" name="start" value={c.start === null ? '' : String(c.start)} />
                          <input type="hidden" name="end" value={c.end === null ? '' : String(c.end)} />
                          <button type="submit" class="utrecht-button utrecht-button--subtle" aria-label={m.removeLabel(c.label, where(c))}>
                            {m.remove}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
      {p.canWrite ? (
        <section aria-labelledby="coderen">
          <h2 class="utrecht-heading-2" id="coderen">
            {m.formHeading}
          </h2>
          {data.codes.length === 0 ? (
            <p class="utrecht-paragraph">
              {m.noCodes}{' '}
              <a class="utrecht-link utrecht-link--html-a" href={`/codeboek/${encodeURIComponent(data.questionnaireKey)}`}>
                {m.openCodebook}
              </a>
            </p>
          ) : (
            <form method="post" action={action} class="utrecht-form duiding-form" id="codeer-formulier" novalidate>
              <CsrfField token={view.session!.csrfToken} />
              <div class={`utrecht-form-field duiding-field${errors.code ? ' utrecht-form-field--invalid' : ''}`}>
                <label class="utrecht-form-label" for="code">
                  {m.code}
                </label>
                <FieldError id="code" error={errors.code} />
                <select class="utrecht-select utrecht-select--html-select" id="code" name="code" aria-describedby={errors.code ? 'code-fout' : undefined}>
                  {data.codes.map((c) => (
                    <option value={c.slug} selected={p.form?.code === c.slug}>
                      {c.parent ? `— ${c.label}` : c.label}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset class="utrecht-form-fieldset duiding-fieldset">
                <legend class="utrecht-form-fieldset__legend">{m.scope}</legend>
                {(
                  [
                    ['whole', m.scopeWhole],
                    ['sentence', m.scopeSentence],
                    ['passage', m.scopePassage],
                  ] as const
                ).map(([value, label]) => (
                  <div class="duiding-radio">
                    <input class="utrecht-radio-button" type="radio" id={`scope-${value}`} name="scope" value={value} checked={scope === value} />
                    <label class="utrecht-form-label utrecht-form-label--radio" for={`scope-${value}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </fieldset>
              <div class="utrecht-form-field duiding-field">
                <label class="utrecht-form-label" for="sentence">
                  {m.sentence}
                </label>
                <select class="utrecht-select utrecht-select--html-select" id="sentence" name="sentence">
                  {data.sentences.map((s, i) => (
                    <option value={`${s.start}-${s.end}`} selected={p.form?.sentence === `${s.start}-${s.end}`}>
                      {m.sentenceOption(i + 1, clipped(story.text.slice(s.start, s.end)))}
                    </option>
                  ))}
                </select>
              </div>
              <p class="utrecht-paragraph" id="span-uitleg">
                {m.spanHint(story.text.length)}
              </p>
              <TextField id="start" name="start" type="text" inputmode="numeric" label={m.start} value={p.form?.start} error={errors.start} />
              <TextField id="end" name="end" type="text" inputmode="numeric" label={m.end} value={p.form?.end} error={errors.end} />
              <p class="utrecht-paragraph" id="selectie" aria-live="polite" data-template={m.selected('{}')}></p>
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {m.apply}
              </button>
            </form>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

function clipped(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The text as it is, with every stretch that some passage covers in a <mark>, so the page text equals the story text. */
function markedText(text: string, codings: CodingRow[]) {
  const passages = codings.filter((c) => c.start !== null);
  const cuts = [...new Set([0, text.length, ...passages.flatMap((c) => [c.start!, c.end!])])].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = passages.filter((c) => c.start! <= from && c.end! >= to);
    const piece = text.slice(from, to);
    pieces.push(covering.length ? <mark title={[...new Set(covering.map((c) => c.label))].join(', ')}>{piece}</mark> : piece);
  }
  return pieces;
}
