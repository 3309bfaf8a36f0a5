// The NarraFirma and SenseMaker sections of /importeren: a questionnaire key and two files each.
// Success lists what could not be carried over; a refusal lists every problem (nothing saved).
import type { LocalizedText } from '../../domain/questionnaire/types.ts';
import { localized } from '../i18n/index.ts';
import type { View } from '../view.ts';
import { CsrfField } from '../components/csrf-field.tsx';
import { FileField } from '../components/file-field.tsx';
import { Notice } from '../components/notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { RejectedAlert } from './import-rejected.tsx';
import { Card } from '../components/card.tsx';

export type ForeignForm = 'narrafirma' | 'sensemaker';

export interface ForeignOutcome {
  form: ForeignForm;
  summary?: string[];
  /** Formatted notes: what was not carried over (file, line, column). */
  notMapped?: string[];
  /** Formatted problems: the import was refused. */
  problems?: string[];
  key?: string;
}

function Outcome({ view, outcome }: { view: View; outcome: ForeignOutcome }) {
  const p = view.t.importPage;
  const f = view.t.foreignImport;
  if (outcome.problems) return <RejectedAlert view={view} form={outcome.form} problems={outcome.problems} />;
  return (
    <Notice id={`uitkomst-${outcome.form}`} title={p.successTitle} level={3} paragraph={false}>
      {(outcome.summary ?? []).map((line) => (
        <p class="utrecht-paragraph">{line}</p>
      ))}
      {outcome.notMapped && outcome.notMapped.length > 0 ? (
        <>
          <h4 class="utrecht-heading-4">{f.notMappedTitle}</h4>
          <p class="utrecht-paragraph">{f.notMappedIntro}</p>
          <ul class="utrecht-unordered-list duiding-not-mapped">
            {outcome.notMapped.map((note) => (
              <li class="utrecht-unordered-list__item">{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Notice>
  );
}

function File({ id, name, label, accept }: { id: string; name: string; label: string; accept: string }) {
  return <FileField id={id} name={name} label={label} accept={accept} required />;
}

interface Exportable {
  key: string;
  title: LocalizedText;
}

function ExportLinks({ view, questionnaires }: { view: View; questionnaires: Exportable[] }) {
  const f = view.t.foreignImport;
  return (
    <>
      <h3 class="utrecht-heading-3">{f.exportTitle}</h3>
      <p class="utrecht-paragraph">{f.exportIntro}</p>
      {questionnaires.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {questionnaires.map((q) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`/importeren/sensemaker/${encodeURIComponent(q.key)}`} download>
                {f.exportLink(localized(q.title, view.lang))}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="utrecht-paragraph">
        {f.exportHint.split(': ')[0]}: <code>{f.exportHint.split(': ').slice(1).join(': ')}</code>
      </p>
    </>
  );
}

function Section({
  view,
  form,
  outcome,
  csrfToken,
  exports,
}: {
  view: View;
  form: ForeignForm;
  outcome?: ForeignOutcome;
  csrfToken: string;
  exports: Exportable[];
}) {
  const f = view.t.foreignImport;
  const nf = form === 'narrafirma';
  return (
    <Card id={`${form}-titel`} title={nf ? f.narrafirmaTitle : f.sensemakerTitle}>
      <p class="utrecht-paragraph">{nf ? f.narrafirmaIntro : f.sensemakerIntro}</p>
      {outcome?.form === form ? <Outcome view={view} outcome={outcome} /> : null}
      <form method="post" action={`/importeren/${form}`} enctype="multipart/form-data" class="utrecht-form duiding-form">
        <CsrfField token={csrfToken} />
        <TextField
          id={`${form}-sleutel`}
          name="questionnaire"
          label={f.key}
          hint={f.keyHint}
          required
          pattern="[A-Za-z0-9][A-Za-z0-9_\-]*"
          autocomplete="off"
          value={outcome?.form === form ? (outcome.key ?? '') : ''}
        />
        {nf ? (
          <File id="narrafirma-formulier" name="form" label={f.formFile} accept=".csv,text/csv" />
        ) : (
          <File id="sensemaker-raamwerk" name="definition" label={f.definitionFile} accept=".json,application/json" />
        )}
        <File id={`${form}-verhalen`} name="stories" label={f.storiesFile} accept=".csv,text/csv" />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {f.submit}
        </button>
      </form>
      {nf ? null : <ExportLinks view={view} questionnaires={exports} />}
    </Card>
  );
}

/** `exports`: the questionnaires whose stories this account may download (none without stories.export). */
export function ForeignImportSections({ view, outcome, exports }: { view: View; outcome?: ForeignOutcome; exports: Exportable[] }) {
  const token = view.session!.csrfToken;
  return (
    <>
      <Section view={view} form="narrafirma" outcome={outcome} csrfToken={token} exports={exports} />
      <Section view={view} form="sensemaker" outcome={outcome} csrfToken={token} exports={exports} />
    </>
  );
}
