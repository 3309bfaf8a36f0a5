// The area register and CBS StatLine sections of /importeren: a file (CSV, XLSX or GeoJSON) with
// the register, and a table number with KEY=CBSKEY pairs to fetch from CBS. A refusal lists every
// problem (nothing saved), as the other forms do.
import type { View } from '../view.ts';
import { RejectedAlert } from './import-rejected.tsx';
// The one labelled field with hint the pages share (until issue 16's component kit takes it over).
import { Field } from './opgaven/parts.tsx';

export type AreaForm = 'gebieden' | 'cbs';

export interface AreaOutcome {
  form: AreaForm;
  summary?: string;
  problems?: string[];
  /** What was typed in the CBS form, shown again after a refusal. */
  values?: { table?: string; indicators?: string; areas?: string; addAreas?: boolean };
}

const AREAS_ACCEPT = '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.geojson,.json,application/geo+json,application/json';

function Outcome({ view, outcome }: { view: View; outcome: AreaOutcome }) {
  if (outcome.problems) return <RejectedAlert view={view} form={outcome.form} problems={outcome.problems} />;
  return (
    <div class="utrecht-alert utrecht-alert--ok duiding-alert" role="status" id={`uitkomst-${outcome.form}`}>
      <h3 class="utrecht-heading-3">{view.t.importPage.successTitle}</h3>
      <p class="utrecht-paragraph">{outcome.summary}</p>
    </div>
  );
}

function TextField({ id, name, label, value, hint, required }: { id: string; name: string; label: string; value?: string; hint?: string; required?: boolean }) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input class="utrecht-textbox utrecht-textbox--html-input" type="text" id={id} name={name} value={value ?? ''} required={required} {...(hint ? { 'aria-describedby': `${id}-uitleg` } : {})} />
    </Field>
  );
}

export function AreaImportSections({ view, outcome }: { view: View; outcome?: AreaOutcome }) {
  const a = view.t.areas.importForm;
  const csrf = <input type="hidden" name="_csrf" value={view.session!.csrfToken} />;
  const shown = (form: AreaForm) => (outcome?.form === form ? <Outcome view={view} outcome={outcome} /> : null);
  const values = outcome?.form === 'cbs' ? (outcome.values ?? {}) : {};
  return (
    <>
      <section class="duiding-card" aria-labelledby="gebieden-titel">
        <h2 class="utrecht-heading-2" id="gebieden-titel">
          {a.areasTitle}
        </h2>
        {shown('gebieden')}
        <form method="post" action="/importeren/gebieden" enctype="multipart/form-data" class="utrecht-form duiding-form">
          {csrf}
          <div class="utrecht-form-field duiding-field">
            <label class="utrecht-form-label" for="gebieden-bestand">
              {a.areasFile}
            </label>
            <p class="utrecht-form-field-description" id="gebieden-bestand-uitleg">
              {a.areasHint}
            </p>
            <input class="duiding-file" type="file" id="gebieden-bestand" name="file" accept={AREAS_ACCEPT} required aria-describedby="gebieden-bestand-uitleg" />
          </div>
          <div class="utrecht-form-field duiding-field">
            <label class="utrecht-form-label" for="gebieden-jaar">
              {a.year}
            </label>
            <input class="utrecht-textbox utrecht-textbox--html-input duiding-textbox--short" type="text" inputmode="numeric" id="gebieden-jaar" name="year" pattern="[0-9]{4}" />
          </div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {a.areasSubmit}
          </button>
        </form>
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href="/importeren/sjablonen/gebieden.csv" download>
            {a.areasTemplate}
          </a>
        </p>
      </section>

      <section class="duiding-card" aria-labelledby="cbs-titel">
        <h2 class="utrecht-heading-2" id="cbs-titel">
          {a.cbsTitle}
        </h2>
        <p class="utrecht-paragraph">{a.cbsHint}</p>
        {shown('cbs')}
        <form method="post" action="/importeren/cbs" class="utrecht-form duiding-form">
          {csrf}
          <TextField id="cbs-tabel" name="table" label={a.table} value={values.table ?? '85984NED'} required />
          <TextField id="cbs-indicatoren" name="indicators" label={a.indicators} value={values.indicators ?? ''} hint="wmo_clienten=WmoClienten_100, jeugdzorg=JongerenMetJeugdzorgInNatura_98" required />
          <TextField id="cbs-gebieden" name="areas" label={a.cbsAreas} value={values.areas ?? ''} />
          <div class="utrecht-form-field utrecht-form-field--checkbox duiding-field">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="cbs-toevoegen" name="addAreas" value="1" checked={values.addAreas ?? false} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="cbs-toevoegen">
              {a.addAreas}
            </label>
          </div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {a.cbsSubmit}
          </button>
        </form>
      </section>
    </>
  );
}
