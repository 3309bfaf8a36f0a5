// The title, text and language of the stories of a comparison, by id: a comparison counts words
// per subset, with the prior from the compared stories together.
import { and, eq, sql } from 'drizzle-orm';
import { stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface IdentifiedText {
  id: string;
  title: string;
  text: string;
  language: string;
}

export async function textsOfStories(db: Tx, tenantId: string, ids: string[]): Promise<IdentifiedText[]> {
  if (ids.length === 0) return [];
  return (
    db
      .select({ id: stories.id, title: stories.title, text: stories.text, language: stories.language })
      .from(stories)
      // One array parameter: PGlite binds hundreds of separate parameters slowly.
      .where(and(eq(stories.tenantId, tenantId), sql`${stories.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`))
  );
}
