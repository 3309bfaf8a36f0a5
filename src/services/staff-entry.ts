// Staff entering stories (interview: told in a conversation; signal: a council member's case
// from the ombudsfunctie): which collections, the version a story is told in, and the audit entry
// that says the teller's consent was asked. The story itself goes through submitStory.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { listCollectionViews, readCollection, unknownCollection, type CollectionMode, type CollectionView } from './collections.ts';
import type { ServiceContext } from './context.ts';

/** What staff entry needs: the collection and the questionnaire version a story is told in now. */
export async function entryTarget(ctx: ServiceContext, id: string) {
  const collection = await readCollection(ctx, id);
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, collection.questionnaireKey);
  if (!questionnaire) throw unknownCollection();
  return { collection, definition: questionnaire.definition };
}

/** Open interview and signal collections, for the staff entry list. */
export async function enterableCollections(ctx: ServiceContext): Promise<CollectionView[]> {
  return (await listCollectionViews(ctx)).filter((c) => (c.mode === 'interview' || c.mode === 'signal') && c.state === 'open');
}

/** Staff entered a story: who, in which collection, and that the teller's consent was asked. */
export async function recordStaffEntry(ctx: ServiceContext, entry: { slug: string; storyId: string; mode: CollectionMode }) {
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'story.enter',
    subject: entry.slug,
    detail: { story: entry.storyId, mode: entry.mode, consentAsked: true },
  });
}
