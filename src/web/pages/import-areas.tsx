// The area register and CBS StatLine sections of /importeren: a file (CSV, XLSX or GeoJSON) with
// the register, and a table number with KEY=CBSKEY pairs to fetch from CBS. A refusal lists every
// problem (nothing saved), as the other forms do.
import type { View } from '../view.ts';
import { RejectedAlert } from './import-rejected.tsx';
import { Choice } from '../components/choice-group.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { FileField } from '../components/file-field.tsx';
import { Notice } from '../components/notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { Card } from '../components/card.tsx';

export type AreaForm = 'gebieden' | 'cbs';

export interface AreaOutcome {
  form: AreaForm;
  summary?: string;
  problems?: string[];
  /** What was typed in the CBS form, shown again after a refusal. */
  values?: { table?: string; indicators?: string; areas?: string; addAreas?: boolean };
}

const AREAS_ACCEPT =
  '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.geojson,.json,application/geo+json,application/json';

function Outcome({ view, outcome }: { view: View; outcome: AreaOutcome }) {
  if (outcome.problems) return <RejectedAlert view={view} form={outcome.form} problems={outcome.problems} />;
  return (
    <Notice id={`uitkomst-${outcome.form}`} title={view.t.importPage.successTitle} level={3}>
      {outcome.summary}
    </Notice>
  );
}

export function AreaImportSections({ view, outcome }: { view: View; outcome?: AreaOutcome }) {
  const a = view.t.areas.importForm;
  const csrf = <CsrfField token={view.session?.csrfToken} />;
  const shown = (form: AreaForm) => (outcome?.form === form ? <Outcome view={view} outcome={outcome} /> : null);
  const values = outcome?.form === 'cbs' ? (outcome.values ?? {}) : {};
  return (
    <>
      <Card id="gebieden-titel" title={a.areasTitle}>
        {shown('gebieden')}
        <form method="post" action="/importeren/gebieden" enctype="multipart/form-data" class="utrecht-form duiding-form">
          {csrf}
          <FileField id="gebieden-bestand" name="file" label={a.areasFile} hint={a.areasHint} accept={AREAS_ACCEPT} required />
          <TextField id="gebieden-jaar" name="year" label={a.year} inputmode="numeric" pattern="[0-9]{4}" inputClass="duiding-textbox--short" />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {a.areasSubmit}
          </button>
        </form>
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href="/importeren/sjablonen/gebieden.csv" download>
            {a.areasTemplate}
          </a>
        </p>
      </Card>

      <Card id="cbs-titel" title={a.cbsTitle}>
        <p class="utrecht-paragraph">{a.cbsHint}</p>
        {shown('cbs')}
        <form method="post" action="/importeren/cbs" class="utrecht-form duiding-form">
          {csrf}
          <TextField id="cbs-tabel" name="table" label={a.table} value={values.table ?? '85984NED'} required />
          <TextField
            id="cbs-indicatoren"
            name="indicators"
            label={a.indicators}
            value={values.indicators ?? ''}
            hint="wmo_clienten=WmoClienten_100, jeugdzorg=JongerenMetJeugdzorgInNatura_98"
            required
          />
          <TextField id="cbs-gebieden" name="areas" label={a.cbsAreas} value={values.areas ?? ''} />
          <Choice kind="checkbox" id="cbs-toevoegen" name="addAreas" value="1" label={a.addAreas} checked={values.addAreas ?? false} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {a.cbsSubmit}
          </button>
        </form>
      </Card>
    </>
  );
}
