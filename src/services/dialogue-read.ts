// Reading dialogues: the list, one dialogue with its material and actions, and the printable
// session pack (story cards of published stories only, pattern figures, indicator series).
export type { ActionRow } from '../db/repositories/dialogues.repository.ts';
import { findStoriesByRefs, listActionsOfDialogues, listDialogues, type ActionRow, type DialogueRow } from '../db/repositories/dialogues.repository.ts';
import { listObservations } from '../db/repositories/indicators.repository.ts';
import type { MaterialItem, PatternRef } from '../domain/opgaven/evidence.ts';
import { strengthOf, type StrengthWord } from '../domain/monitor/strength.ts';
import type { Pattern } from '../domain/patterns/types.ts';
import type { ServiceContext } from './context.ts';
import type { Participant } from './dialogues.ts';
import { requireDialogue } from './dialogues.ts';
import { labelOf, loadLabels, storyRefsOf, type LabelLang } from './opgaven-labels.ts';
import { suppressionThreshold } from './monitor/settings.ts';
import { scanQuestionnaire } from './patterns.ts';
import { packObservation, type PackedObservation } from './sensemaking/feeds.ts';

export interface DialogueSummary {
  id: string;
  kind: string;
  title: string;
  heldOn: string | null;
  /** No date yet, or a date after today. */
  planned: boolean;
  opgave: { key: string; title: string } | null;
  actions: number;
}

export interface DialogueView extends DialogueSummary {
  participants: Participant[];
  /** label null: a story title the caller may not see. */
  material: (MaterialItem & { label: string | null })[];
  seen: string;
  interpretations: string;
  record: string;
  actionList: ActionRow[];
}

const today = () => new Date().toISOString().slice(0, 10);
const isPlanned = (d: DialogueRow) => d.heldOn === null || d.heldOn > today();

export async function listDialogueSummaries(ctx: ServiceContext): Promise<DialogueSummary[]> {
  return (await listDialogues(ctx.db, ctx.tenantId)).map(({ dialogue: d, opgaveKey, opgaveTitle, actionCount }) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    heldOn: d.heldOn,
    planned: isPlanned(d),
    opgave: opgaveKey ? { key: opgaveKey, title: opgaveTitle ?? opgaveKey } : null,
    actions: actionCount,
  }));
}

export async function readDialogue(ctx: ServiceContext, id: string, options: { storyTitles?: boolean; lang?: LabelLang } = {}): Promise<DialogueView> {
  const { dialogue: d, opgaveKey, opgaveTitle } = await requireDialogue(ctx, id);
  const material = (d.material as MaterialItem[]) ?? [];
  const labels = await loadLabels(ctx, { lang: options.lang, storyTitles: options.storyTitles, storyRefs: storyRefsOf(material) });
  const actionList = await listActionsOfDialogues(ctx.db, ctx.tenantId, [d.id]);
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    heldOn: d.heldOn,
    planned: isPlanned(d),
    opgave: opgaveKey ? { key: opgaveKey, title: opgaveTitle ?? opgaveKey } : null,
    actions: actionList.length,
    participants: (d.participants as Participant[]) ?? [],
    material: material.map((m) => ({ ...m, label: labelOf(m, labels) })),
    seen: d.seen,
    interpretations: d.interpretations,
    record: d.record,
    actionList,
  };
}

interface StoryCard {
  ref: string;
  title: string;
  text: string;
  /** May the story be quoted anonymously? null = not asked. */
  consentQuote: boolean | null;
}

export interface SessionPack {
  dialogue: DialogueView;
  stories: StoryCard[];
  /** Groups under the municipality's suppression threshold have n and median null ("te weinig verhalen"):
   *  the pack is printed and laid on a table where council and providers sit. */
  patterns: {
    label: string;
    pattern: (Pick<Pattern, 'test' | 'n' | 'effect'> & { strength: StrengthWord | null }) | null;
    groups: { label: string; n: number | null; median: number | null }[];
  }[];
  series: { label: string; rows: { period: string; value: number | null }[] }[];
  /** Complete observations: text, strength and interpretations with their perspective; no figures (the pack lies on the table). */
  observations: PackedObservation[];
}

function findPattern(patterns: Pattern[], ref: PatternRef): Pattern | null {
  return patterns.find((p) => (p.a === ref.a && p.b === ref.b) || (p.a === ref.b && p.b === ref.a)) ?? null;
}

/** For the facilitator's printer: only published stories become cards; pending or rejected never do. */
export async function sessionPack(ctx: ServiceContext, id: string, lang: LabelLang = 'nl'): Promise<SessionPack> {
  const dialogue = await readDialogue(ctx, id, { storyTitles: true, lang });
  const refs = storyRefsOf(dialogue.material);
  const stories = (await findStoriesByRefs(ctx.db, ctx.tenantId, refs))
    .filter((s) => s.status === 'published')
    .sort((a, b) => refs.indexOf(a.ref) - refs.indexOf(b.ref))
    .map(({ ref, title, text, consentQuote }) => ({ ref, title, text, consentQuote }));

  const threshold = await suppressionThreshold(ctx);
  const scans = new Map<string, Pattern[]>();
  const patterns: SessionPack['patterns'] = [];
  const series: SessionPack['series'] = [];
  const observations: PackedObservation[] = [];
  for (const item of dialogue.material) {
    if (item.kind === 'pattern') {
      if (!scans.has(item.questionnaire)) scans.set(item.questionnaire, (await scanQuestionnaire(ctx, item.questionnaire)).patterns);
      const pattern = findPattern(scans.get(item.questionnaire)!, item);
      const groups = pattern && 'groups' in pattern ? pattern.groups.map((g) => (g.n < threshold ? { label: g.label, n: null, median: null } : g)) : [];
      const summary = pattern ? { test: pattern.test, n: pattern.n, effect: pattern.effect, strength: strengthOf(pattern)?.word ?? null } : null;
      patterns.push({ label: item.label ?? `${item.a} × ${item.b}`, pattern: summary, groups });
    } else if (item.kind === 'observation') {
      const packed = await packObservation(ctx, item.observation);
      if (packed) observations.push(packed);
    } else if (item.kind === 'indicator') {
      const rows = (await listObservations(ctx.db, ctx.tenantId, item.indicator))
        .filter((o) => o.area === item.area && !o.provider)
        .map((o) => ({ period: o.period, value: o.value }));
      series.push({ label: item.label ?? item.indicator, rows });
    }
  }
  return { dialogue, stories, patterns, series, observations };
}
