// Duiding → SenseMaker's export CSV layout, so stories can go back to SenseMaker (or to the
// sensemakerdatar R package). Columns are named by id: the framework's ids when the framework is
// given (the questions it produced on import match by key), otherwise stable ids made from the
// keys. Free-text cells are neutralised against spreadsheet formulas like every Duiding export.
import { neutraliseFormula } from '../csv/formula.ts';
import { isNotApplicable, type AnswerValue, type Question, type Questionnaire, type StoryRecord } from '../questionnaire/types.ts';
import { percentFromTriadWeights } from './triad.ts';

export interface SmIds {
  /** The signifier id of a question. */
  signifier(q: Question): string;
  /** The id of a corner (triad: 0–2, slider: 0–1), option or stone of a question, by key or index. */
  part(q: Question, key: string): string;
  /** The free-text signifier holding the story. */
  fragment: string;
  /** A free-text signifier for the title; none when the framework has no place for it. */
  title: string | null;
  projectId: string;
}

const FIXED = ['id', 'project_id', 'version', 'language', 'server_upload_time'];

export function senseMakerHeader(q: Questionnaire, ids: SmIds): string[] {
  return [...FIXED, ids.fragment, ...(ids.title ? [ids.title] : []), ...q.questions.flatMap((question) => columnsOf(question, ids))];
}

function columnsOf(q: Question, ids: SmIds): string[] {
  const s = ids.signifier(q);
  switch (q.type) {
    case 'triad':
      return [`${s}_percentX`, `${s}_percentY`, ...['0', '1', '2'].map((k) => `${s}_${ids.part(q, k)}`), `${s}_NA`];
    case 'slider':
      return [`${s}_percentX`, `${s}_${ids.part(q, '0')}`, `${s}_${ids.part(q, '1')}`, `${s}_NA`];
    case 'stones':
      return q.stones.flatMap((stone) => [`${s}_${ids.part(q, stone.key)}_percentX`, `${s}_${ids.part(q, stone.key)}_percentY`]);
    case 'multichoice':
      return q.options.map((o) => `${s}_${ids.part(q, o.key)}`);
    default:
      return [s];
  }
}

export function senseMakerRow(q: Questionnaire, story: StoryRecord, ids: SmIds): string[] {
  return [
    neutraliseFormula(story.ref),
    ids.projectId,
    '',
    story.language,
    String(story.collectedAt.getTime()),
    neutraliseFormula(story.text),
    ...(ids.title ? [neutraliseFormula(story.title)] : []),
    ...q.questions.flatMap((question) => cellsOf(question, story.answers[question.key], ids)),
  ];
}

function cellsOf(q: Question, answer: AnswerValue | undefined, ids: SmIds): string[] {
  const empty = columnsOf(q, ids).map(() => '');
  if (answer === undefined) return empty;
  if (isNotApplicable(answer)) {
    // SenseMaker marks "not applicable" in the _NA column of triads and dyads only.
    if (q.type === 'triad' || q.type === 'slider') empty[empty.length - 1] = '1';
    return empty;
  }
  switch (q.type) {
    case 'triad': {
      const weights = answer as [number, number, number];
      const sum = weights[0] + weights[1] + weights[2];
      const { x, y } = percentFromTriadWeights(weights);
      return [String(x), String(y), ...weights.map((w) => String(w / sum)), ''];
    }
    case 'slider': {
      const x = (answer as number) / 100;
      return [String(x), String(1 - x), String(x), ''];
    }
    case 'stones': {
      const points = answer as Record<string, [number, number]>;
      return q.stones.flatMap((stone) => (points[stone.key] ? points[stone.key]!.map((v) => String(v / 100)) : ['', '']));
    }
    case 'multichoice':
      return q.options.map((o) => ((answer as string[]).includes(o.key) ? '1' : ''));
    case 'choice':
      return [ids.part(q, answer as string)];
    case 'text':
    case 'area':
      return [neutraliseFormula(String(answer))];
    default:
      return [String(answer)];
  }
}
