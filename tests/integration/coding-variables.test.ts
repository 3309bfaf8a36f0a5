// Codes as analysis variables (issue 11): code x is the yes/no variable code:x in the pattern
// scan, its filters, the stories behind a cell and the stories export; a coding change makes the
// answer snapshot and every cached scan stale; and the scan of a code equals scipy-scan.py.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { answerSnapshots } from '../../src/db/schema/index.ts';
import { applyCode, removeCode } from '../../src/services/coding/apply.ts';
import { addCode } from '../../src/services/coding/codebook.ts';
import { codingAgreement } from '../../src/services/coding/agreement.ts';
import { withCodeVariables } from '../../src/services/coding/code-variables.ts';
import { contextForTenantSlug, textSource, type ServiceContext } from '../../src/services/context.ts';
import { exportStories } from '../../src/services/export-stories.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { storiesBehind } from '../../src/services/stories-behind.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { expectParity, relativeError } from '../unit/patterns/parity.ts';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const SCIPY_SCAN = '/work/shared/tools/scipy-scan.py';

function hasScipyOnly(): boolean {
  try {
    execFileSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function hasScipy(): boolean {
  if (!existsSync(SCIPY_SCAN)) return false;
  try {
    execFileSync('python3', ['-c', 'import scipy, pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.each(testDatabaseTargets())('codes as variables on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let ids: string[];

  async function text(chunks: AsyncGenerator<string>): Promise<string> {
    let out = '';
    for await (const chunk of chunks) out += chunk;
    return out;
  }
  async function snapshotVersion(): Promise<string | undefined> {
    const q = (await findQuestionnaire(ctx.db, ctx.tenantId, 'zo-thuis'))!;
    const [row] = await ctx.db
      .select({ v: answerSnapshots.storiesVersion })
      .from(answerSnapshots)
      .where(and(eq(answerSnapshots.tenantId, ctx.tenantId), eq(answerSnapshots.questionnaireId, q.id)));
    return row?.v;
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 120 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld', randomUUID());
    // Only published stories: the export below is then exactly what the scan reads.
    await handle.db.execute(sql`delete from stories where status <> 'published'`);
    ids = (
      (await handle.db.execute(sql`select id::text as id from stories where tenant_id = ${ctx.tenantId} order by ref`)) as unknown as { rows: { id: string }[] }
    ).rows.map((r) => r.id);
    await addCode(ctx, 'zo-thuis', { slug: 'steun', label: 'Steun' });
    await addCode(ctx, 'zo-thuis', { slug: 'nooit-gebruikt', label: 'Nooit gebruikt' });
  }, 180_000);
  afterAll(async () => handle?.close());

  it('a coding change makes the answer snapshot and the cached scan stale, and the scan then carries code:x', async () => {
    const first = await scanQuestionnaire(ctx, 'zo-thuis');
    expect((await scanQuestionnaire(ctx, 'zo-thuis')).cached).toBe(true);
    const snapshotBefore = await snapshotVersion();
    expect(snapshotBefore).toBeDefined();
    // Nobody coded anything yet: code:steun has one value only, so it is in no pattern.
    expect(first.patterns.some((p) => p.a.startsWith('code:') || p.b.startsWith('code:'))).toBe(false);

    // A third of the stories, by one analyst, some by a passage.
    for (const [i, id] of ids.entries()) if (i % 3 === 0) await applyCode(ctx, id, 'steun', i % 2 ? { start: 0, end: 3 } : null);
    const after = await scanQuestionnaire(ctx, 'zo-thuis');
    expect(after.cached).toBe(false);
    expect(await snapshotVersion()).not.toBe(snapshotBefore);
    const withCode = after.patterns.filter((p) => p.a === 'code:steun' || p.b === 'code:steun');
    expect(withCode.length).toBeGreaterThan(5);
    expect(withCode.every((p) => p.n === ids.length || p.n < ids.length)).toBe(true);
    expect(after.patterns.some((p) => p.a === 'code:nooit-gebruikt' || p.b === 'code:nooit-gebruikt')).toBe(false);

    // Removing one coding is a change too.
    expect((await scanQuestionnaire(ctx, 'zo-thuis')).cached).toBe(true);
    await removeCode(ctx, ids[0]!, 'steun', null);
    const removed = await scanQuestionnaire(ctx, 'zo-thuis');
    expect(removed.cached).toBe(false);
    await applyCode(ctx, ids[0]!, 'steun', null);
  });

  it('filters on code:x and finds the stories behind a code, as the coded ones', async () => {
    const coded = ids.filter((_, i) => i % 3 === 0).length;
    const scan = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['code:steun', 'ja']] } });
    expect(scan.stories).toBe(coded);
    expect(scan.filter.answers).toEqual({ 'code:steun': ['ja'] });
    const behind = await storiesBehind(ctx, 'zo-thuis', { cell: { groups: ['code:steun:nee'] }, pageSize: 100 });
    expect(behind.total).toBe(ids.length - coded);
    await expect(scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['code:bestaat-niet', 'ja']] } })).rejects.toThrow(/no question "code:bestaat-niet"/);
  });

  it('exports code:x columns, which a story import skips', async () => {
    const csv = await text(await exportStories(ctx, 'zo-thuis'));
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header!.split(',').slice(-2)).toEqual(['code:nooit-gebruikt', 'code:steun']);
    expect(rows.filter((r) => r.endsWith(',nee,ja')).length).toBe(ids.filter((_, i) => i % 3 === 0).length);
    const result = await importStories(ctx, { source: textSource('terug.csv', csv), questionnaireKey: 'zo-thuis' });
    expect(result.stories).toBe(ids.length);
  });

  it("compares two analysts on the stories both coded: Cohen's κ per code and Krippendorff's α, with n", async () => {
    await addCode(ctx, 'zo-thuis', { slug: 'twijfel', label: 'Twijfel' });
    await addCode(ctx, 'zo-thuis', { slug: 'gezien', label: 'Gezien' });
    const first = { ...ctx, actorUserId: randomUUID() };
    const second = { ...ctx, actorUserId: randomUUID() };
    // Ten stories both coded (both gave each "gezien"). Twijfel by the first on 0–4, by the second
    // on 0–3 and 5: p_o = 0.8, p_e = 0.5·0.5 + 0.5·0.5 = 0.5, κ = 0.6. Steun by both on 6–9: κ = 1.
    // The import before replaced every story: new ids.
    ids = (
      (await handle.db.execute(sql`select id::text as id from stories where tenant_id = ${ctx.tenantId} order by ref`)) as unknown as { rows: { id: string }[] }
    ).rows.map((r) => r.id);
    const ten = ids.slice(1, 11);
    for (const [i, id] of ten.entries()) {
      for (const who of [first, second]) await applyCode(who, id, 'gezien', null);
      if (i <= 4) await applyCode(first, id, 'twijfel', { start: 0, end: 2 });
      if (i <= 3 || i === 5) await applyCode(second, id, 'twijfel', null);
      if (i >= 6) for (const who of [first, second]) await applyCode(who, id, 'steun', null);
    }
    // A story only one of them coded is not compared.
    await applyCode(first, ids[20]!, 'twijfel', null);
    const result = await codingAgreement(ctx, 'zo-thuis', { first: first.actorUserId, second: second.actorUserId });
    expect(result.n).toBe(10);
    const byCode = Object.fromEntries(result.codes.map((c) => [c.slug, c]));
    expect(byCode.twijfel).toMatchObject({ n: 10, first: 5, second: 5, both: 4 });
    expect(byCode.twijfel!.kappa).toBeCloseTo(0.6, 12);
    expect(byCode.steun!.kappa).toBe(1);
    // Everyone used "gezien" everywhere, nobody "nooit-gebruikt": no variation, κ undefined.
    expect(byCode.gezien!.kappa).toBeNull();
    expect(byCode['nooit-gebruikt']!.kappa).toBeNull();
    // α over 4 codes × 10 stories = 40 decisions, 80 values: 38 "yes", 42 "no", two disagreeing
    // units (o_01 = o_10 = 2): α = 1 − 79·4 / (2·38·42).
    expect(result.decisions).toBe(40);
    expect(result.alpha!).toBeCloseTo(1 - (79 * 4) / (2 * 38 * 42), 12);
    // Without a choice, the pair with the most stories in common is compared: these two.
    const chosen = await codingAgreement(ctx, 'zo-thuis');
    expect(new Set(chosen.pair!.map((a) => a.id))).toEqual(new Set([first.actorUserId, second.actorUserId]));
  });

  it.runIf(hasScipyOnly())('tests code:x as SciPy does: Mann–Whitney against a scale, chi-square against a choice', async () => {
    const scan = await scanQuestionnaire(ctx, 'zo-thuis', { cache: false });
    const [header, ...rows] = parseCsv(await text(await exportStories(ctx, 'zo-thuis'))).map((r) => r.fields);
    const column = (name: string) => rows.filter((r) => r.length === header!.length).map((r) => r[header!.indexOf(name)]!);
    const [code, cijfer, gevoel] = [column('code:steun'), column('cijfer'), column('gevoel')];
    const groups = { ja: [] as number[], nee: [] as number[] };
    cijfer.forEach((v, i) => {
      if (v !== '' && v !== 'NA') groups[code[i] as 'ja' | 'nee'].push(Number(v));
    });
    const table: Record<string, Record<string, number>> = {};
    gevoel.forEach((v, i) => {
      if (v === '' || v === 'NA') return;
      table[v] ??= { ja: 0, nee: 0 };
      table[v]![code[i]!]! += 1;
    });
    const counts = Object.keys(table)
      .sort()
      .map((k) => [table[k]!.ja!, table[k]!.nee!]);
    const script = [
      'import json, sys',
      'from scipy import stats',
      'd = json.load(sys.stdin)',
      'mw = stats.mannwhitneyu(d["ja"], d["nee"], alternative="two-sided", method="asymptotic", use_continuity=True)',
      'chi2, p, dof, _ = stats.chi2_contingency(d["table"], correction=False)',
      'print(json.dumps({"mw": float(mw.pvalue), "chi": float(p)}))',
    ].join('\n');
    const reference = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify({ ...groups, table: counts }), encoding: 'utf8' })) as {
      mw: number;
      chi: number;
    };
    const mw = scan.patterns.find((p) => p.a === 'cijfer' && p.b === 'code:steun')!;
    const chi = scan.patterns.find((p) => p.a === 'gevoel' && p.b === 'code:steun')!;
    expect(mw.test).toBe('mann-whitney');
    expect(chi.test).toBe('chi-square');
    expect(relativeError(mw.p!, reference.mw)).toBeLessThanOrEqual(1e-6);
    expect(relativeError(chi.p!, reference.chi)).toBeLessThanOrEqual(1e-6);
  });

  it.runIf(hasScipy())(
    'scans code:x as scipy-scan.py scans the exported column',
    async () => {
      const scan = await scanQuestionnaire(ctx, 'zo-thuis', { cache: false });
      const questionnaire = await withCodeVariables(ctx, (await findQuestionnaire(ctx.db, ctx.tenantId, 'zo-thuis'))!);
      const dir = mkdtempSync(join(tmpdir(), 'duiding-codes-'));
      try {
        writeFileSync(join(dir, 'q.json'), JSON.stringify(questionnaire.definition));
        writeFileSync(join(dir, 's.csv'), await text(await exportStories(ctx, 'zo-thuis')));
        const reference = JSON.parse(execFileSync('python3', [SCIPY_SCAN, join(dir, 'q.json'), join(dir, 's.csv')], { encoding: 'utf8', maxBuffer: 64 << 20 }));
        expect(reference.patterns.some((p: { a: string; b: string }) => p.a === 'code:steun' || p.b === 'code:steun')).toBe(true);
        expectParity(scan, reference.patterns);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
