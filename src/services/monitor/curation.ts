// Curated stories: an analyst (curation.write) chooses a few stories to show the council with an
// opgave or one of its patterns. The rule: only published stories whose teller consented to
// quotation, from a questionnaire of this opgave. The council only ever sees these, never the list.
import {
  deleteCuratedStory,
  findStoryForCuration,
  insertCuratedStory,
  listCuratedStories,
  listCurationCandidates,
  nextCurationPosition,
} from '../../db/repositories/curation.repository.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import type { AuditAction } from '../../domain/audit-actions.ts';
import { findOpgaveByKey } from '../../db/repositories/opgaven.repository.ts';
import { parsePeriod } from '../../domain/patterns/filter.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import type { CuratedStoryView } from '../../domain/monitor/types.ts';

const MAX_NOTE = 1000;
/** YYYY-MM-DD in Dutch time, comparable with parsePeriod's from/to as strings. */
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const PATTERN_KEY = /^[^|\s]{1,100}\|[^|\s]{1,100}$/;

export interface CurationInput {
  storyRef: string;
  /** "a|b", or '' for the opgave in general. */
  patternKey?: string;
  note?: string;
}

export function unknownOpgave(key: string): InputRejected {
  return new InputRejected([{ field: 'opgave', code: 'unknown-opgave', nl: `opgave "${key}" bestaat niet`, en: `opgave "${key}" does not exist` }], 404);
}

async function opgaveId(ctx: ServiceContext, key: string): Promise<string> {
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, key);
  if (!opgave) throw unknownOpgave(key);
  return opgave.id;
}

export async function chooseStory(ctx: ServiceContext, opgaveKey: string, input: CurationInput): Promise<{ id: string }> {
  const id = await opgaveId(ctx, opgaveKey);
  const ref = input.storyRef.trim();
  const patternKey = (input.patternKey ?? '').trim();
  const note = (input.note ?? '').trim();
  const problems: Problem[] = [];
  if (patternKey !== '' && !PATTERN_KEY.test(patternKey)) {
    problems.push({
      field: 'pattern_key',
      code: 'invalid-pattern',
      nl: 'het patroon moet de vorm "a|b" hebben, of leeg zijn',
      en: 'the pattern must look like "a|b", or be empty',
    });
  }
  if (note.length > MAX_NOTE)
    problems.push({
      field: 'note',
      code: 'too-long',
      nl: `de toelichting mag hoogstens ${MAX_NOTE} tekens zijn`,
      en: `the note may be at most ${MAX_NOTE} characters`,
    });
  const story = ref ? await findStoryForCuration(ctx.db, ctx.tenantId, ref) : null;
  if (!ref) problems.push({ field: 'story', code: 'missing', nl: 'kies een verhaal (verhaalnummer)', en: 'choose a story (story id)' });
  else if (!story) problems.push({ field: 'story', code: 'unknown-story', nl: `verhaal "${ref}" bestaat niet`, en: `story "${ref}" does not exist` });
  else if (story.status !== 'published') {
    problems.push({ field: 'story', code: 'not-published', nl: `verhaal "${ref}" is nog niet gepubliceerd`, en: `story "${ref}" is not published` });
  } else if (story.consentQuote !== true) {
    problems.push({
      field: 'story',
      code: 'no-quote-consent',
      nl: `de verteller van verhaal "${ref}" heeft geen toestemming gegeven om het te citeren`,
      en: `the teller of story "${ref}" did not consent to quotation`,
    });
  } else if (story.questionnaireOpgaveId !== id) {
    problems.push({
      field: 'story',
      code: 'other-opgave',
      nl: `verhaal "${ref}" hoort niet bij deze opgave`,
      en: `story "${ref}" does not belong to this opgave`,
    });
  }
  if (problems.length) throw new InputRejected(problems);
  const position = await nextCurationPosition(ctx.db, ctx.tenantId, id, patternKey);
  const curated = await insertCuratedStory(ctx.db, {
    tenantId: ctx.tenantId,
    opgaveId: id,
    storyId: story!.id,
    patternKey,
    note,
    position,
    chosenBy: ctx.actorUserId,
  });
  await audit(ctx, 'curation.write', opgaveKey, { story: ref, patternKey });
  return { id: curated };
}

export async function removeCuratedStory(ctx: ServiceContext, opgaveKey: string, curatedId: string): Promise<void> {
  const id = await opgaveId(ctx, opgaveKey);
  const removed = /^[0-9a-f-]{36}$/i.test(curatedId) ? await deleteCuratedStory(ctx.db, ctx.tenantId, id, curatedId) : 0;
  if (removed === 0) {
    throw new InputRejected(
      [{ field: 'id', code: 'unknown-curation', nl: 'dit gekozen verhaal bestaat niet (meer)', en: 'this curated story does not exist' }],
      404,
    );
  }
}

/**
 * The curated stories of an opgave; with a period ("2026", "2026-Q1", "2026-03") only those told
 * in it (Dutch calendar), so a monitor of 2025 quotes no story of 2026.
 */
export async function curatedStoriesOf(ctx: ServiceContext, opgaveId: string, period: string | null = null): Promise<CuratedStoryView[]> {
  const range = period ? parsePeriod(period) : null;
  const rows = (await listCuratedStories(ctx.db, ctx.tenantId, opgaveId)).filter((r) => {
    if (!range) return true;
    const day = DUTCH_DAY.format(r.collectedAt);
    return day >= range.from && day < range.to;
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    text: r.text,
    note: r.note,
    patternKey: r.patternKey,
    collectedYear: r.collectedAt.getUTCFullYear(),
  }));
}

/** For the analyst's chooser: quotable, published stories of the opgave, newest first. */
export async function curationCandidates(ctx: ServiceContext, opgaveKey: string, search: string | null) {
  const id = await opgaveId(ctx, opgaveKey);
  const rows = await listCurationCandidates(ctx.db, ctx.tenantId, id, search?.trim() ? search.trim().slice(0, 100) : null);
  // Excerpts of raw stories: recorded like every other read of story texts (counts, no text).
  if (rows.length) await audit(ctx, 'stories.read', opgaveKey, { curationCandidates: rows.length });
  return rows.map((r) => ({ ref: r.ref, title: r.title, excerpt: r.text.slice(0, 240), collectedAt: r.collectedAt }));
}

/** The curated stories of an opgave named by key (the analyst's list). */
export async function curatedStoriesFor(ctx: ServiceContext, opgaveKey: string): Promise<CuratedStoryView[]> {
  return curatedStoriesOf(ctx, await opgaveId(ctx, opgaveKey));
}

/** Only what a person did is audited; the demo seeder (no actor) is not a reader. */
async function audit(ctx: ServiceContext, action: AuditAction, subject: string, detail: Record<string, unknown>) {
  if (ctx.actorUserId) await recordAudit(ctx.db, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action, subject, detail });
}
