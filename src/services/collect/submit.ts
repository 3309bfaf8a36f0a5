// submitStory: one story from a public link or from staff, checked, redacted and stored in one
// transaction, idempotent by the client-made submission id. Nothing is stored on any error.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import { areaCodesAtLevel, findBySubmission, insertStoryWithAnswers } from '../../db/repositories/collect.repository.ts';
import { answerToRow } from '../../db/repositories/answer-rows.ts';
import { freezeVersion } from '../../db/repositories/questionnaires.repository.ts';
import { validateSubmission, type ValidSubmission } from '../../domain/collect/validate-submission.ts';
import { redactText } from '../../domain/privacy/redact.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { AnswerValue, Questionnaire } from '../../domain/questionnaire/types.ts';
import { allows } from '../auth/policy.ts';
import type { OpenCollection, StorySubmission, Submitter, SubmitResult } from './types.ts';
import { closedRefusal, CollectRefused } from './errors.ts';
import { collectionState, markFrozen, resolveCollection, resolveCollectionCached } from './find-collection.ts';
import { contentDigest, derivedWithdrawalCode, hashWithdrawalCode, randomWithdrawalCode, withdrawalKey } from './withdrawal-code.ts';

export async function submitStory(
  db: Database,
  slug: string,
  submission: StorySubmission,
  submitter?: Submitter,
  now: Date = new Date(),
): Promise<SubmitResult> {
  const resolved = await resolveCollectionCached(db, slug, now.getTime());
  if (!resolved) throw unknownCollection(slug);
  const { collection } = resolved;
  const state = collectionState(collection, now);
  if (state !== 'open') throw closedRefusal(state, collection.opensAt);
  checkSubmitter(collection, submitter);
  // Honeypot: a bot gets what looks like success, so it has no reason to try again differently.
  if (typeof submission?.website === 'string' && submission.website.trim() !== '') {
    return { id: randomUUID(), withdrawalCode: randomWithdrawalCode(), created: true };
  }
  // The link named no municipality; now that it is known, everything runs within it (RLS).
  const tdb = tenantDatabase(db, collection.tenantId);
  const areas = await areaRegister(tdb, collection);
  const checked = validateSubmission(submission, collection.questionnaire, collection.languages, areas);
  if (!checked.ok) throw new InputRejected(checked.problems);
  const valid = checked.submission;

  const code = valid.submissionId
    ? derivedWithdrawalCode(await withdrawalKey(tdb, collection.tenantId), [collection.collectionId, valid.submissionId, contentDigest(valid)])
    : randomWithdrawalCode();
  const codeHash = hashWithdrawalCode(code);

  const storyId = randomUUID();
  // One statement stores story and answers (no transaction held open); a retry of a stored
  // submission inserts nothing and is answered below. Two round trips per story in all.
  const created = await insertStoryWithAnswers(
    tdb,
    {
      tenantId: collection.tenantId,
      id: storyId,
      ref: storyId,
      questionnaireId: resolved.questionnaireId,
      versionId: collection.versionId,
      collectionId: collection.collectionId,
      collectedAt: now,
      language: valid.language,
      prompt: valid.prompt,
      title: redactText(valid.title),
      text: redactText(valid.text),
      // Every channel goes through moderation: even a story entered by staff may hold details
      // the redaction cannot recognise (names, schools), and an analyst looks before analysis.
      status: 'pending',
      consentQuote: valid.consent.quote,
      shareConsent: valid.consent.network,
      consent: consentRecord(valid, collection, submitter, now),
      withdrawalCodeHash: codeHash,
      submissionId: valid.submissionId,
    },
    answerRows(collection.tenantId, storyId, collection.questionnaire, valid.answers),
  );
  if (created) {
    if (!resolved.frozen) {
      await freezeVersion(tdb, collection.tenantId, collection.versionId);
      markFrozen(db, slug);
    }
    return { id: storyId, withdrawalCode: code, created: true };
  }
  // Not stored: the submission id was stored before (a retry, or a race with one) → same story,
  // same code; or the collection closed (or changed) since it was cached → say so.
  const earlier = valid.submissionId ? await findBySubmission(tdb, collection.tenantId, valid.submissionId) : null;
  if (earlier) return retried(earlier, code, codeHash);
  const fresh = await resolveCollection(db, slug);
  if (!fresh) throw unknownCollection(slug);
  const freshState = collectionState(fresh.collection, now);
  if (freshState !== 'open') throw closedRefusal(freshState, fresh.collection.opensAt);
  throw new Error('story not stored although its collection is open');
}

function retried(earlier: { id: string; withdrawalCodeHash: string | null }, code: string, codeHash: string): SubmitResult {
  if (earlier.withdrawalCodeHash === codeHash) return { id: earlier.id, withdrawalCode: code, created: false };
  throw new CollectRefused(
    409,
    'submission-conflict',
    'Deze inzending is al eerder verstuurd met een ander verhaal. Laad de pagina opnieuw om een nieuw verhaal te beginnen.',
    'This submission id was already used for a different story (or the story was withdrawn).',
  );
}

function checkSubmitter(collection: OpenCollection, submitter: Submitter | undefined) {
  if (collection.mode === 'self') return;
  const permission = collection.mode === 'interview' ? 'stories.enter-interview' : 'stories.enter-signal';
  if (!submitter) {
    throw new CollectRefused(401, 'staff-only', 'Log in om hier een verhaal in te voeren.', `Sign in: only staff may enter ${collection.mode} stories.`);
  }
  if (submitter.tenantId !== collection.tenantId || !allows(submitter.roles, permission)) {
    throw new CollectRefused(
      403,
      'staff-only',
      `Uw rol mag hier geen verhalen invoeren (${permission}).`,
      `Your role may not enter stories here (${permission}).`,
    );
  }
}

/** Area codes per level from the tenant's register, read once and only if a question needs them. */
async function areaRegister(db: Database, collection: OpenCollection) {
  const levels = collection.questionnaire.questions.filter((q) => q.type === 'area' && !q.areas).map((q) => (q as { level: string }).level);
  const byLevel = new Map<string, Set<string>>();
  for (const level of new Set(levels)) byLevel.set(level, new Set(await areaCodesAtLevel(db, collection.tenantId, level)));
  return (level: string) => byLevel.get(level) ?? new Set<string>();
}

function answerRows(tenantId: string, storyId: string, questionnaire: Questionnaire, answers: Record<string, AnswerValue>) {
  return questionnaire.questions
    .filter((q) => answers[q.key] !== undefined)
    .map((q) => {
      const value = answers[q.key];
      // Free text is redacted like the story itself.
      return answerToRow(tenantId, storyId, q, q.type === 'text' && typeof value === 'string' ? redactText(value) : value);
    });
}

function consentRecord(valid: ValidSubmission, collection: OpenCollection, submitter: Submitter | undefined, now: Date) {
  return {
    share: valid.consent.share,
    quote: valid.consent.quote,
    network: valid.consent.network,
    mode: collection.mode,
    recordedAt: now.toISOString(),
    // For interview and signal: the staff member who recorded the teller's consent.
    ...(collection.mode !== 'self' && submitter ? { recordedBy: submitter.userId } : {}),
  };
}

function unknownCollection(slug: string) {
  return new InputRejected(
    [
      {
        field: 'slug',
        code: 'unknown-collection',
        nl: `Er is geen verzameling met de naam "${slug}". Controleer de link.`,
        en: `There is no collection "${slug}".`,
      },
    ],
    404,
  );
}
