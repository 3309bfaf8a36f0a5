// A small, independent check that an answer fits its question (PRODUCT.md "Questionnaire"), so the
// demo generator is tested against the format rather than against its own assumptions.
import type { AnswerValue, LocalizedText, Question, Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { isNotApplicable } from '../../../src/domain/questionnaire/types.ts';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const inRange = (v: unknown, min: number, max: number) => isNum(v) && v >= min && v <= max;

/** Returns null when the answer is valid, else a short reason. */
export function answerProblem(q: Question, v: AnswerValue): string | null {
  if (isNotApplicable(v)) return q.allowNotApplicable ? null : 'NA not allowed';
  switch (q.type) {
    case 'slider':
      return inRange(v, 0, 100) ? null : 'slider outside 0–100';
    case 'scale':
      return inRange(v, q.min, q.max) && Number.isInteger(v) ? null : 'scale outside range';
    case 'number':
      return inRange(v, q.min ?? -Infinity, q.max ?? Infinity) ? null : 'number outside range';
    case 'text':
      return typeof v === 'string' && v.trim() !== '' ? null : 'empty text';
    case 'choice':
      return typeof v === 'string' && q.options.some((o) => o.key === v) ? null : 'unknown option';
    case 'area':
      return typeof v === 'string' && (q.areas ?? []).some((a) => a.code === v) ? null : 'unknown area';
    case 'multichoice': {
      if (!Array.isArray(v) || v.length === 0) return 'multichoice not a non-empty list';
      const keys: unknown[] = v;
      if (q.max !== undefined && keys.length > q.max) return 'more than max options';
      if (new Set(keys).size !== keys.length) return 'duplicate options';
      return keys.every((k) => q.options.some((o) => o.key === k)) ? null : 'unknown option';
    }
    case 'triad': {
      if (!Array.isArray(v) || v.length !== 3 || !v.every((w) => isNum(w) && w >= 0)) return 'triad not three weights';
      const sum = (v as number[]).reduce((a, b) => a + b, 0);
      return Math.abs(sum - 1) < 1e-6 ? null : 'triad weights do not sum to 1';
    }
    case 'stones': {
      if (typeof v !== 'object' || Array.isArray(v)) return 'stones not an object';
      const points = v as Record<string, unknown>;
      for (const [key, point] of Object.entries(points)) {
        if (!q.stones.some((s) => s.key === key)) return `unknown stone ${key}`;
        if (!Array.isArray(point) || point.length !== 2 || !point.every((c) => inRange(c, 0, 100))) return 'stone outside 0–100';
      }
      return Object.keys(points).length > 0 ? null : 'no stones placed';
    }
  }
}

/** Every localized text in a questionnaire, for checking that each has every language. */
export function localizedTexts(questionnaire: Questionnaire): LocalizedText[] {
  const out: LocalizedText[] = [questionnaire.title, ...questionnaire.prompts.map((p) => p.text)];
  for (const q of questionnaire.questions) {
    out.push(q.text);
    if (q.help) out.push(q.help);
    if (q.type === 'slider') out.push(q.left, q.right);
    if (q.type === 'triad') out.push(...q.corners);
    if (q.type === 'stones') out.push(q.x, q.y, ...q.stones.map((s) => s.text));
    if (q.type === 'choice' || q.type === 'multichoice') out.push(...q.options.map((o) => o.text));
    if (q.type === 'scale') out.push(...[q.minLabel, q.maxLabel].filter((t): t is LocalizedText => t !== undefined));
  }
  return out;
}
