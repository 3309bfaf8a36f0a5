// Full-text search over stories in each story's own language (migration 0012): a story's `search`
// vector is built with the text search configuration of its language, so the query is read with
// that same configuration per story. There is no GIN index on `search` (migration 0022): the
// callers narrow the rows to one municipality's (mostly one questionnaire's) stories, whose stored vectors are tested
// there (docs/operations.md "Data size").
import { sql, type SQL } from 'drizzle-orm';
import { stories } from '../schema/stories.ts';

const inOwnLanguage = (query: string): SQL => sql`websearch_to_tsquery(duiding_text_search_config(${stories.language}), ${query})`;

/** Stories whose title or text match the query (websearch syntax), read in the story's language. */
export function storySearchMatch(query: string): SQL {
  return sql`${stories.search} @@ ${inOwnLanguage(query)}`;
}

/** Relevance for ordering search results. */
export function storySearchRank(query: string): SQL {
  return sql`ts_rank(${stories.search}, ${inOwnLanguage(query)})`;
}
