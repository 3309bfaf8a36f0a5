// One NarraFirma question → one Duiding question (plus a text question for write-ins), and a
// reader of its cell(s) in a stories row. Choice layouts: a value per cell, a 1-based index, one
// column per answer holding the answer (texts) or "Yes" (yes/no), or one cell with the answers
// joined by the delimiter (values or indices). Scales 0–100 become sliders, other ranges scales.
import type { AnswerValue, Option, Question } from '../questionnaire/types.ts';
import { draftText } from './draft.ts';
import { KeyAllocator } from './names.ts';
import { setting, type NfForm, type NfQuestion } from './narrafirma-form.ts';
import { findColumn } from './plan.ts';

type CellAt = (index: number) => string;

interface NfReadContext {
  cell: CellAt;
  /** A value that cannot be mapped: noted with the column, then left out. */
  skip(column: string, nl: string, en: string): void;
}

export interface NfConverted {
  questions: Question[];
  /** The stories-file columns this question reads (for "not mapped" and error positions). */
  columns: number[];
  /** Missing stories-file columns named by the form. */
  missing: string[];
  read(ctx: NfReadContext): { answer?: AnswerValue; writeIn?: string };
  /** Number of answers over the form's maximum seen in some story (then the maximum is dropped). */
  overMax: boolean;
}

export function convertNfQuestion(q: NfQuestion, form: NfForm, header: readonly string[], keys: KeyAllocator): NfConverted {
  const key = keys.take(q.column, 'vraag');
  const base = { key, about: q.about, text: draftText(q.text) };
  const writeInLabel = q.options.get('writeintextboxlabel');
  const mixedWriteIns = writeInLabel !== undefined && q.options.get('writeintextsareinseparatecolumn')?.toLowerCase() === 'no';
  const optionKeys = new KeyAllocator();
  const options: (Option & { value: string })[] = q.answers.map((a) => ({ key: optionKeys.take(a.value, 'optie'), text: draftText(a.text), value: a.value }));
  const match = (raw: string): Option | undefined => {
    const v = raw.trim();
    return options.find((o) => o.value === v) ?? options.find((o) => o.value.toLowerCase() === v.toLowerCase() || o.text[''] === v);
  };
  const byIndex = (raw: string): Option | undefined => (/^\d+$/.test(raw.trim()) ? options[Number(raw.trim()) - 1] : undefined);
  const at = (name: string) => findColumn(header, name);
  const result: NfConverted = { questions: [], columns: [], missing: [], read: () => ({}), overMax: false };
  const writeInColumn = writeInLabel !== undefined && !mixedWriteIns ? at(`WRITEIN_${q.column}`) : -1;
  const one = (): number => {
    const i = at(q.column);
    if (i < 0) result.missing.push(q.column);
    else result.columns.push(i);
    return i;
  };
  const strip = ({ value: _v, ...o }: Option & { value: string }): Option => o;

  switch (q.type) {
    case 'single choice':
    case 'single choice indexed': {
      const i = one();
      const indexed = q.type === 'single choice indexed';
      result.questions.push({ ...base, type: 'choice', options: options.map(strip) });
      result.read = ({ cell, skip }) => {
        const raw = i < 0 ? '' : cell(i).trim();
        if (raw === '') return {};
        const option = indexed ? byIndex(raw) : match(raw);
        if (option) return { answer: option.key };
        if (mixedWriteIns) return { writeIn: raw };
        skip(
          q.column,
          `"${raw}" is geen antwoord van deze vraag in het formulier; weggelaten`,
          `"${raw}" is not an answer of this question in the form; left out`,
        );
        return {};
      };
      break;
    }
    case 'multi-choice multi-column texts':
    case 'multi-choice multi-column yes/no':
    case 'multi-choice single-column delimited':
    case 'multi-choice single-column delimited indexed': {
      const max = Number(q.options.get('maxnumanswers'));
      result.questions.push({ ...base, type: 'multichoice', options: options.map(strip), ...(Number.isInteger(max) && max > 0 ? { max } : {}) });
      const readChosen = multiReader(q, form, header, options, match, byIndex, result);
      result.read = (ctx) => {
        const { chosen, writeIn } = readChosen(ctx);
        if (Number.isInteger(max) && chosen.length > max) result.overMax = true;
        return { ...(chosen.length > 0 ? { answer: chosen } : {}), ...(writeIn ? { writeIn } : {}) };
      };
      break;
    }
    case 'scale': {
      const i = one();
      const range = q.answers.length >= 4 ? [q.answers[2]!.value, q.answers[3]!.value] : (form.settings.get('scale range') ?? ['0', '100']);
      const [min, max] = [Number(range[0] || 0), Number(range[1] || 100)];
      const [low, high] = [q.answers[0]?.text ?? '', q.answers[1]?.text ?? ''];
      const slider = min === 0 && max === 100;
      result.questions.push(
        slider
          ? { ...base, type: 'slider', left: draftText(low || '0'), right: draftText(high || '100') }
          : { ...base, type: 'scale', min, max, ...(low ? { minLabel: draftText(low) } : {}), ...(high ? { maxLabel: draftText(high) } : {}) },
      );
      result.read = ({ cell, skip }) => {
        const raw = i < 0 ? '' : cell(i).trim();
        if (raw === '') return {};
        const value = Number(raw);
        if (/^-?\d+(\.\d+)?$/.test(raw) && value >= min && value <= max && (slider || Number.isInteger(value))) return { answer: value };
        skip(q.column, `"${raw}" is geen getal van ${min} tot en met ${max}; weggelaten`, `"${raw}" is not a number from ${min} to ${max}; left out`);
        return {};
      };
      break;
    }
    default: {
      const i = one();
      result.questions.push({ ...base, type: 'text' });
      result.read = ({ cell }) => {
        const raw = i < 0 ? '' : cell(i);
        return raw.trim() === '' ? {} : { answer: raw.trim() };
      };
    }
  }
  if (writeInLabel !== undefined) {
    if (writeInColumn >= 0) result.columns.push(writeInColumn);
    const label = writeInLabel || 'Other';
    result.questions.push({ key: keys.take(`${key}_anders`, 'anders'), about: q.about, type: 'text', text: draftText(`${q.text} (${label})`) });
    const read = result.read;
    result.read = (ctx) => {
      const out = read(ctx);
      const separate = writeInColumn >= 0 ? ctx.cell(writeInColumn).trim() : '';
      return separate ? { ...out, writeIn: separate } : out;
    };
  }
  return result;
}

function multiReader(
  q: NfQuestion,
  form: NfForm,
  header: readonly string[],
  options: (Option & { value: string })[],
  match: (raw: string) => Option | undefined,
  byIndex: (raw: string) => Option | undefined,
  result: NfConverted,
): (ctx: NfReadContext) => { chosen: string[]; writeIn?: string } {
  const collect = (ctx: NfReadContext, raws: string[], find: (raw: string) => Option | undefined) => {
    const chosen: string[] = [];
    for (const raw of raws.map((r) => r.trim()).filter((r) => r !== '')) {
      const option = find(raw);
      if (!option)
        ctx.skip(
          q.column,
          `"${raw}" is geen antwoord van deze vraag in het formulier; weggelaten`,
          `"${raw}" is not an answer of this question in the form; left out`,
        );
      else if (!chosen.includes(option.key)) chosen.push(option.key);
    }
    return { chosen };
  };
  if (q.type === 'multi-choice multi-column texts') {
    const columns = header.flatMap((h, i) => (h.trim() === q.column ? [i] : []));
    if (columns.length === 0) result.missing.push(q.column);
    result.columns.push(...columns);
    return (ctx) =>
      collect(
        ctx,
        columns.map((i) => ctx.cell(i)),
        match,
      );
  }
  if (q.type === 'multi-choice multi-column yes/no') {
    const separator = setting(form, 'yes no questions q-a separator', ' ');
    const ending = setting(form, 'yes no questions q-a ending', '');
    const yes = setting(form, 'yes no questions yes indicator', 'Yes').trim().toLowerCase();
    const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    const columns = options.map((o) => {
      const name = `${q.column}${separator}${o.value}${ending}`;
      const i = findColumn(header, name);
      // "Needed [help]" for name "Needed" and separator "[": spaces around the separator vary.
      const found = i >= 0 ? i : header.findIndex((h) => squash(h) === squash(name));
      if (found < 0) result.missing.push(name);
      else result.columns.push(found);
      return found;
    });
    return (ctx) => ({
      chosen: options.filter((_, k) => columns[k]! >= 0 && ctx.cell(columns[k]!).trim().toLowerCase() === yes).map((o) => o.key),
    });
  }
  const i = findColumn(header, q.column);
  if (i < 0) result.missing.push(q.column);
  else result.columns.push(i);
  const delimiter = setting(form, 'multi choice single column delimiter', ',');
  const indexed = q.type === 'multi-choice single-column delimited indexed';
  return (ctx) => {
    const raw = i < 0 ? '' : ctx.cell(i);
    // Indices never hold spaces, and NarraFirma's own guide example writes "1 4".
    const parts = indexed ? raw.split(new RegExp(`[\\s${escapeClass(delimiter)}]+`)) : raw.split(delimiter);
    return collect(ctx, parts, indexed ? byIndex : match);
  };
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}
