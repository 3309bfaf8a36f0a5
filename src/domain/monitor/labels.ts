// Readable names for the analysis variables of a pattern (PRODUCT.md "Pattern semantics") and
// their categories, in Dutch and English, taken from the questionnaire itself.
import { CHOSEN } from '../patterns/variables.ts';
import type { LocalizedText, Question, Questionnaire } from '../questionnaire/types.ts';

export interface Bilingual {
  nl: string;
  en: string;
}

const both = (text: LocalizedText | undefined, fallback: string): Bilingual => ({
  nl: text?.nl ?? text?.en ?? fallback,
  en: text?.en ?? text?.nl ?? fallback,
});

/** The question a variable comes from: "wie_hielp.2" → wie_hielp, "wat_hielp=x" → wat_hielp. */
export function questionKeyOf(variable: string): string {
  return variable.split(/[.=]/)[0];
}

function questionOf(questionnaire: Questionnaire, variable: string): Question | undefined {
  return questionnaire.questions.find((q) => q.key === questionKeyOf(variable));
}

/** "Voelde u zich gehoord?", "Wie hielp het meest? (familie)", "Wat hielp? (luisteren)". */
export function variableLabel(questionnaire: Questionnaire, variable: string): Bilingual {
  const question = questionOf(questionnaire, variable);
  if (!question) return { nl: variable, en: variable };
  const base = both(question.text, question.key);
  const suffix = (part: Bilingual): Bilingual => ({ nl: `${base.nl} (${part.nl})`, en: `${base.en} (${part.en})` });
  if (question.type === 'triad') {
    const corner = question.corners[Number(variable.split('.')[1]) - 1];
    return corner ? suffix(both(corner, variable)) : base;
  }
  if (question.type === 'stones') {
    const [, stoneKey, axis] = variable.split('.');
    const stone = question.stones.find((s) => s.key === stoneKey);
    const axisText = both(axis === 'y' ? question.y : question.x, axis ?? '');
    const stoneText = both(stone?.text, stoneKey ?? '');
    return suffix({ nl: `${stoneText.nl}, ${axisText.nl}`, en: `${stoneText.en}, ${axisText.en}` });
  }
  if ((question.type === 'multichoice' || question.type === 'choice') && variable.includes('=')) {
    const option = question.options.find((o) => o.key === variable.split('=')[1]);
    return suffix(both(option?.text, variable));
  }
  return base;
}

/** The category of a categorical variable: option text, area name, or "x gekozen". */
export function categoryLabel(questionnaire: Questionnaire, variable: string, value: string, areaNames: Record<string, string>): Bilingual {
  const question = questionOf(questionnaire, variable);
  if (question?.type === 'choice') return both(question.options.find((o) => o.key === value)?.text, value);
  if (question?.type === 'area') {
    const name = question.areas?.find((a) => a.code === value)?.name ?? areaNames[value] ?? value;
    return { nl: name, en: name };
  }
  if (question?.type === 'multichoice') {
    const option = both(question.options.find((o) => o.key === variable.split('=')[1])?.text, variable);
    // A noun phrase, so that "Bij …" and "For …" read naturally with both (issue 17).
    return value === CHOSEN
      ? { nl: `mensen die "${option.nl}" aankruisten`, en: `people who ticked "${option.en}"` }
      : { nl: `mensen die "${option.nl}" niet aankruisten`, en: `people who did not tick "${option.en}"` };
  }
  return { nl: value, en: value };
}

/** What a higher value means, when the question says so: the slider's right end, the scale's top. */
export function higherEnd(questionnaire: Questionnaire, variable: string): Bilingual | null {
  const question = questionOf(questionnaire, variable);
  if (question?.type === 'slider') return both(question.right, '');
  if (question?.type === 'scale' && question.maxLabel) return both(question.maxLabel, '');
  return null;
}

/** A triad corner is a share 0…1 of the three weights. */
export function isShareVariable(questionnaire: Questionnaire, variable: string): boolean {
  return questionOf(questionnaire, variable)?.type === 'triad';
}
