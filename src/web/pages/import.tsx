import type { LocalizedText } from '../../domain/questionnaire/types.ts';
import { localized } from '../i18n/index.ts';
import { SubmitButton } from '../components/buttons.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { FileField } from '../components/file-field.tsx';
import { Notice } from '../components/notice.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import { ForeignImportSections, type ForeignOutcome } from './import-foreign.tsx';
import { RejectedAlert } from './import-rejected.tsx';
import { AreaImportSections, type AreaOutcome } from './import-areas.tsx';
import { Card } from '../components/card.tsx';

const SPREADSHEET_ACCEPT = '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportForm = 'vragenlijst' | 'verhalen' | 'cijfers';

export interface ImportOutcome {
  form: ImportForm;
  /** Success: one summary sentence. */
  summary?: string;
  /** Rejected: every problem, already formatted with file, line and column. */
  problems?: string[];
}

export interface ImportProps {
  view: View;
  questionnaires: { key: string; title: LocalizedText; stories: number }[];
  collections: { slug: string; title: string }[];
  may: { questionnaire: boolean; stories: boolean; indicators: boolean; exportStories: boolean; readIndicators: boolean };
  outcome?: ImportOutcome;
  selectedQuestionnaire?: string;
  /** The outcome of a NarraFirma or SenseMaker import (pages/import-foreign.tsx). */
  foreignOutcome?: ForeignOutcome;
  /** The outcome of an area register or CBS import (pages/import-areas.tsx). */
  areaOutcome?: AreaOutcome;
}

function Outcome({ view, outcome }: { view: View; outcome: ImportOutcome }) {
  const p = view.t.importPage;
  if (outcome.problems) return <RejectedAlert view={view} form={outcome.form} problems={outcome.problems} />;
  return (
    <Notice id={`uitkomst-${outcome.form}`} title={p.successTitle} level={3}>
      {outcome.summary}
    </Notice>
  );
}

/** The one file of an import form. */
function ImportFile({ view, id, accept, hint }: { view: View; id: string; accept: string; hint: string }) {
  return <FileField id={id} name="file" label={view.t.importPage.file} hint={hint} accept={accept} required />;
}

export function ImportPage({ view, questionnaires, collections, may, outcome, selectedQuestionnaire, foreignOutcome, areaOutcome }: ImportProps) {
  const { t, lang, session } = view;
  const p = t.importPage;
  const csrf = <CsrfField token={session?.csrfToken} />;
  const shown = (form: ImportForm) => (outcome?.form === form ? <Outcome view={view} outcome={outcome} /> : null);
  return (
    <Layout view={view} title={p.title} current="import">
      <h1 class="utrecht-heading-1">{p.title}</h1>
      <p class="utrecht-paragraph">{p.intro}</p>

      {may.questionnaire ? (
        <Card id="vragenlijst-titel" title={p.questionnaireTitle}>
          {shown('vragenlijst')}
          <form method="post" action="/importeren/vragenlijst" enctype="multipart/form-data" class="utrecht-form duiding-form">
            {csrf}
            <ImportFile
              view={view}
              id="vragenlijst-bestand"
              accept={`.json,application/json,${SPREADSHEET_ACCEPT.split(',').slice(2).join(',')}`}
              hint={p.questionnaireHint}
            />
            <SubmitButton>{p.submit}</SubmitButton>
          </form>
        </Card>
      ) : null}

      <Card id="verhalen-titel" title={p.storiesTitle}>
        {shown('verhalen')}
        {questionnaires.length === 0 ? (
          <p class="utrecht-paragraph duiding-empty">{p.storiesNeedQuestionnaire}</p>
        ) : (
          <form method="post" action="/importeren/verhalen" enctype="multipart/form-data" class="utrecht-form duiding-form">
            {csrf}
            <SelectField
              id="verhalen-vragenlijst"
              name="questionnaire"
              label={p.questionnaire}
              value={selectedQuestionnaire}
              required
              options={questionnaires.map((q) => ({ value: q.key, label: `${localized(q.title, lang)} (${q.key})` }))}
            />
            <TextField id="verhalen-collectie" name="collection" label={p.collection} hint={p.collectionHint} list="collecties" autocomplete="off" />
            <datalist id="collecties">
              {collections.map((c) => (
                <option value={c.slug}>{c.title}</option>
              ))}
            </datalist>
            <ImportFile view={view} id="verhalen-bestand" accept={SPREADSHEET_ACCEPT} hint={p.storiesHint} />
            <SubmitButton>{p.submit}</SubmitButton>
          </form>
        )}
      </Card>

      {may.indicators ? (
        <Card id="cijfers-titel" title={p.indicatorsTitle}>
          {shown('cijfers')}
          <form method="post" action="/importeren/cijfers" enctype="multipart/form-data" class="utrecht-form duiding-form">
            {csrf}
            <ImportFile view={view} id="cijfers-bestand" accept={SPREADSHEET_ACCEPT} hint={p.indicatorsHint} />
            <SubmitButton>{p.submit}</SubmitButton>
          </form>
        </Card>
      ) : null}

      {may.indicators ? <AreaImportSections view={view} outcome={areaOutcome} /> : null}

      <Templates view={view} questionnaires={questionnaires} may={may} />

      {may.questionnaire && may.stories ? (
        <ForeignImportSections view={view} outcome={foreignOutcome} exports={may.exportStories ? questionnaires : []} />
      ) : null}

      <Card id="downloaden-titel" title={p.exportsTitle}>
        <p class="utrecht-paragraph">{p.exportsIntro}</p>
        <ul class="utrecht-unordered-list">
          {may.exportStories
            ? questionnaires.map((q) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/questionnaires/${encodeURIComponent(q.key)}/stories`} download>
                    {p.exportStories(localized(q.title, lang))}
                  </a>
                </li>
              ))
            : null}
          {may.exportStories
            ? questionnaires.map((q) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/questionnaires/${encodeURIComponent(q.key)}/stories?format=xlsx`} download>
                    {t.importTemplates.exportStoriesXlsx(localized(q.title, lang))}
                  </a>
                </li>
              ))
            : null}
          {may.readIndicators ? (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href="/api/v1/indicators" download>
                {p.exportIndicators}
              </a>
            </li>
          ) : null}
          {may.readIndicators ? (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href="/api/v1/indicators?format=xlsx" download>
                {t.importTemplates.exportIndicatorsXlsx}
              </a>
            </li>
          ) : null}
        </ul>
      </Card>
    </Layout>
  );
}

/** Empty templates per kind, as CSV and as XLSX (GET /importeren/sjablonen/{kind}.{csv|xlsx}). */
function Templates({ view, questionnaires, may }: Pick<ImportProps, 'view' | 'questionnaires' | 'may'>) {
  const { t, lang } = view;
  const p = t.importTemplates;
  const link = (href: string, text: string) => (
    <li class="utrecht-unordered-list__item">
      <a class="utrecht-link utrecht-link--html-a" href={href} download>
        {text}
      </a>
    </li>
  );
  return (
    <Card id="sjablonen-titel" title={p.title}>
      <p class="utrecht-paragraph">{p.intro}</p>
      <ul class="utrecht-unordered-list">
        {may.questionnaire
          ? [link('/importeren/sjablonen/vragenlijst.xlsx', p.questionnaire('XLSX')), link('/importeren/sjablonen/vragenlijst.json', p.questionnaire('JSON'))]
          : null}
        {may.stories
          ? questionnaires.flatMap((q) => [
              link(`/importeren/sjablonen/verhalen.csv?vragenlijst=${encodeURIComponent(q.key)}`, p.stories(localized(q.title, lang), 'CSV')),
              link(`/importeren/sjablonen/verhalen.xlsx?vragenlijst=${encodeURIComponent(q.key)}`, p.stories(localized(q.title, lang), 'XLSX')),
            ])
          : null}
        {may.indicators
          ? [
              link('/importeren/sjablonen/cijfers.xlsx', p.indicators('XLSX')),
              link('/importeren/sjablonen/cijfers.csv', p.indicatorsCsv),
              link('/importeren/sjablonen/definities.csv', p.definitions('CSV')),
              link('/importeren/sjablonen/definities.xlsx', p.definitions('XLSX')),
            ]
          : null}
      </ul>
    </Card>
  );
}
