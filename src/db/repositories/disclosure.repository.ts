// The published stories with their calendar month (Europe/Amsterdam) and collection: what the
// disclosure engine (domain/disclosure) needs to round counts month by month. Queries only.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoryMonthRow {
  id: string;
  month: string;
  questionnaireId: string;
  collectionId: string;
}

export async function listStoryMonths(
  db: Tx,
  tenantId: string,
  options: { questionnaireIds?: readonly string[]; period?: { from: string; to: string } | null } = {},
): Promise<StoryMonthRow[]> {
  if (options.questionnaireIds && options.questionnaireIds.length === 0) return [];
  const local = sql`(${stories.collectedAt} AT TIME ZONE 'Europe/Amsterdam')`;
  return db
    .select({
      id: sql<string>`${stories.id}::text`,
      month: sql<string>`to_char(${local}, 'YYYY-MM')`,
      questionnaireId: sql<string>`${stories.questionnaireId}::text`,
      collectionId: sql<string>`${stories.collectionId}::text`,
    })
    .from(stories)
    .where(
      and(
        eq(stories.tenantId, tenantId),
        eq(stories.status, 'published'),
        options.questionnaireIds ? inArray(stories.questionnaireId, [...options.questionnaireIds]) : undefined,
        options.period ? and(sql`${local} >= ${options.period.from}::timestamp`, sql`${local} < ${options.period.to}::timestamp`) : undefined,
      ),
    );
}
