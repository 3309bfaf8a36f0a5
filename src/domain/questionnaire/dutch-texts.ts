// The designer's extra rule on top of parse.ts: every label a teller reads must exist in Dutch.
// parse.ts accepts a label in any one language (imports from NarraFirma or SenseMaker may be
// English only); questionnaires made in Duiding itself are Dutch first, English optional.
import type { Problem } from '../problems.ts';
import type { LocalizedText, Question, Questionnaire } from './types.ts';

function labelsOf(question: Question): [string, LocalizedText | undefined][] {
  const out: [string, LocalizedText | undefined][] = [
    ['text', question.text],
    ['help', question.help],
  ];
  switch (question.type) {
    case 'slider':
      out.push(['left', question.left], ['right', question.right]);
      break;
    case 'triad':
      question.corners.forEach((corner, i) => out.push([`corners[${i}]`, corner]));
      break;
    case 'stones':
      out.push(['x', question.x], ['y', question.y]);
      question.stones.forEach((stone, i) => out.push([`stones[${i}].text`, stone.text]));
      break;
    case 'choice':
    case 'multichoice':
      question.options.forEach((option, i) => out.push([`options[${i}].text`, option.text]));
      break;
    case 'scale':
      out.push(['minLabel', question.minLabel], ['maxLabel', question.maxLabel]);
      break;
    default:
      break;
  }
  return out;
}

/** Problems for every present label without a Dutch text, at "<path>.nl". */
export function missingDutchTexts(questionnaire: Questionnaire): Problem[] {
  const labels: [string, LocalizedText | undefined][] = [['title', questionnaire.title]];
  questionnaire.prompts.forEach((prompt, i) => labels.push([`prompts[${i}].text`, prompt.text]));
  questionnaire.questions.forEach((question, i) => {
    for (const [path, text] of labelsOf(question)) labels.push([`questions[${i}].${path}`, text]);
  });
  return labels
    .filter(([, text]) => text !== undefined && !(text.nl ?? '').trim())
    .map(([path]) => ({
      field: `${path}.nl`,
      code: 'missing-dutch',
      nl: 'vul de Nederlandse tekst in',
      en: 'fill in the Dutch text',
    }));
}
