// withdrawStory: the teller removes their story with the withdrawal code. The story and its
// answers, tags and curations are deleted (not hidden); only a count remains in
// story_withdrawals, and cached pattern scans of the questionnaire are dropped so that no cached
// figure still counts it (the stories fingerprint would also see the change; this is certain).
import type { Database } from '../../db/connection.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import { deleteStory, dropCachedScans, findByWithdrawalHash, recordWithdrawal } from '../../db/repositories/collect.repository.ts';
import { hashWithdrawalCode, normaliseWithdrawalCode } from './withdrawal-code.ts';

/** Whether a story with this code exists (to check before asking "are you sure?"). The caller
 *  rate-limits it like the deletion itself: it tells no more than withdrawing would. */
export async function withdrawalCodeExists(db: Database, code: string): Promise<boolean> {
  const compact = normaliseWithdrawalCode(code);
  return compact !== null && (await findByWithdrawalHash(db, hashWithdrawalCode(compact))) !== null;
}

export async function withdrawStory(db: Database, code: string): Promise<boolean> {
  if (typeof code !== 'string') return false;
  const compact = normaliseWithdrawalCode(code);
  if (!compact) return false;
  const story = await findByWithdrawalHash(db, hashWithdrawalCode(compact));
  if (!story) return false;
  // The code named no municipality; the deletion runs within the story's own (RLS).
  return tenantDatabase(db, story.tenantId).transaction(async (tx) => {
    if (!(await deleteStory(tx, story.tenantId, story.id))) return false; // withdrawn by a parallel request
    await recordWithdrawal(tx, { tenantId: story.tenantId, questionnaireId: story.questionnaireId, collectionId: story.collectionId });
    await dropCachedScans(tx, story.tenantId, story.questionnaireId);
    return true;
  });
}
