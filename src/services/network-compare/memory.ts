// Quality reviews (dialogue type kwaliteitsreview at network level) with cases brought by
// members, and the network library, "borgen van kennis" (issue 15, docs/network.md). Everything
// belongs to the network, not to a person: it stays when the writer leaves. A case or a library
// entry is written by a member about itself (its own tenant id, enforced by row-level security)
// and goes through the redaction of personal details first: a summary, never a story.
import * as repo from '../../db/repositories/network-memory.repository.ts';
import { namedMembers } from '../../db/repositories/network.repository.ts';
import type { LibraryKind } from '../../db/schema/index.ts';
import { isoDate, oneOf, text } from '../../domain/opgaven/input.ts';
import { ACTION_KINDS, ACTION_STATUSES, LEARNING_LEVELS, PARTICIPANT_ROLES } from '../../domain/opgaven/vocabulary.ts';
import { redact } from '../../domain/privacy/redact.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from '../network/membership.ts';

const LIBRARY_KINDS: readonly LibraryKind[] = ['les', 'observatie', 'interpretatie'];

const reject = (problems: Problem[]) => {
  if (problems.length) throw new InputRejected(problems);
};

/** Redacted text and how many details were removed (counts only). */
function redacted(value: string): { text: string; removed: number } {
  const result = redact(value);
  return { text: result.text, removed: Object.values(result.counts).reduce((s, n) => s + n, 0) };
}

const UUID = /^[0-9a-f-]{36}$/iu;

async function requireReview(ctx: ServiceContext, networkId: string, id: string) {
  const found = UUID.test(id) ? await repo.findReview(ctx.db, networkId, id) : null;
  if (!found)
    throw new InputRejected(
      [{ field: 'review', code: 'unknown-review', nl: 'deze kwaliteitsreview bestaat niet', en: `quality review ${id} does not exist` }],
      404,
    );
  return found;
}

export async function planReview(
  ctx: ServiceContext,
  slug: string,
  input: { title?: unknown; heldOn?: unknown; participants?: unknown },
): Promise<{ id: string }> {
  const { network } = await memberNetwork(ctx, slug);
  const problems: Problem[] = [];
  const title = text(input.title, 'title', problems, { required: true, max: 300 });
  const heldOn = isoDate(input.heldOn, 'heldOn', problems);
  const participants = participantsOf(input.participants, problems);
  reject(problems);
  return { id: await repo.insertReview(ctx.db, { networkId: network.id, title, heldOn, participants, createdBy: ctx.actorUserId }) };
}

/** Participants by role, each with optional names; field names as the API's body has them. */
function participantsOf(input: unknown, problems: Problem[]) {
  return Array.isArray(input)
    ? input.map((p, i) => ({
        role: oneOf((p as { role?: unknown }).role, PARTICIPANT_ROLES, `participants[${i}].role`, problems) ?? '',
        name: text((p as { name?: unknown }).name, `participants[${i}].name`, problems, { max: 200 }),
      }))
    : [];
}

/**
 * What was seen, the interpretations and the rest of the record; participants by role when given
 * (absent: unchanged). Returns how many personal details the redaction removed, to tell the writer.
 */
export async function recordReview(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: { record?: unknown; seen?: unknown; interpretations?: unknown; participants?: unknown },
): Promise<{ removed: number }> {
  const { network } = await memberNetwork(ctx, slug);
  await requireReview(ctx, network.id, id);
  const problems: Problem[] = [];
  const parts = {
    record: redacted(text(input.record, 'record', problems, { max: 20000 })),
    seen: redacted(text(input.seen, 'seen', problems, { max: 20000 })),
    interpretations: redacted(text(input.interpretations, 'interpretations', problems, { max: 20000 })),
  };
  const participants = input.participants === undefined ? undefined : participantsOf(input.participants, problems);
  reject(problems);
  await repo.updateReviewRecord(ctx.db, network.id, id, {
    record: parts.record.text,
    seen: parts.seen.text,
    interpretations: parts.interpretations.text,
    ...(participants ? { participants } : {}),
  });
  return { removed: parts.record.removed + parts.seen.removed + parts.interpretations.removed };
}

/** A case brought in by the asking member: a summary, with personal details removed before it is stored. */
export async function bringCase(ctx: ServiceContext, slug: string, reviewId: string, input: { title?: unknown; summary?: unknown; period?: unknown }) {
  const { network } = await memberNetwork(ctx, slug);
  await requireReview(ctx, network.id, reviewId);
  const problems: Problem[] = [];
  const title = text(input.title, 'title', problems, { required: true, max: 300 });
  const summary = text(input.summary, 'summary', problems, { required: true, max: 5000 });
  const period = text(input.period, 'period', problems, { max: 40 });
  reject(problems);
  const clean = redacted(summary);
  const cleanTitle = redacted(title);
  const id = await repo.insertCase(ctx.db, {
    networkId: network.id,
    reviewId,
    memberTenantId: ctx.tenantId,
    title: cleanTitle.text,
    summary: clean.text,
    period,
    createdBy: ctx.actorUserId,
  });
  return { id, removed: clean.removed + cleanTitle.removed };
}

export async function agreeReviewAction(
  ctx: ServiceContext,
  slug: string,
  reviewId: string,
  input: { kind?: unknown; description?: unknown; owner?: unknown; dueOn?: unknown; learningLevel?: unknown; status?: unknown },
) {
  const { network } = await memberNetwork(ctx, slug);
  await requireReview(ctx, network.id, reviewId);
  const problems: Problem[] = [];
  const kind = oneOf(input.kind, ACTION_KINDS, 'kind', problems);
  const description = text(input.description, 'description', problems, { required: true, max: 2000 });
  const owner = text(input.owner, 'owner', problems, { required: true, max: 200 });
  const dueOn = isoDate(input.dueOn, 'dueOn', problems);
  const learningLevel = oneOf(input.learningLevel, LEARNING_LEVELS, 'learningLevel', problems);
  const status = oneOf(input.status ?? 'open', ACTION_STATUSES, 'status', problems);
  reject(problems);
  return {
    id: await repo.insertReviewAction(ctx.db, {
      networkId: network.id,
      reviewId,
      kind: kind!,
      description: redacted(description).text,
      owner,
      dueOn,
      learningLevel: learningLevel!,
      status: status!,
    }),
  };
}

/** The review with its cases (each with the member that brought it, by name only when named) and actions. */
export async function readReview(ctx: ServiceContext, slug: string, id: string) {
  const { network } = await memberNetwork(ctx, slug);
  const review = await requireReview(ctx, network.id, id);
  const names = await memberNames(ctx, network.id);
  const cases = (await repo.casesOf(ctx.db, network.id, id)).map((c) => ({
    id: c.id,
    title: c.title,
    summary: c.summary,
    period: c.period,
    member: names(c.memberTenantId),
  }));
  const participants = storedParticipants(review.participants);
  return {
    network: { slug: network.slug, name: network.name },
    review: { ...review, participants },
    cases,
    actions: await repo.actionsOf(ctx.db, network.id, id),
  };
}

/** The participants as planReview and recordReview stored them (jsonb). */
function storedParticipants(value: unknown): { role: string; name: string }[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: { role?: unknown; name?: unknown }) => ({ role: String(p?.role ?? ''), name: String(p?.name ?? '') }));
}

export interface ReviewSummary {
  id: string;
  title: string;
  heldOn: string | null;
  /** No date yet, or a date after today (as local dialogues). */
  planned: boolean;
  cases: number;
  actions: number;
}

/** The network's quality reviews, for its members. */
export async function listReviews(ctx: ServiceContext, slug: string): Promise<{ network: { slug: string; name: string }; reviews: ReviewSummary[] }> {
  const { network } = await memberNetwork(ctx, slug);
  const today = new Date().toISOString().slice(0, 10);
  const reviews = (await repo.listReviews(ctx.db, network.id)).map((r) => ({
    id: r.id,
    title: r.title,
    heldOn: r.heldOn,
    planned: r.heldOn === null || r.heldOn > today,
    cases: Number(r.cases),
    actions: Number(r.actions),
  }));
  return { network: { slug: network.slug, name: network.name }, reviews };
}

/** The follow-up of an agreed action in a later review: its status and a note (redacted). */
export async function followUpReviewAction(
  ctx: ServiceContext,
  slug: string,
  reviewId: string,
  actionId: string,
  input: { status?: unknown; followUp?: unknown },
): Promise<void> {
  const { network } = await memberNetwork(ctx, slug);
  await requireReview(ctx, network.id, reviewId);
  const found = UUID.test(actionId) ? await repo.findReviewAction(ctx.db, network.id, reviewId, actionId) : null;
  if (!found)
    throw new InputRejected(
      [
        {
          field: 'action',
          code: 'unknown-action',
          nl: 'deze actie hoort niet bij deze kwaliteitsreview',
          en: `action ${actionId} is not part of this quality review`,
        },
      ],
      404,
    );
  const problems: Problem[] = [];
  const status = oneOf(input.status, ACTION_STATUSES, 'status', problems);
  const followUp = text(input.followUp, 'followUp', problems, { max: 4000 });
  reject(problems);
  await repo.updateReviewAction(ctx.db, network.id, found.id, { status: status!, followUp: redacted(followUp).text });
}

/** Shares a lesson, observation or interpretation with the network, with its provenance. */
export async function shareInLibrary(
  ctx: ServiceContext,
  slug: string,
  input: { kind?: unknown; title?: unknown; body?: unknown; period?: unknown; evidence?: unknown },
): Promise<{ id: string; removed: number }> {
  const { network } = await memberNetwork(ctx, slug);
  const problems: Problem[] = [];
  const kind = oneOf(input.kind, LIBRARY_KINDS, 'kind', problems);
  const title = text(input.title, 'title', problems, { required: true, max: 300 });
  const body = text(input.body, 'body', problems, { required: true, max: 10000 });
  const period = text(input.period, 'period', problems, { max: 40 });
  const evidence = text(input.evidence, 'evidence', problems, { max: 4000 });
  reject(problems);
  const parts = [title, body, evidence].map(redacted);
  const id = await repo.insertLibraryEntry(ctx.db, {
    networkId: network.id,
    kind: kind!,
    title: parts[0]!.text,
    body: parts[1]!.text,
    evidence: parts[2]!.text,
    period,
    memberTenantId: ctx.tenantId,
    createdBy: ctx.actorUserId,
  });
  return { id, removed: parts.reduce((s, p) => s + p.removed, 0) };
}

export interface LibraryEntry {
  id: string;
  kind: LibraryKind;
  title: string;
  body: string;
  period: string;
  evidence: string;
  createdAt: Date;
  /** The member's name when named (or the reader's own); null: "a municipality in the network". */
  member: string | null;
}

/** The library, searchable in Dutch (stemmed: "wachtlijsten" finds "wachtlijst"). */
export async function readLibrary(
  ctx: ServiceContext,
  slug: string,
  options: { q?: string; kind?: string } = {},
): Promise<{ network: { slug: string; name: string }; entries: LibraryEntry[] }> {
  const { network } = await memberNetwork(ctx, slug);
  const problems: Problem[] = [];
  const kind = options.kind ? oneOf(options.kind, LIBRARY_KINDS, 'kind', problems) : null;
  const q = text(options.q, 'q', problems, { max: 200 });
  reject(problems);
  const names = await memberNames(ctx, network.id);
  const entries = (await repo.searchLibrary(ctx.db, network.id, q || null, kind)).map(({ memberTenantId, ...e }) => ({ ...e, member: names(memberTenantId) }));
  return { network: { slug: network.slug, name: network.name }, entries };
}

/**
 * Provenance as a reader may see it: the member's name when it is named (or the reader's own),
 * otherwise "een gemeente in het netwerk"; a member that left or was deleted keeps its entries.
 */
async function memberNames(ctx: ServiceContext, networkId: string) {
  const named = new Map((await namedMembers(ctx.db, networkId)).map((m) => [m.tenantId, m.name]));
  return (tenantId: string | null) => (tenantId ? (named.get(tenantId) ?? null) : null);
}
