// Resolves a public slug (/vertel/{slug}) to its municipality's collection and says whether it is
// open now. Slugs are global: the link names no municipality (collection_links).
import type { Database } from '../../db/connection.ts';
import { findLinkedCollection, type LinkedCollectionRow } from '../../db/repositories/collect.repository.ts';
import type { Tx } from '../../db/repositories/tenants.repository.ts';
import type { CollectionLookup, OpenCollection } from './types.ts';

/** Slugs are lower-case words with dashes; anything else is simply unknown. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

export async function findCollectionBySlug(db: Database | Tx, slug: string, now: Date = new Date()): Promise<CollectionLookup> {
  const resolved = await resolveCollection(db, slug);
  if (!resolved) return { status: 'unknown' };
  return { status: collectionState(resolved.collection, now), collection: resolved.collection } as CollectionLookup;
}

/** The collection and the bits submitStory needs that the public contract does not show. */
export async function resolveCollection(
  db: Database | Tx,
  slug: string,
): Promise<{ collection: OpenCollection; questionnaireId: string; frozen: boolean } | null> {
  if (!SLUG.test(slug)) return null;
  const row = await findLinkedCollection(db, slug);
  // Collections made by a file import are no public channel.
  if (!row || row.mode === 'import') return null;
  return { collection: toOpenCollection(row), questionnaireId: row.questionnaireId, frozen: row.frozen };
}

/**
 * The same as resolveCollection, remembered for up to 2 seconds per database and slug: saves a
 * four-table query on every story of a busy link. Whether the collection is open is checked
 * again by the insert itself (insertStoryWithAnswers), so closing a collection takes effect at
 * once; a changed mode, language list or questionnaire version takes up to 2 seconds.
 */
export async function resolveCollectionCached(db: Database | Tx, slug: string, nowMs = Date.now()) {
  let perDb = resolvedCache.get(db);
  if (!perDb) resolvedCache.set(db, (perDb = new Map()));
  const hit = perDb.get(slug);
  if (hit && nowMs - hit.at < CACHE_MS) return hit.value;
  const value = await resolveCollection(db, slug);
  if (value) {
    if (perDb.size > 1000) perDb.clear();
    perDb.set(slug, { at: nowMs, value });
  } else perDb.delete(slug);
  return value;
}

/** After the first story the version is frozen: remember it, so the freeze is not repeated. */
export function markFrozen(db: Database | Tx, slug: string) {
  const hit = resolvedCache.get(db)?.get(slug);
  if (hit) hit.value.frozen = true;
}

const CACHE_MS = 2000;
type Resolved = NonNullable<Awaited<ReturnType<typeof resolveCollection>>>;
const resolvedCache = new WeakMap<object, Map<string, { at: number; value: Resolved }>>();

export function collectionState(collection: OpenCollection, now: Date): 'open' | 'not-yet-open' | 'closed' {
  if (collection.opensAt && now < collection.opensAt) return 'not-yet-open';
  if (collection.closesAt && now >= collection.closesAt) return 'closed';
  return 'open';
}

function toOpenCollection(row: LinkedCollectionRow): OpenCollection {
  return {
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    fictional: row.fictional,
    collectionId: row.collectionId,
    slug: row.slug,
    title: row.title,
    mode: row.mode as OpenCollection['mode'],
    languages: row.languages,
    intro: isTextMap(row.intro) ? row.intro : null,
    retentionDays: row.retentionDays,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    questionnaire: row.definition,
    versionId: row.versionId,
  };
}

function isTextMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}
