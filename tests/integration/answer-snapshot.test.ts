// The answer snapshot (services/answer-snapshot.ts) against the answer rows it is derived from,
// after every kind of change: it must never serve answers the rows no longer hold, on PGlite and
// on PostgreSQL.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findQuestionnaire, type StoredQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { loadSelectedAnswers } from '../../src/db/repositories/stories.repository.ts';
import { answerSnapshots } from '../../src/db/schema/index.ts';
import { publishedAnswers } from '../../src/services/answer-snapshot.ts';
import { submitStory, withdrawStory } from '../../src/services/collect-story.ts';
import { contextForTenantSlug, textSource, type ServiceContext } from '../../src/services/context.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { editPendingStory, publishStory } from '../../src/services/moderation.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { applyRetention } from '../../src/services/retention.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

describe.each(testDatabaseTargets())('answer snapshot on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;

  const questionnaire = async () => (await findQuestionnaire(ctx.db, ctx.tenantId, 'zo-thuis')) as StoredQuestionnaire;
  const keysOf = (q: StoredQuestionnaire) => q.definition.questions.filter((x) => x.type !== 'text').map((x) => x.key);
  const storedVersion = async () => {
    const q = await questionnaire();
    const [row] = await ctx.db
      .select({ v: answerSnapshots.storiesVersion })
      .from(answerSnapshots)
      .where(and(eq(answerSnapshots.tenantId, ctx.tenantId), eq(answerSnapshots.questionnaireId, q.id)));
    return row?.v ?? null;
  };

  /** Reads through the snapshot twice (brought up to date, then as stored) and compares with the rows. */
  async function expectSnapshotMatchesRows() {
    const q = await questionnaire();
    const keys = keysOf(q);
    const rows = await loadSelectedAnswers(ctx.db, ctx.tenantId, q.id, { collection: null, period: null, search: null }, keys);
    expect(await publishedAnswers(ctx, q, keys)).toEqual(rows);
    const version = await storedVersion();
    expect(await publishedAnswers(ctx, q, keys)).toEqual(rows);
    expect(await storedVersion()).toBe(version);
    expect((await scanQuestionnaire(ctx, 'zo-thuis', { cache: false })).stories).toBe(rows.ids.length);
    // The cached scan (pattern_scans) goes stale with the same change: a scan kept from before
    // the change would count the stories of then.
    expect((await scanQuestionnaire(ctx, 'zo-thuis')).stories).toBe(rows.ids.length);
    return { version, stories: rows.ids.length };
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 150 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
  });
  afterAll(async () => handle?.close());

  it('follows a new story, an edit and a publication in moderation, a withdrawal, retention and a new questionnaire version', async () => {
    const start = await expectSnapshotMatchesRows();
    expect(start.stories).toBeGreaterThan(100);

    // A new story (import).
    await importStories(ctx, {
      source: textSource(
        'een.csv',
        'story_id,collected_at,collection,language,prompt,title,text,gevoel,rol,wijk,gehoord\nextra-1,2026-03-01T10:00:00Z,extra,nl,,Nieuw,Een nieuw verhaal.,opgelucht,jongere,WK999903,55\n',
      ),
      questionnaireKey: 'zo-thuis',
    });
    const added = await expectSnapshotMatchesRows();
    expect(added.stories).toBe(start.stories + 1);
    expect(added.version).not.toBe(start.version);

    // In moderation: a submitted story waits (not analysed), is edited, then published.
    const { id, withdrawalCode } = await submitStory(handle.db, DEMO_SLUG, demoSubmission());
    const pending = await expectSnapshotMatchesRows();
    expect(pending.stories).toBe(added.stories);
    await editPendingStory(ctx, id, { title: 'Aangepast', text: 'Zonder persoonsgegevens.' });
    expect((await expectSnapshotMatchesRows()).stories).toBe(added.stories);
    await publishStory(ctx, id);
    const published = await expectSnapshotMatchesRows();
    expect(published.stories).toBe(added.stories + 1);
    expect(published.version).not.toBe(pending.version);

    // Withdrawal by the teller.
    expect(await withdrawStory(handle.db, withdrawalCode)).toBe(true);
    const withdrawn = await expectSnapshotMatchesRows();
    expect(withdrawn.stories).toBe(added.stories);
    expect(withdrawn.version).not.toBe(published.version);

    // Retention: the one-story collection "extra" keeps stories for a day.
    await ctx.db.execute(sql`update collections set retention_days = 1 where tenant_id = ${ctx.tenantId} and slug = 'extra'`);
    const run = await applyRetention(handle.db, new Date('2026-06-01T00:00:00Z'), ctx.tenantId);
    expect(run.deleted).toBe(1);
    const retained = await expectSnapshotMatchesRows();
    expect(retained.stories).toBe(start.stories);
    expect(retained.version).not.toBe(withdrawn.version);

    // A new questionnaire version with one more question: the snapshot gets its column.
    const definition = await exportQuestionnaire(ctx, 'zo-thuis');
    const extra = { key: 'extra_cijfer', about: 'story', type: 'scale', text: { nl: 'Extra' }, min: 1, max: 10 };
    await importQuestionnaire(ctx, { ...definition, questions: [...definition.questions, extra] });
    const versioned = await expectSnapshotMatchesRows();
    expect(keysOf(await questionnaire())).toContain('extra_cijfer');
    expect(versioned.stories).toBe(start.stories);
    expect(versioned.version).not.toBe(retained.version);
  });
});
