// Readable names for the analysis variables and categories of a comparison: the question's text,
// a triad corner or stone by its label, an option by its text, an area or provider by its name.
import { CHOSEN, NOT_CHOSEN } from '../../../domain/patterns/variables.ts';
import type { Questionnaire } from '../../../domain/questionnaire/types.ts';
import { localized, type Lang } from '../../i18n/index.ts';

export function variableLabel(definition: Questionnaire, key: string, lang: Lang): string {
  const question = definition.questions.find((q) => key === q.key || key.startsWith(`${q.key}.`) || key.startsWith(`${q.key}=`));
  if (!question) return key;
  const text = localized(question.text, lang);
  if (key === question.key) return text;
  const rest = key.slice(question.key.length + 1);
  if (question.type === 'triad') return `${text} — ${localized(question.corners[Number(rest) - 1], lang)}`;
  if (question.type === 'stones') {
    const [stone, axis] = rest.split('.');
    const found = question.stones.find((s) => s.key === stone);
    const axisLabel = axis === 'x' ? question.x : question.y;
    return `${text} — ${found ? localized(found.text, lang) : stone} (${localized(axisLabel, lang)})`;
  }
  if (question.type === 'multichoice') {
    const option = question.options.find((o) => o.key === rest);
    return `${text} — ${option ? localized(option.text, lang) : rest}`;
  }
  return key;
}

export function categoryLabel(
  definition: Questionnaire,
  questionKey: string,
  label: string,
  lang: Lang,
  names: Record<string, string>,
  words: { chosen: string; notChosen: string },
): string {
  const question = definition.questions.find((q) => q.key === questionKey);
  if (!question) return label;
  if (question.type === 'choice') return localized(question.options.find((o) => o.key === label)?.text, lang) || label;
  if (question.type === 'area') return names[label] ?? question.areas?.find((a) => a.code === label)?.name ?? label;
  if (question.type === 'multichoice') return label === CHOSEN ? words.chosen : label === NOT_CHOSEN ? words.notChosen : label;
  return label;
}
