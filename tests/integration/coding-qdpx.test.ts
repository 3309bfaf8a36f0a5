// QDPX (REFI-QDA) export and import of a questionnaire's stories, codebook and codings: the
// project.qde is valid against the REFI-QDA schema (Project-mrt2019.xsd, copied into
// tests/fixtures), codings survive the round trip, and every kind of bad project is refused
// with the element named and nothing written. Both databases.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { applyCode } from '../../src/services/coding/apply.ts';
import { addCode, listCodebook } from '../../src/services/coding/codebook.ts';
import { exportQdpx, importQdpx } from '../../src/services/coding/qdpx.ts';
import { contextForTenantSlug, type ServiceContext } from '../../src/services/context.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const XSD = readFileSync(new URL('../fixtures/refi-qda-project-mrt2019.xsd', import.meta.url), 'utf8');

describe.each(testDatabaseTargets())('QDPX on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let stories: { id: string; ref: string; text: string }[];
  const analysts = [randomUUID(), randomUUID()];

  const codings = async () =>
    (
      (await handle.db.execute(sql`select s.ref, c.slug, a.analyst_id::text as analyst, a.start_offset as start, a.end_offset as "end"
      from code_applications a join codes c on c.tenant_id = a.tenant_id and c.id = a.code_id join stories s on s.tenant_id = a.tenant_id and s.id = a.story_id
      order by 1, 2, 3, 4 nulls first`)) as unknown as { rows: unknown[] }
    ).rows;
  const counts = async () =>
    (
      (await handle.db.execute(
        sql`select (select count(*)::int from codes) as codes, (select count(*)::int from code_applications) as codings`,
      )) as unknown as { rows: unknown[] }
    ).rows[0];
  async function rejected(promise: Promise<unknown>): Promise<InputRejected> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputRejected);
    return error as InputRejected;
  }
  const qdpx = (xml: string, sources: Record<string, string> = {}) =>
    zipSync({ 'project.qde': strToU8(xml), ...Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, strToU8(v)])) });
  const project = (body: string) => `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x">${body}</Project>`;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 20 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld', analysts[0]);
    // A story with characters beyond U+FFFF: REFI-QDA counts code points, JavaScript UTF-16 units.
    await handle.db.execute(sql`update stories set text = ${'Blij 😀 met de hulp & <steun>. Daarna "rust".'} where ref = (select min(ref) from stories)`);
    stories = (
      (await handle.db.execute(sql`select id::text as id, ref, text from stories order by ref`)) as unknown as {
        rows: { id: string; ref: string; text: string }[];
      }
    ).rows;
    await addCode(ctx, 'zo-thuis', { slug: 'welzijn', label: 'Welzijn', description: 'Hoe het gaat & <waarom>' });
    await addCode(ctx, 'zo-thuis', { slug: 'eenzaamheid', label: 'Eenzaamheid', parent: 'welzijn' });
    await addCode(ctx, 'zo-thuis', { slug: 'steun', label: 'Steun' });
    const second = { ...ctx, actorUserId: analysts[1]! };
    const emoji = stories[0]!;
    const after = emoji.text.indexOf('met');
    await applyCode(ctx, emoji.id, 'steun', { start: after, end: after + 11 });
    await applyCode(ctx, emoji.id, 'welzijn', null);
    await applyCode(second, emoji.id, 'steun', { start: 0, end: 7 });
    for (const story of stories.slice(1, 6)) {
      await applyCode(ctx, story.id, 'eenzaamheid', { start: 0, end: 4 });
      await applyCode(second, story.id, 'eenzaamheid', null);
    }
  }, 180_000);
  afterAll(async () => handle?.close());

  it('writes a project.qde that the REFI-QDA schema accepts, with every story as a source', async () => {
    const files = unzipSync(await exportQdpx(ctx, 'zo-thuis'));
    const xml = strFromU8(files['project.qde']!);
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [{ fileName: 'Project-mrt2019.xsd', contents: XSD }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(files).filter((f) => f.startsWith('sources/')).length).toBe(stories.length);
    expect(strFromU8(files[`sources/${stories[0]!.id}.txt`]!)).toBe(stories[0]!.text);
    // Nested codes, escaped text, and positions in code points: "met" is at UTF-16 offset 8 but code point 7.
    expect(xml).toMatch(
      /<Code guid="[^"]+" name="Welzijn" isCodable="true">\n<Description>Hoe het gaat &amp; &lt;waarom&gt;<\/Description>\n<Code guid="[^"]+" name="Eenzaamheid"/,
    );
    expect(xml).toContain('startPosition="7" endPosition="18"');
    expect(xml).not.toContain('Blij'); // texts live in sources/, not in the project file
  });

  it('round-trips: codes and codings deleted and read back are the same; a second import adds nothing', async () => {
    const file = await exportQdpx(ctx, 'zo-thuis');
    const before = await codings();
    const book = await listCodebook(ctx, 'zo-thuis');
    await handle.db.execute(sql`delete from code_applications`);
    await handle.db.execute(sql`update codes set parent_id = null`);
    await handle.db.execute(sql`delete from codes`);
    const result = await importQdpx(ctx, 'zo-thuis', file);
    expect(result.codings).toBe(before.length);
    expect(result.codesCreated.sort()).toEqual(['eenzaamheid', 'steun', 'welzijn']);
    expect(await codings()).toEqual(before);
    expect(await listCodebook(ctx, 'zo-thuis')).toEqual(book);
    const again = await importQdpx(ctx, 'zo-thuis', file);
    expect([again.codings, again.unchanged, again.codesMatched, again.codesCreated]).toEqual([0, before.length, 3, []]);
    expect(await codings()).toEqual(before);
  });

  it('reads a project from another tool: text in PlainTextContent, braced GUIDs, codes by name', async () => {
    const story = stories[7]!;
    const code = '{5B2C9A40-1D2E-4F3A-9B8C-7D6E5F4A3B2C}';
    const user = '{0F1E2D3C-4B5A-4968-8776-655443322110}';
    const xml = project(
      `<Users><User guid="${user}" name="Onderzoeker"/></Users><CodeBook><Codes><Code guid="${code}" name="Hoop &amp; vertrouwen" isCodable="true"/><Code guid="8a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" name="steun" isCodable="true"/></Codes></CodeBook>` +
        `<Sources><TextSource guid="11111111-2222-4333-8444-555555555555" name="${story.ref}"><PlainTextContent>${story.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</PlainTextContent>` +
        `<PlainTextSelection guid="21111111-2222-4333-8444-555555555555" startPosition="0" endPosition="3"><Coding guid="31111111-2222-4333-8444-555555555555" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>` +
        `<Coding guid="41111111-2222-4333-8444-555555555555"><CodeRef targetGUID="8A0B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"/></Coding></TextSource></Sources>`,
    );
    const result = await importQdpx(ctx, 'zo-thuis', qdpx(xml));
    expect(result.codesCreated).toEqual(['hoop-vertrouwen']);
    expect(result.codesMatched).toBe(1);
    expect(result.codings).toBe(2);
    const rows = (await codings()).filter((r) => (r as { ref: string }).ref === story.ref);
    expect(rows).toEqual([
      { ref: story.ref, slug: 'hoop-vertrouwen', analyst: '0f1e2d3c-4b5a-4968-8776-655443322110', start: 0, end: 3 },
      { ref: story.ref, slug: 'steun', analyst: analysts[0], start: null, end: null },
    ]);
  });

  it('refuses a bad project whole, naming the element, and writes nothing', async () => {
    const before = await counts();
    const story = stories[9]!;
    const source = (inner: string, name = story.ref) =>
      project(
        `<CodeBook><Codes><Code guid="9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" name="Nieuw" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="51111111-2222-4333-8444-555555555555" name="${name}" plainTextPath="internal://s.txt">${inner}</TextSource></Sources>`,
      );
    const selection = (start: number, end: number, code = '9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', guid = '61111111-2222-4333-8444-555555555555') =>
      `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="71111111-2222-4333-8444-555555555555"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
    const files = { 'sources/s.txt': story.text };
    const cases: [Uint8Array, string, string | undefined][] = [
      [strToU8('geen zip'), 'not-a-zip', undefined],
      [zipSync({ 'iets.txt': strToU8('x') }), 'no-project', undefined],
      [qdpx('<Project><Users></Project>'), 'invalid-xml', undefined],
      [
        qdpx(source(selection(0, 5, 'aaaaaaaa-4e5f-4a6b-8c7d-9e0f1a2b3c4d')), files),
        'unknown-code',
        'PlainTextSelection guid="61111111-2222-4333-8444-555555555555"',
      ],
      [qdpx(source(selection(2, story.text.length + 1)), files), 'past-end', 'PlainTextSelection guid="61111111-2222-4333-8444-555555555555"'],
      [qdpx(source(selection(5, 5)), files), 'empty-span', 'PlainTextSelection guid="61111111-2222-4333-8444-555555555555"'],
      [qdpx(source(selection(0, 5), 'bestaat-niet'), files), 'unknown-story', 'TextSource name="bestaat-niet"'],
      [qdpx(source(selection(0, 5)), { 'sources/s.txt': `${story.text} anders` }), 'text-differs', `TextSource name="${story.ref}"`],
      [
        qdpx(source(selection(0, 5) + selection(3, 8, undefined, '81111111-2222-4333-8444-555555555555')), files),
        'overlapping-passage',
        'PlainTextSelection guid="81111111-2222-4333-8444-555555555555"',
      ],
      [qdpx(source(''), {}), 'no-text', `TextSource name="${story.ref}"`],
      [
        qdpx(
          project(
            '<CodeBook><Codes><Code guid="9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c41" name="A" isCodable="true"><Code guid="9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c42" name="B" isCodable="true"><Code guid="9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c43" name="C" isCodable="true"/></Code></Code></Codes></CodeBook>',
          ),
        ),
        'too-deep',
        'Code guid="9a0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c43"',
      ],
    ];
    for (const [file, code, element] of cases) {
      const error = await rejected(importQdpx(ctx, 'zo-thuis', file));
      expect(
        error.problems.map((p) => p.code),
        code,
      ).toContain(code);
      if (element) expect(error.problems.find((p) => p.code === code)!.field).toBe(element);
      for (const p of error.problems) expect(p.nl).not.toBe(p.en);
    }
    expect(await counts()).toEqual(before);
    await expect(importQdpx(ctx, 'bestaat-niet', qdpx(source(selection(0, 5)), files))).rejects.toThrow(/questionnaire "bestaat-niet" does not exist/);
  });
});
