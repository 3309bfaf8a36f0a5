// Reading opgaven and their theory of change. These read functions are also what the council
// monitor and the report call: keep their signatures stable (docs/opgaven.md).
import { listActionsOfDialogues, listDialogues } from '../db/repositories/dialogues.repository.ts';
import { findOpgaveByKey, listOpgaven as listOpgaveRows, listStatusChanges, listTocElements, listTocLinks } from '../db/repositories/opgaven.repository.ts';
import type { Evidence, EvidenceItem } from '../domain/opgaven/evidence.ts';
import { parseStatement, type StatementParts } from '../domain/opgaven/statement.ts';
import { ASSUMPTION_STATUSES, type ActionStatus, type AssumptionStatus } from '../domain/opgaven/vocabulary.ts';
import type { ServiceContext } from './context.ts';
import { labelOf, loadLabels, storyRefsOf, type LabelLang } from './opgaven-labels.ts';

export interface OpgaveSummary {
  id: string;
  key: string;
  title: string;
  description: string;
  domain: string;
  statements: number;
  assumptions: number;
  /** How many assumptions have each status. */
  statusCounts: Record<AssumptionStatus, number>;
}

export interface TocLinkView {
  kind: 'indicator' | 'question';
  ref: string;
  /** Indicator name or question text; the ref itself when it no longer exists. */
  label: string;
}

/** A piece of evidence with a readable label; label null = a story title the caller may not see. */
export type EvidenceView = EvidenceItem & { label: string | null; storyId?: string };

export interface StatusChangeView {
  id: string;
  status: AssumptionStatus;
  note: string;
  evidence: EvidenceView[];
  /** Display name of who judged; null for the demo seeder or a removed user. */
  changedBy: string | null;
  changedAt: Date;
}

export interface AssumptionView {
  id: string;
  text: string;
  buildingBlock: string | null;
  status: AssumptionStatus;
  links: TocLinkView[];
  /** The change that set the current status, with its evidence; null while never judged. */
  latest: StatusChangeView | null;
  /** Every change, newest first (the latest included). */
  history: StatusChangeView[];
}

export interface StatementView {
  id: string;
  /** "Als wij A, draagt dat bij aan B, omdat C." */
  text: string;
  /** A, B and C when the text follows the guided form. */
  parts: StatementParts | null;
  buildingBlock: string | null;
  links: TocLinkView[];
  assumptions: AssumptionView[];
}

export interface TheoryOfChange {
  opgave: { id: string; key: string; title: string; description: string; domain: string };
  statements: StatementView[];
}

export interface ReadOptions {
  /** Only true for roles with stories.read: story titles in evidence. Default false. */
  storyTitles?: boolean;
  lang?: LabelLang;
}

const asStatus = (s: string): AssumptionStatus => ((ASSUMPTION_STATUSES as readonly string[]).includes(s) ? (s as AssumptionStatus) : 'onbekend');

export async function listOpgaven(ctx: ServiceContext): Promise<OpgaveSummary[]> {
  const result: OpgaveSummary[] = [];
  for (const o of await listOpgaveRows(ctx.db, ctx.tenantId)) {
    const elements = await listTocElements(ctx.db, ctx.tenantId, o.id);
    const statusCounts = Object.fromEntries(ASSUMPTION_STATUSES.map((s) => [s, 0])) as Record<AssumptionStatus, number>;
    const assumptions = elements.filter((e) => e.kind === 'assumption');
    for (const a of assumptions) statusCounts[asStatus(a.status)]++;
    result.push({
      id: o.id,
      key: o.key,
      title: o.title,
      description: o.description,
      domain: o.domain,
      statements: elements.length - assumptions.length,
      assumptions: assumptions.length,
      statusCounts,
    });
  }
  return result;
}

/** The opgave with its statements, their assumptions, statuses, evidence and links; null if unknown. */
export async function theoryOfChange(ctx: ServiceContext, opgaveKey: string, options: ReadOptions = {}): Promise<TheoryOfChange | null> {
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey);
  if (!opgave) return null;
  const elements = await listTocElements(ctx.db, ctx.tenantId, opgave.id);
  const ids = elements.map((e) => e.id);
  const links = await listTocLinks(ctx.db, ctx.tenantId, ids);
  const changes = await listStatusChanges(ctx.db, ctx.tenantId, ids);
  const evidenceOf = (raw: unknown): Evidence => {
    const e = (raw ?? {}) as Partial<Evidence>;
    return { note: typeof e.note === 'string' ? e.note : '', items: Array.isArray(e.items) ? e.items : [] };
  };
  const labels = await loadLabels(ctx, {
    lang: options.lang,
    storyTitles: options.storyTitles,
    storyRefs: changes.flatMap((c) => storyRefsOf(evidenceOf(c.evidence).items)),
  });

  const linksOf = (id: string): TocLinkView[] =>
    links
      .filter((l) => l.elementId === id)
      .map((l) => ({ kind: l.kind, ref: l.ref, label: (l.kind === 'indicator' ? labels.indicators : labels.questions).get(l.ref) ?? l.ref }));
  const historyOf = (id: string): StatusChangeView[] =>
    changes
      .filter((c) => c.elementId === id)
      .map((c) => {
        const evidence = evidenceOf(c.evidence);
        return {
          id: c.id,
          status: asStatus(c.status),
          note: evidence.note,
          // storyId only where the title is readable too (stories.read): it is the link to the story page.
          evidence: evidence.items.map((item) => ({
            ...item,
            label: labelOf(item, labels),
            ...(item.kind === 'story' && labels.storyIds.has(item.ref) ? { storyId: labels.storyIds.get(item.ref) } : {}),
          })),
          changedBy: c.changedBy,
          changedAt: c.changedAt,
        };
      });

  const statements: StatementView[] = elements
    .filter((e) => e.kind === 'statement')
    .map((s) => ({
      id: s.id,
      text: s.text,
      parts: parseStatement(s.text),
      buildingBlock: s.buildingBlock,
      links: linksOf(s.id),
      assumptions: elements
        .filter((a) => a.kind === 'assumption' && a.parentId === s.id)
        .map((a) => {
          const history = historyOf(a.id);
          return {
            id: a.id,
            text: a.text,
            buildingBlock: a.buildingBlock,
            status: asStatus(a.status),
            links: linksOf(a.id),
            latest: history[0] ?? null,
            history,
          };
        }),
    }));
  return { opgave: { id: opgave.id, key: opgave.key, title: opgave.title, description: opgave.description, domain: opgave.domain }, statements };
}

export interface ActionView {
  id: string;
  dialogueId: string;
  dialogueTitle: string;
  dialogueKind: string;
  /** ISO date (yyyy-mm-dd) the dialogue was held or is planned; null if not set. */
  heldOn: string | null;
  kind: string;
  description: string;
  owner: string;
  dueOn: string | null;
  learningLevel: number;
  status: ActionStatus;
  /** The note on the follow-up in the next cycle. */
  followUp: string;
}

/** Every action agreed in the dialogues about this opgave, earliest due first; [] if unknown. */
export async function actionsOf(ctx: ServiceContext, opgaveKey: string): Promise<ActionView[]> {
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey);
  if (!opgave) return [];
  const dialogues = await listDialogues(ctx.db, ctx.tenantId, opgave.id);
  const byId = new Map(dialogues.map((d) => [d.dialogue.id, d.dialogue]));
  const rows = await listActionsOfDialogues(ctx.db, ctx.tenantId, [...byId.keys()]);
  return rows.map((a) => {
    const d = byId.get(a.dialogueId)!;
    return {
      id: a.id,
      dialogueId: d.id,
      dialogueTitle: d.title,
      dialogueKind: d.kind,
      heldOn: d.heldOn,
      kind: a.kind,
      description: a.description,
      owner: a.owner,
      dueOn: a.dueOn,
      learningLevel: a.learningLevel,
      status: a.status as ActionStatus,
      followUp: a.followUp,
    };
  });
}
