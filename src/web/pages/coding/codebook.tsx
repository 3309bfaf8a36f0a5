// The codebook pages: the questionnaires with their codebooks (/codeboek) and one codebook
// (/codeboek/{key}): the codes, parents first, a form to add one and, per code, to change it.
import type { CodeDefinition } from '../../../domain/coding/codebook.ts';
import { DeleteButton } from '../../components/buttons.tsx';
import { TableRegion } from '../../components/table-region.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ErrorSummary, Notice, TextField, type FieldErrors } from './parts.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { FieldError } from '../../components/field.tsx';

export function CodebookIndexPage({ view, questionnaires }: { view: View; questionnaires: { key: string; codes: number }[] }) {
  const m = view.t.coding;
  return (
    <Layout view={view} title={m.indexTitle} current="codebook">
      <h1 class="utrecht-heading-1">{m.indexTitle}</h1>
      <p class="utrecht-paragraph">{m.indexIntro}</p>
      {questionnaires.length === 0 ? (
        <p class="utrecht-paragraph">{m.noQuestionnaires}</p>
      ) : (
        <TableRegion caption={m.indexTitle} captionClass="duiding-visually-hidden">
          <thead>
            <tr>
              <th scope="col">{m.questionnaire}</th>
              <th scope="col">{m.codes}</th>
              <th scope="col">{m.openAgreement}</th>
            </tr>
          </thead>
          <tbody>
            {questionnaires.map((q) => (
              <tr>
                <td>
                  <a class="utrecht-link utrecht-link--html-a" href={`/codeboek/${encodeURIComponent(q.key)}`}>
                    {m.codebookTitle(q.key)}
                  </a>
                </td>
                <td>{q.codes}</td>
                <td>
                  <a class="utrecht-link utrecht-link--html-a" href={`/overeenstemming/${encodeURIComponent(q.key)}`}>
                    {m.openAgreement}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Layout>
  );
}

export interface CodebookPageProps {
  view: View;
  questionnaireKey: string;
  codes: CodeDefinition[];
  canWrite: boolean;
  done?: string;
  /** The add form as sent, and its problems. */
  form?: { slug?: string; label?: string; description?: string; parent?: string };
  errors?: FieldErrors;
  /** The code being changed (slug), when the errors are of its form. */
  editing?: string;
}

export function CodebookPage(p: CodebookPageProps) {
  const { view, codes } = p;
  const m = view.t.coding;
  const labelOf = new Map(codes.map((c) => [c.slug, c.label]));
  const base = `/codeboek/${encodeURIComponent(p.questionnaireKey)}`;
  const errors = p.errors ?? {};
  const parents = codes.filter((c) => c.parent === null);
  return (
    <Layout view={view} title={m.codebookTitle(p.questionnaireKey)} current="codebook" stylesheets={[]}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/codeboek">
          {m.indexTitle}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.codebookTitle(p.questionnaireKey)}</h1>
      <p class="utrecht-paragraph">{m.codebookIntro}</p>
      {p.canWrite ? null : <p class="utrecht-paragraph">{m.readOnly}</p>}
      <Notice text={p.done === 'toegevoegd' ? m.added : p.done === 'aangepast' ? m.saved : p.done === 'verwijderd' ? m.deleted : undefined} />
      <ErrorSummary view={view} errors={errors} />
      {codes.length === 0 ? (
        <p class="utrecht-paragraph">{m.empty}</p>
      ) : (
        <TableRegion caption={m.tableCaption}>
          <thead>
            <tr>
              <th scope="col">{m.label}</th>
              <th scope="col">{m.parent}</th>
              <th scope="col">{m.description}</th>
              <th scope="col">{m.variable}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr>
                <th scope="row" class={c.parent ? 'duiding-code--child' : undefined}>
                  {c.label}
                </th>
                <td>{c.parent ? labelOf.get(c.parent) : m.topLevel}</td>
                <td>{c.description}</td>
                <td>
                  <code>code:{c.slug}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {p.canWrite ? (
        <>
          <section aria-labelledby="toevoegen">
            <h2 class="utrecht-heading-2" id="toevoegen">
              {m.addTitle}
            </h2>
            <form method="post" action={base} class="utrecht-form duiding-form" novalidate>
              <CsrfField token={view.session!.csrfToken} />
              <TextField
                id="slug"
                name="slug"
                label={m.slug}
                hint={m.slugHint}
                value={p.editing ? '' : p.form?.slug}
                error={p.editing ? undefined : errors.slug}
                required
                maxlength={40}
              />
              <TextField
                id="label"
                name="label"
                label={m.label}
                value={p.editing ? '' : p.form?.label}
                error={p.editing ? undefined : errors.label}
                required
                maxlength={100}
              />
              <TextField
                id="description"
                name="description"
                label={m.description}
                value={p.editing ? '' : p.form?.description}
                error={p.editing ? undefined : errors.description}
              />
              <ParentSelect
                view={view}
                id="parent"
                parents={parents}
                selected={p.editing ? '' : (p.form?.parent ?? '')}
                error={p.editing ? undefined : errors.parent}
              />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {m.add}
              </button>
            </form>
          </section>
          {codes.map((c) => (
            <details class="duiding-code-edit" open={p.editing === c.slug ? true : undefined}>
              <summary>{m.editTitle(c.label)}</summary>
              <form method="post" action={`${base}/${encodeURIComponent(c.slug)}`} class="utrecht-form duiding-form" novalidate>
                <CsrfField token={view.session!.csrfToken} />
                <TextField
                  id={`label-${c.slug}`}
                  name="label"
                  label={m.label}
                  value={c.label}
                  error={p.editing === c.slug ? errors.label : undefined}
                  required
                  maxlength={100}
                />
                <TextField id={`description-${c.slug}`} name="description" label={m.description} value={c.description} />
                <ParentSelect
                  view={view}
                  id={`parent-${c.slug}`}
                  parents={parents.filter((x) => x.slug !== c.slug)}
                  selected={c.parent ?? ''}
                  error={p.editing === c.slug ? errors.parent : undefined}
                />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {m.save}
                </button>
              </form>
              <DeleteButton csrf={view.session!.csrfToken} action={`${base}/${encodeURIComponent(c.slug)}/verwijderen`} label={m.deleteCode} />
            </details>
          ))}
        </>
      ) : null}
    </Layout>
  );
}

function ParentSelect(props: { view: View; id: string; parents: CodeDefinition[]; selected: string; error?: string }) {
  const m = props.view.t.coding;
  return (
    <div class={`utrecht-form-field duiding-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {m.parent}
      </label>
      <FieldError id={props.id} error={props.error} />
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.id}
        name="parent"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-fout` : undefined}
      >
        <option value="" selected={props.selected === ''}>
          {m.none}
        </option>
        {props.parents.map((c) => (
          <option value={c.slug} selected={props.selected === c.slug}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
