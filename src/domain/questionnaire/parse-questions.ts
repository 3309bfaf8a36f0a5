// Validation of one question of duiding.questionnaire/v1, per type. Unknown properties are left out.
import { AREA_LEVELS, QUESTION_TYPES, type AreaLevel, type Option, type Question, type QuestionType } from './types.ts';
import type { JsonChecker } from './parse-support.ts';

export const AREA_CODE_OF_LEVEL: Record<AreaLevel, { pattern: RegExp; example: string }> = {
  gemeente: { pattern: /^GM\d{4}$/, example: 'GM0479' },
  wijk: { pattern: /^WK\d{6}$/, example: 'WK047901' },
  buurt: { pattern: /^BU\d{8}$/, example: 'BU04790101' },
};

const LEVEL_EN: Record<AreaLevel, string> = { gemeente: 'municipality', wijk: 'district', buurt: 'neighbourhood' };

type Base = Pick<Question, 'key' | 'about' | 'text' | 'help' | 'required' | 'allowNotApplicable'>;

export function parseQuestion(c: JsonChecker, value: unknown, field: string): Question | null {
  const o = c.object(value, field);
  if (!o) return null;
  const before = c.problems.length;
  const key = c.key(o.key, `${field}.key`);
  let about: 'story' | 'participant' | null = null;
  if (o.about === 'story' || o.about === 'participant') about = o.about;
  else c.add(`${field}.about`, 'invalid-about', 'kies "story" (over het verhaal) of "participant" (over de verteller)', 'choose "story" or "participant"');
  const text = c.text(o.text, `${field}.text`);
  const help = c.optionalText(o.help, `${field}.help`);
  const required = c.boolean(o.required, `${field}.required`);
  const allowNotApplicable = c.boolean(o.allowNotApplicable, `${field}.allowNotApplicable`);
  const type = QUESTION_TYPES.includes(o.type as QuestionType) ? (o.type as QuestionType) : null;
  if (type === null) {
    c.add(
      `${field}.type`,
      'invalid-type',
      `onbekend vraagtype; kies uit: ${QUESTION_TYPES.join(', ')}`,
      `unknown question type; choose from: ${QUESTION_TYPES.join(', ')}`,
    );
    return null;
  }
  const base = { key, about, text } as Base;
  if (help) base.help = help;
  if (required !== undefined) base.required = required;
  if (allowNotApplicable !== undefined) base.allowNotApplicable = allowNotApplicable;
  const question = typed(c, o, field, type, base);
  return c.problems.length === before ? question : null;
}

function typed(c: JsonChecker, o: Record<string, unknown>, field: string, type: QuestionType, base: Base): Question | null {
  switch (type) {
    case 'slider': {
      const left = c.text(o.left, `${field}.left`);
      const right = c.text(o.right, `${field}.right`);
      return left && right ? { ...base, type, left, right } : null;
    }
    case 'triad': {
      const corners = c.array(o.corners, `${field}.corners`);
      if (!corners) return null;
      if (corners.length !== 3) {
        c.add(
          `${field}.corners`,
          'triad-corners',
          `een driehoek heeft precies 3 hoeken, niet ${corners.length}`,
          `a triad has exactly 3 corners, not ${corners.length}`,
        );
        return null;
      }
      const [a, b, d] = corners.map((corner, i) => c.text(corner, `${field}.corners[${i}]`));
      return a && b && d ? { ...base, type, corners: [a, b, d] } : null;
    }
    case 'stones': {
      const x = c.text(o.x, `${field}.x`);
      const y = c.text(o.y, `${field}.y`);
      const stones = items(c, o.stones, `${field}.stones`, { nl: 'steen', en: 'stone' });
      return x && y && stones ? { ...base, type, x, y, stones } : null;
    }
    case 'choice':
    case 'multichoice': {
      const options = items(c, o.options, `${field}.options`, { nl: 'optie', en: 'option' });
      if (!options) return null;
      // "NA" is the not-applicable cell of duiding.stories/v1 and of the collection API, so an
      // option with that key could never be chosen (with allowNotApplicable it would silently
      // become "not applicable", without it every such answer would be refused). Refused always.
      options.forEach((option, i) => {
        if (option.key === 'NA') {
          c.add(
            `${field}.options[${i}].key`,
            'reserved-key',
            '"NA" betekent "niet van toepassing" in verhalenbestanden en kan daarom geen sleutel van een optie zijn; kies een andere sleutel, bijvoorbeeld "nvt" of "geen"',
            '"NA" means "not applicable" in story files and so cannot be an option key; choose another key, e.g. "nvt" or "none"',
          );
        }
      });
      if (type === 'choice') return { ...base, type, options };
      if (o.max === undefined) return { ...base, type, options };
      const max = c.number(o.max, `${field}.max`, true);
      if (max === null) return null;
      if (max < 1 || max > options.length) {
        c.add(`${field}.max`, 'invalid-max', `max moet tussen 1 en ${options.length} liggen`, `max must be between 1 and ${options.length}`);
        return null;
      }
      return { ...base, type, options, max };
    }
    case 'scale': {
      const min = c.number(o.min, `${field}.min`, true);
      const max = c.number(o.max, `${field}.max`, true);
      const minLabel = c.optionalText(o.minLabel, `${field}.minLabel`);
      const maxLabel = c.optionalText(o.maxLabel, `${field}.maxLabel`);
      if (min === null || max === null || minLabel === null || maxLabel === null) return null;
      if (min >= max) {
        c.add(`${field}.max`, 'min-not-below-max', `max (${max}) moet groter zijn dan min (${min})`, `max (${max}) must be greater than min (${min})`);
        return null;
      }
      return { ...base, type, min, max, ...(minLabel ? { minLabel } : {}), ...(maxLabel ? { maxLabel } : {}) };
    }
    case 'number': {
      const min = o.min === undefined ? undefined : c.number(o.min, `${field}.min`);
      const max = o.max === undefined ? undefined : c.number(o.max, `${field}.max`);
      if (min === null || max === null) return null;
      if (min !== undefined && max !== undefined && min > max) {
        c.add(`${field}.max`, 'min-above-max', `max (${max}) mag niet kleiner zijn dan min (${min})`, `max (${max}) must not be less than min (${min})`);
        return null;
      }
      return { ...base, type, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'text':
      return { ...base, type };
    case 'area':
      return area(c, o, field, base);
  }
}

function area(c: JsonChecker, o: Record<string, unknown>, field: string, base: Base): Question | null {
  if (!AREA_LEVELS.includes(o.level as AreaLevel)) {
    c.add(`${field}.level`, 'invalid-level', 'kies "gemeente", "wijk" of "buurt"', 'choose "gemeente", "wijk" or "buurt"');
    return null;
  }
  const level = o.level as AreaLevel;
  if (o.areas === undefined) return { ...base, type: 'area', level };
  const list = c.array(o.areas, `${field}.areas`, true);
  if (!list) return null;
  const { pattern, example } = AREA_CODE_OF_LEVEL[level];
  const areas = list.map((value, i) => {
    const item = c.object(value, `${field}.areas[${i}]`);
    if (!item) return null;
    const code = c.string(item.code, `${field}.areas[${i}].code`);
    const name = c.string(item.name, `${field}.areas[${i}].name`);
    if (code !== null && !pattern.test(code)) {
      c.add(
        `${field}.areas[${i}].code`,
        'invalid-area-code',
        `"${code}" is geen ${level}code van het CBS (zoals ${example})`,
        `"${code}" is not a CBS ${LEVEL_EN[level]} code (like ${example})`,
      );
      return null;
    }
    return code !== null && name !== null ? { code, name } : null;
  });
  c.unique(
    areas.map((a) => a?.code ?? null),
    (i) => `${field}.areas[${i}].code`,
    { nl: 'gebied', en: 'area' },
  );
  if (areas.some((a) => a === null)) return null;
  return { ...base, type: 'area', level, areas: areas as { code: string; name: string }[] };
}

/** Options or stones: a non-empty list of {key, text} with unique keys. */
function items(c: JsonChecker, value: unknown, field: string, what: { nl: string; en: string }): Option[] | null {
  const list = c.array(value, field, true);
  if (!list) return null;
  const out = list.map((entry, i) => {
    const item = c.object(entry, `${field}[${i}]`);
    if (!item) return null;
    const key = c.key(item.key, `${field}[${i}].key`);
    const text = c.text(item.text, `${field}[${i}].text`);
    return key !== null && text !== null ? { key, text } : null;
  });
  const before = c.problems.length;
  c.unique(
    out.map((item) => item?.key ?? null),
    (i) => `${field}[${i}].key`,
    what,
  );
  return out.every((item) => item !== null) && c.problems.length === before ? (out as Option[]) : null;
}
