// Full-text search over stories in each story's own language (migration 0012): a story's `search`
// vector is built with the text search configuration of its language, so the query is read with
// that same configuration per story. The OR over every configuration first lets the GIN index
// narrow the rows (a superset); the second test is exact per story.
import { sql, type SQL } from 'drizzle-orm';
import { TEXT_SEARCH_CONFIGS } from '../../domain/languages/index.ts';
import { stories } from '../schema/stories.ts';

const CONFIGS = [...new Set([...Object.values(TEXT_SEARCH_CONFIGS), 'simple'])].sort();

/** websearch_to_tsquery in every configuration we index with, joined by OR (constant per query). */
function inAnyConfig(query: string): SQL {
  return sql.join(
    CONFIGS.map((config) => sql`websearch_to_tsquery(${sql.raw(`'pg_catalog.${config}'::regconfig`)}, ${query})`),
    sql` || `,
  );
}

const inOwnLanguage = (query: string): SQL => sql`websearch_to_tsquery(duiding_text_search_config(${stories.language}), ${query})`;

/** Stories whose title or text match the query (websearch syntax), read in the story's language. */
export function storySearchMatch(query: string): SQL {
  return sql`(${stories.search} @@ (${inAnyConfig(query)}) and ${stories.search} @@ ${inOwnLanguage(query)})`;
}

/** Relevance for ordering search results. */
export function storySearchRank(query: string): SQL {
  return sql`ts_rank(${stories.search}, ${inOwnLanguage(query)})`;
}
