// The rules the teller's page embeds for its script (JSON in #teller-data): the questionnaire's
// keys, types and bounds, without the texts (the page already shows them, so the first step stays
// light), and the text limits from domain/collect/limits.ts. The server's form path converts with
// the same rules (form-fields.ts), so the browser and the server check against one source.
import { TEXT_LIMITS } from '../../domain/collect/limits.ts';
import type { Question, Questionnaire } from '../../domain/questionnaire/types.ts';

type Keyed = { key: string };
type Base = Pick<Question, 'key' | 'about' | 'required' | 'allowNotApplicable'>;

/** A question as the script checks it. A full Question fits too (it has more fields, not fewer). */
export type ClientQuestion =
  | (Base & { type: 'choice'; options: Keyed[] })
  | (Base & { type: 'multichoice'; options: Keyed[]; max?: number })
  | (Base & { type: 'scale'; min: number; max: number })
  | (Base & { type: 'number'; min?: number; max?: number })
  | (Base & { type: 'area'; areas?: { code: string }[] })
  | (Base & { type: 'stones'; stones: Keyed[] })
  | (Base & { type: 'slider' | 'triad' | 'text' });

export interface ClientRules {
  prompts: Keyed[];
  questions: ClientQuestion[];
  limits: { title: number; storyText: number; textAnswer: number };
}

/** What the script needs to check answers: keys, types, bounds and the text limits. */
export function rulesOf(q: Pick<Questionnaire, 'prompts' | 'questions'>): ClientRules {
  const keys = (list: Keyed[]) => list.map((x) => ({ key: x.key }));
  return {
    prompts: keys(q.prompts),
    questions: q.questions.map((x): ClientQuestion => {
      const base = { key: x.key, about: x.about, required: x.required, allowNotApplicable: x.allowNotApplicable };
      switch (x.type) {
        case 'choice':
          return { ...base, type: x.type, options: keys(x.options) };
        case 'multichoice':
          return { ...base, type: x.type, options: keys(x.options), max: x.max };
        case 'scale':
          return { ...base, type: x.type, min: x.min, max: x.max };
        case 'number':
          return { ...base, type: x.type, min: x.min, max: x.max };
        case 'area':
          return { ...base, type: x.type, areas: x.areas?.map((a) => ({ code: a.code })) };
        case 'stones':
          return { ...base, type: x.type, stones: keys(x.stones) };
        default:
          return { ...base, type: x.type };
      }
    }),
    limits: { ...TEXT_LIMITS },
  };
}
