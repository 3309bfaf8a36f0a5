// Downloadable templates for the import page: a header row (and for figures an example that
import { listAreas } from '../db/repositories/tenants.repository.ts';
// imports as it is) per kind, as CSV and as XLSX. A stories template follows its questionnaire.
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { csvRow } from '../domain/csv/writer.ts';
import { DEFINITION_COLUMNS, OBSERVATION_COLUMNS } from '../domain/indicators/csv-codec.ts';
import { storyColumns } from '../domain/stories/csv-codec.ts';
import type { ServiceContext } from './context.ts';
import { questionnaireSheetsOf } from './questionnaire-xlsx.ts';
import type { SheetSpec, XlsxCell } from './tables/xlsx-write.ts';

/** A small questionnaire with one question of each common kind: a start for a new one. */
const EXAMPLE_QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'mijn-vragenlijst',
  title: { nl: 'Mijn vragenlijst', en: 'My questionnaire' },
  languages: ['nl', 'en'],
  prompts: [{ key: 'moment', text: { nl: 'Vertel over een moment dat u zich gesteund voelde.', en: 'Tell about a moment you felt supported.' } }],
  questions: [
    {
      key: 'gehoord',
      about: 'story',
      type: 'slider',
      text: { nl: 'Voelde u zich gehoord?' },
      left: { nl: 'helemaal niet' },
      right: { nl: 'helemaal wel' },
      allowNotApplicable: true,
    },
    {
      key: 'wie_hielp',
      about: 'story',
      type: 'triad',
      text: { nl: 'Wie hielp het meest?' },
      corners: [{ nl: 'familie' }, { nl: 'een professional' }, { nl: 'ikzelf' }],
    },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: { nl: 'Wie bent u?' },
      required: true,
      options: [
        { key: 'jongere', text: { nl: 'jongere' } },
        { key: 'ouder', text: { nl: 'ouder' } },
      ],
    },
    { key: 'tevreden', about: 'story', type: 'scale', text: { nl: 'Hoe tevreden bent u?' }, min: 1, max: 5 },
  ],
};

export type TemplateKind = 'cijfers' | 'definities' | 'verhalen' | 'vragenlijst';

export interface Template {
  filename: string;
  csv?: string;
  /** The questionnaire template as JSON (its format is JSON, not CSV). */
  json?: string;
  sheets?: SheetSpec[];
}

const EXAMPLE_DEFINITION: XlsxCell[] = [
  'voorbeeld_wachttijd',
  'Wachttijd jeugdhulp (voorbeeld)',
  'weken',
  'down',
  'eigen registratie',
  'Gemiddelde wachttijd tot de start van jeugdhulp.',
  'jeugd',
];
const EXAMPLE_OBSERVATION: XlsxCell[] = ['voorbeeld_wachttijd', 'GM0479', '2025', 7.5, '', null, null];

/**
 * The template, or null when there is none of that name. `questionnaireKey` picks the
 * questionnaire of a stories template.
 */
export async function importTemplate(ctx: ServiceContext, kind: TemplateKind, format: 'csv' | 'xlsx', questionnaireKey?: string): Promise<Template | null> {
  const definitions = { name: 'definities', header: [...DEFINITION_COLUMNS], rows: [[EXAMPLE_DEFINITION]] };
  const example = await exampleObservation(ctx);
  const observations = { name: 'waarnemingen', header: [...OBSERVATION_COLUMNS], rows: [[example]] };
  if (kind === 'definities') {
    return format === 'csv'
      ? { filename: 'definities.csv', csv: csvText(definitions.header, EXAMPLE_DEFINITION) }
      : { filename: 'definities.xlsx', sheets: [definitions] };
  }
  if (kind === 'cijfers') {
    // The CSV holds observations only (one table per CSV); its example needs the definitions template first.
    return format === 'csv'
      ? { filename: 'cijfers.csv', csv: csvText(observations.header, example) }
      : { filename: 'cijfers.xlsx', sheets: [definitions, observations] };
  }
  if (kind === 'vragenlijst') {
    return format === 'csv'
      ? { filename: 'vragenlijst.json', json: `${JSON.stringify(EXAMPLE_QUESTIONNAIRE, null, 2)}\n` }
      : { filename: 'vragenlijst.xlsx', sheets: questionnaireSheetsOf(EXAMPLE_QUESTIONNAIRE) };
  }
  if (!questionnaireKey) return null;
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) return null;
  const header = storyColumns(questionnaire.definition);
  const filename = `verhalen-${questionnaire.key}.${format}`;
  return format === 'csv' ? { filename, csv: csvRow(header) } : { filename, sheets: [{ name: 'verhalen', header, rows: [] }] };
}

/** The example names the municipality's own gemeente from its area register, so it imports as it is. */
async function exampleObservation(ctx: ServiceContext): Promise<XlsxCell[]> {
  const gemeente = (await listAreas(ctx.db, ctx.tenantId)).find((a) => a.level === 'gemeente');
  return gemeente ? [EXAMPLE_OBSERVATION[0]!, gemeente.code, ...EXAMPLE_OBSERVATION.slice(2)] : EXAMPLE_OBSERVATION;
}

function csvText(header: string[], example: XlsxCell[]): string {
  return csvRow(header) + csvRow(example.map((cell) => (cell === null ? '' : String(cell))));
}
