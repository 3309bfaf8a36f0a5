// The questionnaire as the step script needs it: keys, types and limits for checking answers,
// without the texts (the page already shows them), so the first step stays light.
import type { Questionnaire } from '../../domain/questionnaire/types.ts';

export /** What the script needs to check answers: keys, types and limits, without the texts (smaller). */
function rulesOf(q: Questionnaire) {
  const keys = (list: { key: string }[]) => list.map((x) => ({ key: x.key }));
  return {
    prompts: keys(q.prompts),
    questions: q.questions.map((x) => {
      const base = { key: x.key, type: x.type, about: x.about, required: x.required, allowNotApplicable: x.allowNotApplicable };
      switch (x.type) {
        case 'choice':
          return { ...base, options: keys(x.options) };
        case 'multichoice':
          return { ...base, options: keys(x.options), max: x.max };
        case 'scale':
        case 'number':
          return { ...base, min: x.min, max: x.max };
        case 'area':
          return { ...base, areas: x.areas?.map((a) => ({ code: a.code })) };
        case 'stones':
          return { ...base, stones: keys(x.stones) };
        default:
          return base;
      }
    }),
  };
}
