// Read-only queries behind the workbench pages: counts for the overview, one story with its
// answers (the filtered story list: story-list.repository.ts).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { AnswerValue, Questionnaire } from '../../domain/questionnaire/types.ts';
import { collections, indicatorDefinitions, indicatorObservations, questionnaires, questionnaireVersions, stories } from '../schema/index.ts';
import { answersOf } from './stories.repository.ts';
import type { Tx } from './tenants.repository.ts';

export async function countStoriesPerQuestionnaire(db: Tx, tenantId: string) {
  const rows = await db
    .select({ key: questionnaires.key, stories: count(stories.id) })
    .from(questionnaires)
    .leftJoin(stories, and(eq(stories.tenantId, questionnaires.tenantId), eq(stories.questionnaireId, questionnaires.id)))
    .where(eq(questionnaires.tenantId, tenantId))
    .groupBy(questionnaires.key)
    .orderBy(asc(sql`${questionnaires.key} COLLATE "C"`));
  return rows.map((r) => ({ key: r.key, stories: Number(r.stories) }));
}

export async function countStoriesPerCollection(db: Tx, tenantId: string) {
  const rows = await db
    .select({ slug: collections.slug, title: collections.title, questionnaire: questionnaires.key, stories: count(stories.id) })
    .from(collections)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, collections.tenantId), eq(questionnaires.id, collections.questionnaireId)))
    .leftJoin(stories, and(eq(stories.tenantId, collections.tenantId), eq(stories.collectionId, collections.id)))
    .where(eq(collections.tenantId, tenantId))
    .groupBy(collections.slug, collections.title, questionnaires.key)
    .orderBy(asc(sql`${collections.slug} COLLATE "C"`));
  return rows.map((r) => ({ ...r, stories: Number(r.stories) }));
}

export async function countIndicatorsAndObservations(db: Tx, tenantId: string) {
  const [definitions] = await db.select({ n: count() }).from(indicatorDefinitions).where(eq(indicatorDefinitions.tenantId, tenantId));
  const [observations] = await db.select({ n: count() }).from(indicatorObservations).where(eq(indicatorObservations.tenantId, tenantId));
  return { indicators: Number(definitions.n), observations: Number(observations.n) };
}

interface StoryListItem {
  id: string;
  ref: string;
  title: string;
  collectedAt: Date;
  collection: string;
  consentQuote: boolean | null;
  status: string;
}

export interface StoryDetail extends StoryListItem {
  language: string;
  prompt: string | null;
  text: string;
  questionnaireKey: string;
  definition: Questionnaire;
  answers: Record<string, AnswerValue>;
}

export async function findStoryDetail(db: Tx, tenantId: string, storyId: string): Promise<StoryDetail | null> {
  const [row] = await db
    .select({
      id: stories.id,
      ref: stories.ref,
      title: stories.title,
      collectedAt: stories.collectedAt,
      collection: collections.title,
      consentQuote: stories.consentQuote,
      status: stories.status,
      language: stories.language,
      prompt: stories.prompt,
      text: stories.text,
      questionnaireKey: questionnaires.key,
      definition: questionnaireVersions.definition,
    })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    .innerJoin(questionnaireVersions, and(eq(questionnaireVersions.tenantId, stories.tenantId), eq(questionnaireVersions.id, stories.versionId)))
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, storyId)));
  if (!row) return null;
  const answers = (await answersOf(db, tenantId, [storyId])).get(storyId) ?? {};
  return { ...row, answers };
}
