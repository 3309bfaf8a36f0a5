// The moderation queue: stories from public links and interviews wait here (status pending)
// until an analyst publishes them (they then enter analysis), edits out further personal
// details (redacted again), or rejects them (deleted for good). Permission stories.moderate.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { countPendingStories, deletePendingStory, pagePendingStories, updatePendingStory } from '../db/repositories/moderation.repository.ts';
import { MAX_STORY_TEXT, MAX_TITLE } from '../domain/collect/validate-submission.ts';
import { redactText } from '../domain/privacy/redact.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { AnswerValue, Questionnaire } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';

const MODERATION_PAGE_SIZE = 20;

export interface PendingStory {
  id: string;
  receivedAt: Date;
  language: string;
  prompt: string | null;
  title: string;
  text: string;
  consent: { share: boolean; quote: boolean | null; mode: string | null };
  collectionTitle: string;
  collectionMode: string;
  questionnaire: Questionnaire;
  answers: Record<string, AnswerValue>;
}

export interface PendingPage {
  total: number;
  stories: PendingStory[];
  page: number;
  /** Whether an older page follows. */
  more: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listPendingStories(ctx: ServiceContext, pageNumber = 1): Promise<PendingPage> {
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;
  const rows = await pagePendingStories(ctx.db, ctx.tenantId, MODERATION_PAGE_SIZE + 1, (page - 1) * MODERATION_PAGE_SIZE);
  return {
    total: await countPendingStories(ctx.db, ctx.tenantId),
    stories: rows.slice(0, MODERATION_PAGE_SIZE).map(present),
    page,
    more: rows.length > MODERATION_PAGE_SIZE,
  };
}

/** One pending story (for the edit and reject pages), or null. */
export async function readPendingStory(ctx: ServiceContext, id: string): Promise<PendingStory | null> {
  if (!UUID.test(id)) return null;
  const [row] = await pagePendingStories(ctx.db, ctx.tenantId, 1, 0, id);
  return row ? present(row) : null;
}

function present(r: Awaited<ReturnType<typeof pagePendingStories>>[number]): PendingStory {
  const consent = (r.consent ?? {}) as { share?: boolean; mode?: string };
  return {
    id: r.id,
    receivedAt: r.createdAt,
    language: r.language,
    prompt: r.prompt,
    title: r.title,
    text: r.text,
    consent: { share: consent.share ?? true, quote: r.consentQuote, mode: consent.mode ?? null },
    collectionTitle: r.collectionTitle,
    collectionMode: r.collectionMode,
    questionnaire: r.definition,
    answers: r.answers,
  };
}

export async function publishStory(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!UUID.test(id) || !(await updatePendingStory(tx, ctx.tenantId, id, { status: 'published' }))) throw notPending();
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'story.publish', subject: id });
  });
}

/** Title and text as the analyst corrected them; redacted again, so no detail slips back in. */
export async function editPendingStory(ctx: ServiceContext, id: string, input: { title: string; text: string }): Promise<void> {
  const problems: Problem[] = [];
  const title = (input.title ?? '').trim();
  const text = (input.text ?? '').trim();
  if (!title) problems.push({ field: 'title', code: 'required', nl: 'Vul een titel in.', en: 'title is required.' });
  else if (title.length > MAX_TITLE)
    problems.push({
      field: 'title',
      code: 'too-long',
      nl: `De titel mag hoogstens ${MAX_TITLE} tekens hebben.`,
      en: `title is longer than ${MAX_TITLE} characters.`,
    });
  if (!text) problems.push({ field: 'text', code: 'required', nl: 'Het verhaal mag niet leeg zijn.', en: 'text is required.' });
  else if (text.length > MAX_STORY_TEXT)
    problems.push({
      field: 'text',
      code: 'too-long',
      nl: `Het verhaal mag hoogstens ${MAX_STORY_TEXT} tekens hebben.`,
      en: `text is longer than ${MAX_STORY_TEXT} characters.`,
    });
  if (problems.length) throw new InputRejected(problems);
  await ctx.db.transaction(async (tx) => {
    const ok = UUID.test(id) && (await updatePendingStory(tx, ctx.tenantId, id, { title: redactText(title), text: redactText(text) }));
    if (!ok) throw notPending();
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'story.edit', subject: id });
  });
}

/** Rejecting deletes the story and its answers: a rejected story is not kept anywhere. */
export async function rejectStory(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!UUID.test(id) || !(await deletePendingStory(tx, ctx.tenantId, id))) throw notPending();
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'story.reject', subject: id });
  });
}

function notPending() {
  return new InputRejected(
    [
      {
        field: 'story',
        code: 'not-pending',
        nl: 'Dit verhaal staat niet (meer) in de wachtrij.',
        en: 'This story is not (or no longer) waiting for moderation.',
      },
    ],
    404,
  );
}
