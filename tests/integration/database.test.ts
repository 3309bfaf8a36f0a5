// The schema and its guarantees on both databases Duiding runs on: PGlite and a PostgreSQL
// server (ENGINEERING.md, "Real PostgreSQL in tests and CI").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/connection.ts';
import { DataDirectoryLockedError } from '../../src/db/lock-file.ts';
import * as schema from '../../src/db/schema/index.ts';
import type { Questionnaire } from '../../src/domain/questionnaire/types.ts';
import { testDatabaseTargets } from '../support/databases.ts';

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The SQLSTATE of a database error, also when Drizzle wraps it. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

function constraintName(error: unknown): string | undefined {
  for (let e = error as { constraint?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.constraint === 'string') return e.constraint;
  }
  return undefined;
}

const definition: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'wonen',
  title: { nl: 'Wonen' },
  languages: ['nl'],
  prompts: [{ key: 'p1', text: { nl: 'Vertel over een moment…' } }],
  questions: [],
};

/** A tenant with a questionnaire, a version and a collection: what a story needs. */
async function seedTenant(db: Database, slug: string) {
  const [tenant] = await db
    .insert(schema.tenants)
    .values({ slug, name: `Gemeente ${slug}` })
    .returning();
  const tenantId = tenant!.id;
  const [questionnaire] = await db.insert(schema.questionnaires).values({ tenantId, key: 'wonen' }).returning();
  const [version] = await db.insert(schema.questionnaireVersions).values({ tenantId, questionnaireId: questionnaire!.id, version: 1, definition }).returning();
  const [collection] = await db
    .insert(schema.collections)
    .values({ tenantId, slug: 'wonen-2026', questionnaireId: questionnaire!.id, title: 'Wonen 2026' })
    .returning();
  return { tenantId, questionnaireId: questionnaire!.id, versionId: version!.id, collectionId: collection!.id };
}

describe.each(testDatabaseTargets())('database on $name', ({ name, create }) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await create();
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('is the kind of database asked for', () => {
    expect(handle.kind).toBe(name);
  });

  it('has applied the migrations, and applying them again changes nothing', async () => {
    const journal = JSON.parse(fs.readFileSync(new URL('../../src/db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
    const count = async () => Number((await rows<{ n: number | string }>(handle.db, sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`))[0]!.n);
    const tables = async () =>
      (
        await rows<{ table_name: string }>(handle.db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`)
      ).map((r) => r.table_name);

    expect(await count()).toBe(journal.entries.length);
    const before = await tables();
    expect(before).toEqual(expect.arrayContaining(['tenants', 'questionnaires', 'collections', 'stories']));

    await handle.migrate();

    expect(await count()).toBe(journal.entries.length);
    expect(await tables()).toEqual(before);
  });

  it('stems Dutch: wachtlijsten → wachtlijst', async () => {
    const [row] = await rows<{ v: string }>(handle.db, sql`SELECT to_tsvector('dutch', 'wachtlijsten')::text AS v`);
    expect(row!.v).toBe("'wachtlijst':1");
  });

  it('finds a story by Dutch full-text search', async () => {
    const t = await seedTenant(handle.db, 'zoekstad');
    await handle.db.insert(schema.stories).values({
      tenantId: t.tenantId,
      ref: 'story-1',
      questionnaireId: t.questionnaireId,
      versionId: t.versionId,
      collectionId: t.collectionId,
      collectedAt: new Date('2026-03-01T10:00:00Z'),
      language: 'nl',
      title: 'Lang wachten',
      text: 'De wachtlijsten voor jeugdhulp zijn veel te lang.',
    });
    await handle.db.insert(schema.stories).values({
      tenantId: t.tenantId,
      ref: 'story-2',
      questionnaireId: t.questionnaireId,
      versionId: t.versionId,
      collectionId: t.collectionId,
      collectedAt: new Date('2026-03-02T10:00:00Z'),
      language: 'nl',
      title: 'Goede buren',
      text: 'Mijn buurvrouw helpt met de boodschappen.',
    });

    const found = await rows<{ ref: string }>(
      handle.db,
      sql`SELECT ref FROM stories WHERE tenant_id = ${t.tenantId} AND search @@ plainto_tsquery('dutch', 'wachtlijst')`,
    );
    expect(found.map((r) => r.ref)).toEqual(['story-1']);
  });

  it("refuses a story that points to another tenant's questionnaire", async () => {
    const a = await seedTenant(handle.db, 'eenstad');
    const b = await seedTenant(handle.db, 'tweestad');
    const error = await handle.db
      .insert(schema.stories)
      .values({
        tenantId: b.tenantId,
        ref: 'cross-tenant',
        // Everything else belongs to tenant b, so only this reference can be wrong.
        questionnaireId: a.questionnaireId,
        versionId: b.versionId,
        collectionId: b.collectionId,
        collectedAt: new Date(),
        language: 'nl',
        title: 'Verkeerde gemeente',
        text: 'Dit verhaal hoort niet bij deze vragenlijst.',
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error, 'the insert should have been refused').not.toBeNull();
    expect(sqlState(error)).toBe('23503'); // foreign_key_violation
    expect(constraintName(error)).toMatch(/questionnaire/);

    const stored = await rows<{ n: number | string }>(handle.db, sql`SELECT count(*) AS n FROM stories WHERE ref = 'cross-tenant'`);
    expect(Number(stored[0]!.n)).toBe(0);
  });
});

describe('PGlite data directory lock', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-lock-'));
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second open of the same directory until the first is closed', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirectoryLockedError);
    } finally {
      await first.close();
    }

    const again = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await again.migrate();
      const [row] = await rows<{ one: number }>(again.db, sql`SELECT 1 AS one`);
      expect(row!.one).toBe(1);
    } finally {
      await again.close();
    }
  });
});
