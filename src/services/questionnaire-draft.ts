// The rules a designer's edit must pass before it is saved: the one parser of
// duiding.questionnaire/v1 plus the Dutch-first rule, stable question types across frozen
// versions, keys made from the Dutch text, and problem paths relative to the edited item.
import type { VersionRow } from '../db/repositories/designer.repository.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import { missingDutchTexts } from '../domain/questionnaire/dutch-texts.ts';
import { parseQuestionnaire } from '../domain/questionnaire/parse.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';

/** "Voelde u zich gehoord?" → "voelde_u_zich_gehoord" (unique among `taken`); '' without Dutch text. */
export function keyFromText(text: unknown, taken: string[]): string {
  const nl = typeof text === 'object' && text !== null ? (text as Record<string, unknown>).nl : undefined;
  if (typeof nl !== 'string') return '';
  const stem = nl
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30)
    .replace(/_+$/, '');
  if (!stem) return '';
  let key = stem;
  for (let n = 2; taken.includes(key); n++) key = `${stem}_${n}`;
  return key;
}

export function relative(problems: Problem[], focus: string): Problem[] {
  if (!focus) return problems;
  return problems.map((p) => (p.field?.startsWith(focus) ? { ...p, field: p.field.slice(focus.length) } : p));
}

/**
 * The parser is the one judge of validity, except that a draft may still have no questions: a
 * questionnaire is built one question at a time. (A collection only opens on a questionnaire
 * with at least one question: services/collections.ts.)
 */
export function checkDraft(candidate: unknown): Questionnaire {
  const object = candidate as Record<string, unknown>;
  const empty = Array.isArray(object?.questions) && object.questions.length === 0;
  const probe = empty ? { ...object, questions: [{ key: 'placeholder', about: 'story', type: 'text', text: { nl: '-' } }] } : candidate;
  const parsed = parseQuestionnaire(probe);
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  const definition = empty ? { ...parsed.value, questions: [] } : parsed.value;
  const dutch = missingDutchTexts(definition);
  if (dutch.length > 0) throw new InputRejected(dutch);
  return definition;
}

/** A key that stories already used with one type must keep that type in every later version. */
export function checkStableTypes(definition: Questionnaire, versions: VersionRow[]) {
  const problems: Problem[] = [];
  definition.questions.forEach((question, i) => {
    for (const version of versions) {
      if (version.frozenAt === null) continue;
      const earlier = version.definition.questions.find((q) => q.key === question.key);
      if (earlier && earlier.type !== question.type) {
        problems.push({
          field: `questions[${i}].key`,
          code: 'key-used-for-other-type',
          nl: `de sleutel "${question.key}" hoorde in versie ${version.version} bij een vraag van een ander soort (${earlier.type}); kies een andere sleutel`,
          en: `key "${question.key}" belonged to a question of another type (${earlier.type}) in version ${version.version}; choose another key`,
        });
        return;
      }
    }
  });
  if (problems.length > 0) throw new InputRejected(problems);
}
