// SenseMaker export CSV → stories. Columns are named by signifier id: "<triad>_percentX/Y" plus a
// weight per corner label and "_NA"; "<dyad>_percentX"; "<stones>_<stone>_percentX/Y"; a single
// list "<list>" holding the chosen item id, a multiple list "<list>_<item>" holding 1.
import type { CsvRecord } from '../csv/reader.ts';
import { NOT_APPLICABLE, type AnswerValue, type Question } from '../questionnaire/types.ts';
import type { DraftQuestionnaire } from './draft.ts';
import { languageCode } from './names.ts';
import type { Findings } from './notes.ts';
import { findColumn, type ForeignPlan, type ForeignStory } from './plan.ts';
import type { SmFramework, SmMapped } from './sensemaker-framework.ts';
import { triadWeightsFromPercent } from './triad.ts';

/** SenseMaker's own weights may differ from ours by rounding only. */
const WEIGHT_TOLERANCE = 1e-9;
const META = /^(project_id|version|definition_version|responder_id|meta_.*)$/;

type Reader = (cell: (i: number) => string, note: (column: string, code: string, nl: string, en: string) => void) => AnswerValue | undefined;

export function senseMakerPlan(framework: SmFramework, header: CsvRecord, findings: Findings, fallbackTitle: string): ForeignPlan {
  const names = header.fields;
  const used = new Set<number>();
  const col = (name: string) => {
    const i = findColumn(names, name);
    if (i >= 0) used.add(i);
    return i;
  };
  const idIndex = col('id');
  const textIndex = framework.fragmentId ? col(framework.fragmentId) : -1;
  const timeIndex = col('server_upload_time');
  const languageIndex = col('language');
  const origin = new Map<string, string>([
    ['story_id', 'id'],
    ['text', framework.fragmentId ?? ''],
    ['collected_at', 'server_upload_time'],
    ['language', 'language'],
  ]);
  for (const [index, name] of [
    [idIndex, 'id'],
    [textIndex, framework.fragmentId ?? 'fragment'],
  ] as const) {
    if (index < 0)
      findings.problem({
        line: header.line,
        column: name,
        code: 'missing-column',
        nl: `kolom "${name}" ontbreekt (${name === 'id' ? 'het nummer van elk verhaal' : 'de verhalen zelf'})`,
        en: `column "${name}" is missing (${name === 'id' ? 'the id of each story' : 'the stories themselves'})`,
      });
  }
  const readers: { question: Question; read: Reader }[] = [];
  const overMax = new Set<string>();
  for (const m of framework.mapped) {
    const read = readerFor(m, col);
    if (!read) {
      findings.note({
        line: header.line,
        column: m.signifierId,
        code: 'signifier-columns-missing',
        nl: `het raamwerk noemt "${m.signifierId}" (${m.question.key}), maar het exportbestand heeft er geen kolommen voor; de vraag is overgenomen zonder antwoorden`,
        en: `the framework names "${m.signifierId}" (${m.question.key}), but the export has no columns for it; the question was carried over without answers`,
      });
    } else readers.push({ question: m.question, read });
    for (const name of names) if (name.startsWith(m.signifierId)) origin.set(m.question.key, m.signifierId);
  }
  names.forEach((name, i) => {
    if (used.has(i) || name.trim() === '') return;
    const meta = META.test(name);
    findings.note({
      line: header.line,
      column: name,
      code: meta ? 'metadata-not-kept' : 'column-not-mapped',
      nl: meta ? `metagegeven "${name}" is niet bewaard` : `kolom "${name}" hoort bij geen signifier van het raamwerk en is niet ingelezen`,
      en: meta ? `metadata "${name}" was not kept` : `column "${name}" belongs to no signifier of the framework and was not read`,
    });
  });

  return {
    origin,
    decode(record) {
      const cell = (i: number) => (i >= 0 ? (record.fields[i] ?? '').trim() : '');
      if (record.fields.every((f) => f.trim() === '')) return null;
      const note = (column: string, code: string, nl: string, en: string) => findings.note({ line: record.line, column, code, nl, en });
      const story: ForeignStory = { ref: cell(idIndex), collectedAt: null, language: null, prompt: null, title: '', text: cell(textIndex), answers: {} };
      if (story.ref === '')
        findings.problem({ line: record.line, column: 'id', code: 'empty-story-id', nl: 'het verhaal heeft geen id', en: 'the story has no id' });
      if (story.text === '')
        findings.problem({
          line: record.line,
          column: framework.fragmentId ?? 'fragment',
          code: 'empty-text',
          nl: 'het verhaal is leeg',
          en: 'the story text is empty',
        });
      const time = cell(timeIndex);
      if (/^\d{10,13}$/.test(time)) story.collectedAt = new Date(Number(time) * (time.length <= 10 ? 1000 : 1));
      else
        note(
          'server_upload_time',
          'date-not-read',
          `"${time}" is geen tijdstip in milliseconden; de datum van vandaag is gebruikt`,
          `"${time}" is not a time in milliseconds; today's date was used`,
        );
      const language = cell(languageIndex);
      if (language) story.language = languageCode(language);
      for (const { question, read } of readers) {
        const value = read(cell, note);
        if (value === undefined) continue;
        story.answers[question.key] = value;
        if (question.type === 'multichoice' && question.max !== undefined && Array.isArray(value) && value.length > question.max) overMax.add(question.key);
      }
      return story.ref === '' || story.text === '' ? null : story;
    },
    finish(): DraftQuestionnaire {
      const questions = framework.mapped.map(({ question }) => {
        if (!overMax.has(question.key)) return question;
        findings.note({
          column: question.key,
          code: 'max-dropped',
          nl: 'sommige verhalen hebben meer keuzes dan max_responses; het maximum is niet overgenomen',
          en: 'some stories have more choices than max_responses; the maximum was not carried over',
        });
        const { max: _max, ...open } = question as Question & { max?: number };
        return open as Question;
      });
      return { title: framework.title || fallbackTitle, prompts: [], questions };
    },
  };
}

const isSet = (cell: string) => cell !== '' && cell !== '0' && cell.toLowerCase() !== 'false';

function readerFor(m: SmMapped, col: (name: string) => number): Reader | null {
  const id = m.signifierId;
  const na = col(`${id}_NA`);
  const number = (cell: string, column: string, note: Parameters<Reader>[1]): number | null => {
    if (cell === '') return null;
    const value = Number(cell);
    if (Number.isFinite(value)) return value;
    note(column, 'value-not-mapped', `"${cell}" is geen getal; weggelaten`, `"${cell}" is not a number; left out`);
    return null;
  };
  const percent = (v: number, column: string, note: Parameters<Reader>[1]) => {
    const clamped = Math.min(100, Math.max(0, v * 100));
    if (clamped !== v * 100) note(column, 'point-outside', `${v} ligt buiten 0–1; op de rand gezet`, `${v} lies outside 0–1; put on the edge`);
    return clamped;
  };
  if (m.type === 'triad' || m.type === 'dyad') {
    const [x, y] = [col(`${id}_percentX`), m.type === 'triad' ? col(`${id}_percentY`) : -1];
    const labels = m.parts.map((p) => col(`${id}_${p.id}`));
    if (x < 0 || (m.type === 'triad' && y < 0)) return null;
    return (cell, note) => {
      if (na >= 0 && isSet(cell(na))) return NOT_APPLICABLE;
      const px = number(cell(x), `${id}_percentX`, note);
      if (px === null) return undefined;
      if (m.type === 'dyad') return percent(px, `${id}_percentX`, note);
      const py = number(cell(y), `${id}_percentY`, note);
      if (py === null) return undefined;
      const weights = triadWeightsFromPercent(px, py);
      weights.forEach((w, k) => {
        const theirs = labels[k]! >= 0 ? Number(cell(labels[k]!)) : NaN;
        if (cell(labels[k]!) !== '' && Math.abs(theirs - w) > WEIGHT_TOLERANCE) {
          note(
            `${id}_${m.parts[k]!.id}`,
            'triad-weight-differs',
            `SenseMaker geeft gewicht ${theirs}, de punt (${px}, ${py}) geeft ${w}; het punt is gebruikt`,
            `SenseMaker gives weight ${theirs}, the point (${px}, ${py}) gives ${w}; the point was used`,
          );
        }
      });
      if (weights.some((w) => w < 0)) {
        note(
          `${id}_percentX`,
          'point-outside',
          `het punt (${px}, ${py}) ligt net buiten de driehoek (gewicht ${Math.min(...weights)}); dat gewicht is 0 gemaakt`,
          `the point (${px}, ${py}) lies just outside the triangle (weight ${Math.min(...weights)}); that weight was set to 0`,
        );
        return weights.map((w) => Math.max(0, w)) as [number, number, number];
      }
      return weights;
    };
  }
  if (m.type === 'stones') {
    const columns = m.parts.map((s) => [col(`${id}_${s.id}_percentX`), col(`${id}_${s.id}_percentY`)] as const);
    if (columns.every(([x, y]) => x < 0 && y < 0)) return null;
    return (cell, note) => {
      if (na >= 0 && isSet(cell(na))) return NOT_APPLICABLE;
      const points: Record<string, [number, number]> = {};
      m.parts.forEach((s, k) => {
        const [xi, yi] = columns[k]!;
        const px = number(cell(xi), `${id}_${s.id}_percentX`, note);
        const py = number(cell(yi), `${id}_${s.id}_percentY`, note);
        if (px !== null && py !== null) points[s.key] = [percent(px, `${id}_${s.id}_percentX`, note), percent(py, `${id}_${s.id}_percentY`, note)];
      });
      return Object.keys(points).length > 0 ? points : undefined;
    };
  }
  if (m.type === 'freetext') {
    const i = col(id);
    return i < 0 ? null : (cell) => (cell(i) === '' ? undefined : cell(i));
  }
  // Lists: one column with the item id, or a column per item.
  const single = col(id);
  const perItem = m.parts.map((p) => col(`${id}_${p.id}`));
  if (single < 0 && perItem.every((i) => i < 0)) return null;
  const multiple = m.question.type === 'multichoice';
  return (cell, note) => {
    const chosen: string[] = [];
    if (single >= 0 && cell(single) !== '') {
      for (const itemId of cell(single).split(/[|,;]\s*/)) {
        const item = m.parts.find((p) => p.id === itemId.trim());
        if (item) chosen.push(item.key);
        else
          note(
            id,
            'value-not-mapped',
            `"${itemId}" is geen item van deze lijst in het raamwerk; weggelaten`,
            `"${itemId}" is not an item of this list in the framework; left out`,
          );
      }
    }
    m.parts.forEach((p, k) => {
      if (perItem[k]! >= 0 && isSet(cell(perItem[k]!)) && !chosen.includes(p.key)) chosen.push(p.key);
    });
    if (chosen.length === 0) return undefined;
    if (!multiple && chosen.length > 1) {
      note(
        id,
        'value-not-mapped',
        `meer dan één keuze bij een lijst met één antwoord; alleen de eerste is bewaard`,
        `more than one choice in a single-answer list; only the first was kept`,
      );
    }
    return multiple ? chosen : chosen[0];
  };
}
