// The names behind keys (indicator, question, area, story, dialogue) that opgaven and dialogues
// show. Loaded once per request; story titles only for callers who may read stories.
import { listInterpretationRows, listObservationRows } from '../db/repositories/observations.repository.ts';
import { isComplete } from '../domain/sensemaking/rules.ts';
import { findStoriesByRefs, listDialogues } from '../db/repositories/dialogues.repository.ts';
import { listDefinitions } from '../db/repositories/indicators.repository.ts';
import { findQuestionnaire, listQuestionnaires } from '../db/repositories/questionnaires.repository.ts';
import { listOpgaven } from '../db/repositories/opgaven.repository.ts';
import { listAreas } from '../db/repositories/tenants.repository.ts';
import { patternVariables, type VariableChoice } from '../domain/opgaven/pattern-variables.ts';
import { questionOfVariable, type EvidenceItem } from '../domain/opgaven/evidence.ts';
import type { Question } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';

export type LabelLang = 'nl' | 'en';

export interface LabelBook {
  indicators: Map<string, string>;
  areas: Map<string, string>;
  /** question key → text (first questionnaire that has the key wins) */
  questions: Map<string, string>;
  /** questionnaire key → its questions, for checking pattern variables */
  questionnaires: Map<string, Question[]>;
  dialogues: Map<string, string>;
  /** story ref → title; empty when the caller may not read stories */
  storyTitles: Map<string, string>;
  /** story ref → id (for a link to the story page); filled with storyTitles */
  storyIds: Map<string, string>;
  /** observation id → title (issue 11) */
  observations: Map<string, string>;
}

export async function loadLabels(ctx: ServiceContext, options: { lang?: LabelLang; storyRefs?: string[]; storyTitles?: boolean } = {}): Promise<LabelBook> {
  const lang = options.lang ?? 'nl';
  const book: LabelBook = {
    indicators: new Map((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => [d.key, d.name])),
    areas: new Map((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name])),
    questions: new Map(),
    questionnaires: new Map(),
    dialogues: new Map((await listDialogues(ctx.db, ctx.tenantId)).map((d) => [d.dialogue.id, d.dialogue.title])),
    storyTitles: new Map(),
    storyIds: new Map(),
    observations: new Map((await listObservationRows(ctx.db, ctx.tenantId)).map((o) => [o.id, o.title])),
  };
  for (const { key } of await listQuestionnaires(ctx.db, ctx.tenantId)) {
    const stored = await findQuestionnaire(ctx.db, ctx.tenantId, key);
    if (!stored) continue;
    book.questionnaires.set(key, stored.definition.questions);
    for (const q of stored.definition.questions) {
      if (!book.questions.has(q.key)) book.questions.set(q.key, q.text[lang] ?? q.text.nl ?? q.key);
    }
  }
  if (options.storyTitles && options.storyRefs?.length) {
    for (const s of await findStoriesByRefs(ctx.db, ctx.tenantId, [...new Set(options.storyRefs)])) {
      book.storyTitles.set(s.ref, s.title);
      book.storyIds.set(s.ref, s.id);
    }
  }
  return book;
}

/** A readable name for one piece of evidence or material; null for a story the caller may not see. */
export function labelOf(item: EvidenceItem, book: LabelBook): string | null {
  switch (item.kind) {
    case 'pattern': {
      const name = (v: string) => book.questions.get(questionOfVariable(v)) ?? v;
      return `${name(item.a)} × ${name(item.b)}`;
    }
    case 'story':
      return book.storyTitles.get(item.ref) ?? null;
    case 'indicator':
      return `${book.indicators.get(item.indicator) ?? item.indicator} — ${book.areas.get(item.area) ?? item.area}`;
    case 'dialogue':
      return book.dialogues.get(item.dialogue) ?? item.dialogue;
    case 'observation':
      return book.observations.get(item.observation) ?? item.observation;
  }
}

export function storyRefsOf(items: readonly EvidenceItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'story' ? [i.ref] : []));
}

export interface FormChoices {
  indicators: { key: string; name: string }[];
  questions: { key: string; text: string }[];
  areas: { code: string; name: string }[];
  questionnaires: { key: string; variables: VariableChoice[] }[];
  dialogues: { id: string; title: string }[];
  opgaven: { key: string; title: string }[];
  /** Complete observations (two interpretations or more): the only ones a dialogue may take as material. */
  observations: { id: string; title: string }[];
}

/** Everything the link, evidence and material forms offer to choose from. */
export async function formChoices(ctx: ServiceContext, lang: LabelLang = 'nl'): Promise<FormChoices> {
  const book = await loadLabels(ctx, { lang });
  const sorted = <T>(list: T[], by: (t: T) => string) => list.sort((a, b) => by(a).localeCompare(by(b), 'nl'));
  return {
    indicators: sorted(
      [...book.indicators].map(([key, name]) => ({ key, name })),
      (i) => i.name,
    ),
    questions: [...book.questions].map(([key, text]) => ({ key, text })),
    areas: [...book.areas].map(([code, name]) => ({ code, name })),
    questionnaires: [...book.questionnaires].map(([key, questions]) => ({ key, variables: patternVariables(questions, lang) })),
    dialogues: [...book.dialogues].map(([id, title]) => ({ id, title })),
    opgaven: (await listOpgaven(ctx.db, ctx.tenantId)).map((o) => ({ key: o.key, title: o.title })),
    observations: await completeObservations(ctx),
  };
}

async function completeObservations(ctx: ServiceContext): Promise<{ id: string; title: string }[]> {
  const rows = await listObservationRows(ctx.db, ctx.tenantId);
  const counts = new Map<string, number>();
  for (const i of await listInterpretationRows(
    ctx.db,
    ctx.tenantId,
    rows.map((r) => r.id),
  ))
    counts.set(i.observationId, (counts.get(i.observationId) ?? 0) + 1);
  return rows.filter((r) => isComplete(counts.get(r.id) ?? 0)).map((r) => ({ id: r.id, title: r.title }));
}
