// `node --import tsx bench/patterns-pages.ts [--stories 2000] [--data-dir DIR --tenant SLUG]`:
// server time of the pattern workbench (issue 11) — the patterns page with filters and the stories
// behind a selection, each as the route makes it: the service call plus rendering the page to
// HTML. Without --data-dir: the demo municipality with N stories in an in-memory PGlite; with it:
// an existing embedded database (bench/run.ts passes the 100,000-story one). The first call after
// a change scans afresh (the filter's scan is not cached yet); then best of three, as a running
// server would answer. Targets: < 300 ms at 2,000 stories, < 1 s at 100,000. Printed, not asserted.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { allows } from '../src/services/auth/policy.ts';
import type { Session } from '../src/services/auth/sessions.ts';
import { contextForTenantSlug } from '../src/services/context.ts';
import { patternDetail, patternList, selectionStories } from '../src/services/pattern-explorer.ts';
import { seedDemo } from '../src/services/seed-demo.ts';
import { messages } from '../src/web/i18n/index.ts';
import { PatternDetailPage } from '../src/web/pages/patterns/detail-page.tsx';
import { PatternListPage } from '../src/web/pages/patterns/list-page.tsx';
import { SelectionPage } from '../src/web/pages/patterns/selection-page.tsx';
import type { View } from '../src/web/view.ts';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '2000' }, 'data-dir': { type: 'string' }, tenant: { type: 'string', default: 'voorbeeld' } },
});
const handle = values['data-dir'] ? await openDatabase({ kind: 'pglite', dataDir: values['data-dir'] }) : await openDatabase({ kind: 'pglite-memory' });
await handle.migrate();
if (!values['data-dir']) await seedDemo(handle.db, { stories: Number(values.stories) });
const ctx = await contextForTenantSlug(handle.db, values.tenant!);
const session = {
  userId: 'bench',
  email: 'bench@example',
  displayName: 'Bench',
  tenantId: ctx.tenantId,
  tenantSlug: values.tenant!,
  tenantName: 'Bench',
  tenantFictional: true,
  roles: ['analist'],
  csrfToken: '',
} satisfies Session;
const view: View = { lang: 'nl', t: messages('nl'), session, languageHref: '/', may: (permission) => allows(session.roles, permission) };

const filter: [string, string][] = [
  ['rol', 'jongere,ouder'],
  ['period', '2026'],
];
const filterInput = { collection: null, period: '2026', answers: [['rol', 'jongere,ouder']] as [string, string][] };
const cell: [string, string][] = [
  ['range', 'wie_hielp.1:0.4:'],
  ['group', 'gevoel:boos'],
];

const work: Record<string, () => Promise<number>> = {
  'patterns page, filters rol + period (list of 25)': async () => {
    const data = await patternList(ctx, 'zo-thuis', { filter: filterInput, sort: 'sterkte', page: 1 });
    return String(await PatternListPage({ view, data, filter, search: '', sort: 'sterkte' })).length;
  },
  'one pattern with its charts (triad × group), filtered': async () => {
    const list = await patternList(ctx, 'zo-thuis', { filter: filterInput, search: 'wie hielp', sort: 'sterkte', page: 1 });
    const row = list.rows[0];
    if (!row) return 0;
    const detail = await patternDetail(ctx, 'zo-thuis', { a: row.pattern.a, b: row.pattern.b }, filterInput);
    return String(await PatternDetailPage({ view, detail, filter })).length;
  },
  'stories behind a selection (triad area × gevoel), with words': async () => {
    const data = await selectionStories(ctx, 'zo-thuis', {
      filter: filterInput,
      cell: { ranges: ['wie_hielp.1:0.4:'], groups: ['gevoel:boos'] },
      page: 1,
      pageSize: 25,
    });
    return String(await SelectionPage({ view, data, cell, filter, search: '', reader: null, canModerate: true })).length;
  },
  'one story of the selection (reader, previous/next)': async () => {
    const data = await selectionStories(ctx, 'zo-thuis', {
      filter: filterInput,
      cell: { ranges: ['wie_hielp.1:0.4:'], groups: ['gevoel:boos'] },
      page: 2,
      pageSize: 1,
      words: false,
    });
    return String(await SelectionPage({ view, data, cell, filter, search: '', reader: 2, canModerate: true })).length;
  },
};

const first: Record<string, number> = {};
const best: Record<string, number> = {};
const bytes: Record<string, number> = {};
for (let run = 0; run <= 3; run++) {
  for (const [label, make] of Object.entries(work)) {
    const started = performance.now();
    bytes[label] = await make();
    const ms = performance.now() - started;
    if (run === 0) first[label] = ms;
    else best[label] = Math.min(best[label] ?? Infinity, ms);
  }
}
await handle.close();

const size = values['data-dir'] ? `the database in ${values['data-dir']}` : `${Number(values.stories).toLocaleString('en')} demo stories, in-memory PGlite`;
console.log(`pattern workbench (/patronen) — ${size}; server time = service + page HTML`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`);
for (const label of Object.keys(work)) {
  console.log(
    `  ${label.padEnd(58)} ${(best[label] / 1000).toFixed(3).padStart(7)} s best of 3   (first, scan not cached: ${(first[label] / 1000).toFixed(3)} s; ${Math.round(bytes[label] / 1024)} KB)`,
  );
}
