// The shared instrument and a member's own questionnaire (docs/network.md, "The shared
// instrument"). Whether a question is local is decided here, against the adopted network
// version's question keys, and never stored beside the question: a local question added later in
// the designer is local too, and a comparison that asks only for the shared keys cannot reach one.
import type { Question, Questionnaire } from '../questionnaire/types.ts';

/** The member's questions split into the network's (in the network's order) and its own. */
export function splitQuestions(member: Questionnaire, sharedKeys: readonly string[]): { shared: Question[]; local: Question[] } {
  const shared = new Set(sharedKeys);
  return { shared: member.questions.filter((q) => shared.has(q.key)), local: member.questions.filter((q) => !shared.has(q.key)) };
}

/**
 * The member's questionnaire after adopting a network version: the network's questions, then the
 * member's local ones. A question of the previously adopted network version that the new one
 * dropped leaves too (it was the network's, not the member's); the member's own local questions
 * stay. Title, languages and prompts are the network's, with the member's extra languages kept.
 */
export function adoptedDefinition(
  network: Questionnaire,
  networkKeys: readonly string[],
  member: Questionnaire | null,
  previousNetworkKeys: readonly string[] = [],
): Questionnaire {
  const shared = new Set(networkKeys);
  const previous = new Set(previousNetworkKeys);
  const sharedQuestions = network.questions.filter((q) => shared.has(q.key));
  const local = (member?.questions ?? []).filter((q) => !shared.has(q.key) && !previous.has(q.key));
  const languages = [...network.languages, ...(member?.languages ?? []).filter((l) => !network.languages.includes(l))];
  return {
    ...network,
    key: member?.key ?? network.key,
    languages,
    questions: [...sharedQuestions, ...local],
  };
}
