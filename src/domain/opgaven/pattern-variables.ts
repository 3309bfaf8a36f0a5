// The analysis variables of a questionnaire with readable labels, named as the pattern scan names
// them (PRODUCT.md "Pattern semantics"), so that a chosen pair a×b matches a scan's pattern.
import type { Question } from '../questionnaire/types.ts';

export interface VariableChoice {
  name: string;
  label: string;
}

export function patternVariables(questions: readonly Question[], lang: 'nl' | 'en'): VariableChoice[] {
  const l = (text: Record<string, string> | undefined) => (text ? (text[lang] ?? text.nl ?? '') : '');
  return questions.flatMap((q): VariableChoice[] => {
    const base = l(q.text) || q.key;
    switch (q.type) {
      case 'slider':
      case 'scale':
      case 'number':
      case 'choice':
      case 'area':
        return [{ name: q.key, label: base }];
      case 'triad':
        return q.corners.map((corner, i) => ({ name: `${q.key}.${i + 1}`, label: `${base} — ${l(corner)}` }));
      case 'multichoice':
        return q.options.map((o) => ({ name: `${q.key}=${o.key}`, label: `${base} — ${l(o.text)}` }));
      case 'stones':
        return q.stones.flatMap((s) => [
          { name: `${q.key}.${s.key}.x`, label: `${base} — ${l(s.text)} (${l(q.x)})` },
          { name: `${q.key}.${s.key}.y`, label: `${base} — ${l(s.text)} (${l(q.y)})` },
        ]);
      case 'text':
        return [];
      default:
        return q satisfies never; // every question type has a case above (checked by TypeScript)
    }
  });
}
