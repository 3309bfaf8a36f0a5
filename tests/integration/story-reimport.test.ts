// Importing stories again (duiding.stories/v1). It keeps the analysts' work (issue 11): a re-import
// replaces a story by a new row, and the codings of the old row move to the new one. A coded
// passage is a span of the old text, so it moves only when the text is the same; a whole-story
// coding always moves. And an imported story loses its personal details before it is stored, as a
// story told on the storyteller's page does (AVG). Both databases.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { applyCode } from '../../src/services/coding/apply.ts';
import { addCode } from '../../src/services/coding/codebook.ts';
import { contextForTenantSlug, textSource, type ServiceContext } from '../../src/services/context.ts';
import { exportStories } from '../../src/services/export-stories.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';

interface Coding {
  ref: string;
  slug: string;
  start: number | null;
  end: number | null;
}

describe.each(testDatabaseTargets())('a re-import of stories on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let stories: { id: string; ref: string }[];

  async function exportedRows(): Promise<string[][]> {
    let csv = '';
    for await (const chunk of await exportStories(ctx, 'zo-thuis')) csv += chunk;
    return parseCsv(csv).map((r) => r.fields);
  }
  const asCsv = (rows: string[][]) => rows.map((r) => r.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n');

  async function codings(): Promise<Coding[]> {
    const rows = (
      (await handle.db.execute(sql`
        select s.ref, c.slug, a.start_offset as start, a.end_offset as "end"
          from code_applications a join stories s on s.tenant_id = a.tenant_id and s.id = a.story_id
          join codes c on c.tenant_id = a.tenant_id and c.id = a.code_id
         where a.tenant_id = ${ctx.tenantId} order by s.ref, c.slug, a.start_offset nulls first`)) as unknown as { rows: Coding[] }
    ).rows;
    return rows;
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 40 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld', randomUUID());
    await handle.db.execute(sql`delete from stories where status <> 'published'`);
    stories = (
      (await handle.db.execute(sql`select id::text as id, ref from stories where tenant_id = ${ctx.tenantId} order by ref limit 3`)) as unknown as {
        rows: { id: string; ref: string }[];
      }
    ).rows;
    await addCode(ctx, 'zo-thuis', { slug: 'steun', label: 'Steun' });
    await applyCode(ctx, stories[0]!.id, 'steun', null);
    await applyCode(ctx, stories[0]!.id, 'steun', { start: 0, end: 4 });
    await applyCode(ctx, stories[1]!.id, 'steun', null);
    await applyCode(ctx, stories[1]!.id, 'steun', { start: 2, end: 6 });
  }, 180_000);
  afterAll(async () => handle?.close());

  it('moves every coding of an unchanged story and the whole-story coding of a changed one; drops only the passage of a changed text', async () => {
    const before = await codings();
    expect(before).toHaveLength(4);

    const rows = await exportedRows();
    const header = rows[0]!;
    const refAt = header.indexOf('story_id');
    const textAt = header.indexOf('text');
    expect(refAt).toBeGreaterThanOrEqual(0);
    // The second story's text changes in the source; the first stays the same.
    const changed = rows.find((r) => r[refAt] === stories[1]!.ref)!;
    changed[textAt] = `Aangevuld: ${changed[textAt]}`;
    const edited = asCsv(rows);

    const result = await importStories(ctx, { source: textSource('verhalen.csv', edited), questionnaireKey: 'zo-thuis' });
    expect(result.replaced).toBeGreaterThanOrEqual(2);
    expect(result.codings).toEqual({ kept: 3, passagesDropped: 1 });

    const after = await codings();
    expect(after).toEqual([
      { ref: stories[0]!.ref, slug: 'steun', start: null, end: null },
      { ref: stories[0]!.ref, slug: 'steun', start: 0, end: 4 },
      { ref: stories[1]!.ref, slug: 'steun', start: null, end: null },
    ]);
    // They sit on the new rows, not on ghosts of the old ones.
    const orphans = (
      (await handle.db.execute(sql`
        select count(*)::int as n from code_applications a
         where a.tenant_id = ${ctx.tenantId} and a.story_id in (${sql.join(
           stories.slice(0, 2).map((s) => sql`${s.id}::uuid`),
           sql`, `,
         )})`)) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
    expect(orphans).toBe(0);
  });

  it('removes personal details from an imported title and text before anything is stored', async () => {
    const rows = await exportedRows();
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('story_id')] === stories[2]!.ref)!;
    row[header.indexOf('title')] = 'Mail jan.jansen@example.nl';
    row[header.indexOf('text')] = 'Bel me op 06-12345678, ik woon op Dorpsstraat 12 in 3811 AB. Mijn BSN is 111222333.';
    await importStories(ctx, { source: textSource('verhalen.csv', asCsv(rows)), questionnaireKey: 'zo-thuis' });
    const stored = (
      (await handle.db.execute(sql`select title, text from stories where tenant_id = ${ctx.tenantId} and ref = ${stories[2]!.ref}`)) as unknown as {
        rows: { title: string; text: string }[];
      }
    ).rows[0]!;
    expect(stored.title).toBe('Mail [E-MAIL]');
    expect(stored.text).not.toMatch(/06-12345678|Dorpsstraat 12|3811 AB|111222333/);
    expect(stored.text).toContain('[TELEFOON]');
  });
});
