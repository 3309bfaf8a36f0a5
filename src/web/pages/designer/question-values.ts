// A question ↔ the flat fields of its form. Field names are the question's own JSON paths
// ("left.nl", "options[2].text.nl"), so a problem from the parser ("options[2].key") lands next to
// its field. Empty rows of options and stones are left out; rowMap remembers which form row each
// remaining item came from.
import type { Problem } from '../../../domain/problems.ts';
import type { LocalizedText, Question, QuestionType } from '../../../domain/questionnaire/types.ts';
import type { FieldErrors, Values } from '../../components/field.tsx';

const EXTRA_ROWS = 3;
const LANGS = ['nl', 'en'] as const;

function putText(values: Values, name: string, text: LocalizedText | undefined) {
  for (const lang of LANGS) if (text?.[lang] !== undefined) values[`${name}.${lang}`] = text[lang];
}

export function questionToValues(q: Question): Values {
  const v: Values = { key: q.key, about: q.about, required: q.required ? 'ja' : '', allowNotApplicable: q.allowNotApplicable ? 'ja' : '' };
  putText(v, 'text', q.text);
  putText(v, 'help', q.help);
  switch (q.type) {
    case 'slider':
      putText(v, 'left', q.left);
      putText(v, 'right', q.right);
      break;
    case 'triad':
      q.corners.forEach((corner, i) => putText(v, `corners[${i}]`, corner));
      break;
    case 'stones':
      putText(v, 'x', q.x);
      putText(v, 'y', q.y);
      q.stones.forEach((s, i) => {
        v[`stones[${i}].key`] = s.key;
        putText(v, `stones[${i}].text`, s.text);
      });
      break;
    case 'choice':
    case 'multichoice':
      q.options.forEach((o, i) => {
        v[`options[${i}].key`] = o.key;
        putText(v, `options[${i}].text`, o.text);
      });
      if (q.type === 'multichoice' && q.max !== undefined) v.max = String(q.max);
      break;
    case 'scale':
      v.min = String(q.min);
      v.max = String(q.max);
      putText(v, 'minLabel', q.minLabel);
      putText(v, 'maxLabel', q.maxLabel);
      break;
    case 'number':
      if (q.min !== undefined) v.min = String(q.min);
      if (q.max !== undefined) v.max = String(q.max);
      break;
    case 'area':
      v.level = q.level;
      if (q.areas) v.areas = q.areas.map((a) => `${a.code} ${a.name}`).join('\n');
      break;
    case 'text':
      break;
  }
  return v;
}

/** Number of rows a list shows: the rows used so far plus a few empty ones to fill in. */
export function rowCount(values: Values, list: 'options' | 'stones'): number {
  let highest = -1;
  for (const name of Object.keys(values)) {
    const m = new RegExp(`^${list}\\[(\\d+)\\]`).exec(name);
    if (m && values[name].trim()) highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1 + EXTRA_ROWS;
}

export interface FormQuestion {
  question: Record<string, unknown>;
  rowMap: Record<string, number[]>;
}

/** The posted fields → a question for the parser to judge; blank texts and rows are left out. */
export function valuesToQuestion(type: QuestionType, v: Values): FormQuestion {
  const text = (name: string): LocalizedText | undefined => {
    const out: LocalizedText = {};
    for (const lang of LANGS) if ((v[`${name}.${lang}`] ?? '').trim()) out[lang] = v[`${name}.${lang}`].trim();
    return Object.keys(out).length ? out : undefined;
  };
  const num = (name: string): unknown => {
    const raw = (v[name] ?? '').trim().replace(',', '.');
    if (!raw) return undefined;
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  };
  const rowMap: Record<string, number[]> = {};
  const rows = (list: 'options' | 'stones') => {
    const items: { key: string; text: LocalizedText | undefined }[] = [];
    rowMap[list] = [];
    for (let i = 0; i < rowCount(v, list); i++) {
      const key = (v[`${list}[${i}].key`] ?? '').trim();
      const label = text(`${list}[${i}].text`);
      if (!key && !label) continue;
      rowMap[list].push(i);
      items.push({ key, text: label });
    }
    return items;
  };
  const q: Record<string, unknown> = {
    key: (v.key ?? '').trim(),
    about: v.about,
    type,
    text: text('text'),
    help: text('help'),
    required: v.required === 'ja' ? true : undefined,
    allowNotApplicable: v.allowNotApplicable === 'ja' ? true : undefined,
  };
  switch (type) {
    case 'slider':
      Object.assign(q, { left: text('left'), right: text('right') });
      break;
    case 'triad':
      q.corners = [0, 1, 2].map((i) => text(`corners[${i}]`));
      break;
    case 'stones':
      Object.assign(q, { x: text('x'), y: text('y'), stones: rows('stones') });
      break;
    case 'choice':
    case 'multichoice':
      q.options = rows('options');
      if (type === 'multichoice') q.max = num('max');
      break;
    case 'scale':
    case 'number':
      Object.assign(q, { min: num('min'), max: num('max') });
      if (type === 'scale') Object.assign(q, { minLabel: text('minLabel'), maxLabel: text('maxLabel') });
      break;
    case 'area': {
      q.level = v.level;
      const lines = (v.areas ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length) {
        q.areas = lines.map((line) => {
          const m = /^(\S+)\s+(.+)$/.exec(line);
          return m ? { code: m[1], name: m[2].trim() } : { code: line, name: '' };
        });
      }
      break;
    }
    case 'text':
      break;
  }
  // The parser treats a missing field and an empty one alike; undefined keys drop out of JSON.
  return { question: JSON.parse(JSON.stringify(q)), rowMap };
}

/**
 * Problems (paths relative to the question) → messages by form field. A path with no field of
 * its own goes to the nearest enclosing one ("left" → the "left" group; "areas[3].code" → "areas").
 */
export function errorsByField(problems: Problem[], fields: Set<string>, rowMap: Record<string, number[]>, lang: 'nl' | 'en'): FieldErrors {
  const out: FieldErrors = {};
  for (const problem of problems) {
    let path = (problem.field ?? '').replace(/^(options|stones)\[(\d+)\]/, (_, list: string, i: string) => `${list}[${rowMap[list]?.[Number(i)] ?? i}]`);
    let target = '';
    while (path) {
      if (fields.has(path)) {
        target = path;
        break;
      }
      const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      path = parent === path ? '' : parent;
    }
    const area = /^areas\[(\d+)\]/.exec(problem.field ?? '');
    const message = lang === 'nl' ? problem.nl : problem.en;
    const text = area ? `${lang === 'nl' ? 'regel' : 'line'} ${Number(area[1]) + 1}: ${message}` : message;
    (out[target] ??= []).push(text);
  }
  return out;
}
