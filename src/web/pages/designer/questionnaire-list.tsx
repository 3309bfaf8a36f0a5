// /vragenlijsten: every questionnaire with its versions and story counts; create and upload.
import { localized } from '../../i18n/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import type { DesignerSummary } from '../../../services/questionnaire-designer.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { FileField } from '../../components/file-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { bindFields, fieldId, type FieldErrors, type Values } from '../../components/field.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export interface QuestionnaireListProps {
  view: View;
  questionnaires: DesignerSummary[];
  canWrite: boolean;
  values?: Values;
  errors?: FieldErrors;
  /** Upload outcome: a summary or the problems. */
  uploadSummary?: string;
  uploadErrors?: string[];
}

export function QuestionnaireListPage({ view, questionnaires, canWrite, values = {}, errors = {}, uploadSummary, uploadErrors }: QuestionnaireListProps) {
  const d = view.t.designer;
  const field = bindFields(values, errors);
  const l = d.list;
  return (
    <Layout view={view} title={l.title} current="questionnaires">
      <h1 class="utrecht-heading-1">{l.title}</h1>
      <p class="utrecht-paragraph">{l.intro}</p>
      {questionnaires.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{l.none}</p>
      ) : (
        <TableRegion caption={l.caption}>
          <TableHead
            columns={[
              l.columnTitle,
              l.columnKey,
              l.columnVersion,
              l.columnState,
              { label: l.columnQuestions, numeric: true },
              { label: l.columnStories, numeric: true },
            ]}
          />
          <tbody class="utrecht-table__body">
            {questionnaires.map((q) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link utrecht-link--html-a" href={`/vragenlijsten/${encodeURIComponent(q.key)}`}>
                    {localized(q.title, view.lang)}
                  </a>
                </td>
                <td class="utrecht-table__cell">
                  <code>{q.key}</code>
                </td>
                <td class="utrecht-table__cell">{`${q.latest} (${l.versions(q.versions)})`}</td>
                <td class="utrecht-table__cell">{q.frozen ? l.frozen : l.draft}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{q.questions}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{q.stories}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {canWrite ? (
        <>
          <Card id="nieuw-titel" title={l.createTitle}>
            <ErrorSummary problems={problemsOf(errors)} lang={view.lang} title={view.t.designer.errorSummary} />
            <form method="post" action="/vragenlijsten" class="utrecht-form duiding-form" novalidate>
              <CsrfField token={view.session?.csrfToken} />
              <TextField {...field('title.nl')} label={`${l.titleLabel} (${d.dutch})`} required />
              <TextField {...field('title.en')} label={`${l.titleLabel} (${d.english})`} />
              <TextField {...field('key')} label={l.key} hint={l.keyHint} required />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {l.create}
              </button>
            </form>
          </Card>
          <Card id="upload-titel" title={l.importTitle}>
            {uploadSummary ? <Notice>{uploadSummary}</Notice> : null}
            <ErrorSummary problems={problemsOf({ bestand: uploadErrors ?? [] })} lang={view.lang} title={view.t.designer.errorSummary} />
            <form method="post" action="/vragenlijsten/uploaden" enctype="multipart/form-data" class="utrecht-form duiding-form">
              <CsrfField token={view.session?.csrfToken} />
              <FileField id={fieldId('bestand')} name="file" label={l.file} hint={l.importHint} accept=".json,application/json" required />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {l.upload}
              </button>
            </form>
          </Card>
        </>
      ) : null}
    </Layout>
  );
}
