// Warm × cold on the demo municipality, on PGlite and on PostgreSQL: the service, the API and the
// command. The demo's wachttijd_weken per wijk follows the stories' wachtweken answers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import type { LinkDocument } from '../../src/domain/link/index.ts';
import { createApp } from '../../src/http/app.ts';
import { contextForTenantSlug, type ServiceContext } from '../../src/services/context.ts';
import { linkQuestionnaire } from '../../src/services/link.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const WIJKEN = Array.from({ length: 8 }, (_, i) => `WK99990${i + 1}`);

describe.each(testDatabaseTargets())('warm × cold on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let doc: LinkDocument;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 400 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    doc = await linkQuestionnaire(ctx, 'zo-thuis');
  }, 120_000);
  afterAll(async () => handle?.close());

  it('links wachtweken (median per wijk and year) to wachttijd_weken with ρ > 0.5', () => {
    expect(doc.format).toBe('duiding.link/v1');
    expect(doc.questionnaire).toBe('zo-thuis');
    expect(doc.area_question).toBe('wijk');
    expect(doc.stories).toBe(400);
    const link = doc.links.find((l) => l.story_variable === 'wachtweken' && l.indicator === 'wachttijd_weken')!;
    expect(link.aggregate).toBe('median');
    expect(link.rho!).toBeGreaterThan(0.5);
    expect(link.p!).toBeLessThan(0.05);
    expect(link.q).not.toBeNull();
    // Every wijk in both years is a point; the municipality-wide and per-provider figures are not.
    expect(link.points.map((p) => `${p.area}|${p.period}`)).toEqual(WIJKEN.flatMap((w) => [`${w}|2025`, `${w}|2026`]));
    for (const p of link.points) {
      expect(p.indicator_value).not.toBeNull();
      expect(p.too_few_stories).toBe(p.stories < 10);
    }
    expect(link.n_points).toBe(link.points.filter((p) => !p.too_few_stories).length);
  });

  it('reports a wijk with too few stories instead of dropping it', () => {
    const link = doc.links.find((l) => l.story_variable === 'wachtweken' && l.indicator === 'wachttijd_weken')!;
    // 400 demo stories leave Polderrand (WK999908) with fewer than 10 in each year.
    const polderrand = link.points.filter((p) => p.area === 'WK999908');
    expect(polderrand).toHaveLength(2);
    for (const p of polderrand) {
      expect(p.too_few_stories).toBe(true);
      expect(p.stories).toBeGreaterThan(0);
      expect(p.story_value).not.toBeNull();
    }
    expect(link.flags).toContain('few_stories');
    expect(link.n_areas).toBe(new Set(link.points.filter((p) => !p.too_few_stories).map((p) => p.area)).size);
    expect(link.flags.includes('few_areas')).toBe(link.n_areas < 8);
  });

  it('ranks by p, adds shares of options, and computes q over the whole run', () => {
    const ps = doc.links.map((l) => l.p ?? Infinity);
    expect(ps).toEqual([...ps].sort((a, b) => a - b));
    expect(doc.links.some((l) => l.aggregate === 'share' && l.story_variable.startsWith('thuis='))).toBe(true);
    expect(doc.links.some((l) => l.story_variable === 'wie_hielp.1')).toBe(true);
    const tested = doc.links.filter((l) => l.p !== null);
    for (const l of tested) expect(l.q!).toBeGreaterThanOrEqual(l.p! - 1e-15);
  });

  it('limits the run to one indicator and rejects an unknown one or a non-area question', async () => {
    const one = await linkQuestionnaire(ctx, 'zo-thuis', { indicator: 'wachttijd_weken' });
    expect(new Set(one.links.map((l) => l.indicator))).toEqual(new Set(['wachttijd_weken']));
    await expect(linkQuestionnaire(ctx, 'zo-thuis', { indicator: 'bestaat_niet' })).rejects.toBeInstanceOf(InputRejected);
    await expect(linkQuestionnaire(ctx, 'zo-thuis', { areaQuestion: 'cijfer' })).rejects.toBeInstanceOf(InputRejected);
    await expect(linkQuestionnaire(ctx, 'bestaat-niet')).rejects.toBeInstanceOf(InputRejected);
  });

  it('serves GET /api/v1/questionnaires/{key}/link to roles that may read patterns', async () => {
    const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const signIn = async (email: string) => {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      expect(response.status).toBe(200);
      return response.headers.get('set-cookie')!.split(';')[0];
    };
    const analist = await signIn('analist@voorbeeld.example');
    const response = await app.request('/api/v1/questionnaires/zo-thuis/link?indicator=wachttijd_weken', { headers: { cookie: analist } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as LinkDocument;
    expect(body.format).toBe('duiding.link/v1');
    expect(body.links.find((l) => l.story_variable === 'wachtweken')!.rho!).toBeGreaterThan(0.5);
    expect((await app.request('/api/v1/questionnaires/geen/link', { headers: { cookie: analist } })).status).toBe(404);
    const raad = await signIn('raad@voorbeeld.example');
    expect((await app.request('/api/v1/questionnaires/zo-thuis/link', { headers: { cookie: raad } })).status).toBe(403);
    expect((await app.request('/api/v1/questionnaires/zo-thuis/link')).status).toBe(401);
    const openapi = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain('/api/v1/questionnaires/{key}/link');
  });
});

describe('duiding link', () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-link-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const duiding = (args: string[]) => {
    const result = spawnSync(process.execPath, [path.resolve('bin/duiding.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: path.join(work, 'data') },
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints duiding.link/v1 with --json and a table with Dutch headings without it', () => {
    expect(duiding(['link', '--help']).stdout).toContain('duiding link');
    expect(duiding(['seed-demo', '--stories', '400']).code).toBe(0);
    const json = duiding(['link', '--questionnaire', 'zo-thuis', '--json', '--indicator', 'wachttijd_weken']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as LinkDocument;
    expect(doc.links.find((l) => l.story_variable === 'wachtweken')!.rho!).toBeGreaterThan(0.5);
    const table = duiding(['link', '--questionnaire', 'zo-thuis', '--indicator', 'wachttijd_weken', '--area-question', 'wijk']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('verhaalvariabele');
    expect(table.stdout).toMatch(/wachtweken\s+mediaan\s+wachttijd_weken/);
    expect(table.stdout).toContain('weinig verhalen');
  }, 180_000);
});
