// `node --import tsx bench/report.ts [--stories 2000]`: time to make the demo council report —
// the monitor as the council sees it, the HTML and the PDF — on the demo municipality in an
// in-memory PGlite. Best of three after one warm-up, as a running server would make it.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { buildReportDocument } from '../src/reports/build-document.ts';
import { renderHtml } from '../src/reports/html.ts';
import { renderPdf } from '../src/reports/pdf.ts';
import { contextForTenantSlug } from '../src/services/context.ts';
import { buildMonitor } from '../src/services/monitor/build.ts';
import { generateReport } from '../src/services/reports.ts';
import { seedDemo } from '../src/services/seed-demo.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '2000' } } });
const stories = Number(values.stories);
const handle = await openDatabase({ kind: 'pglite-memory' });
await handle.migrate();
await seedDemo(handle.db, { stories });
const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');

const best: Record<string, number> = {};
let bytes = { html: 0, pdf: 0, pages: 0 };
for (let run = 0; run <= 3; run++) {
  const t0 = performance.now();
  const monitor = await buildMonitor(ctx, 'zo-thuis', { roles: ['raad'], period: '2026' });
  const t1 = performance.now();
  const doc = buildReportDocument(monitor);
  const html = renderHtml(doc);
  const t2 = performance.now();
  const pdf = await renderPdf(doc);
  const t3 = performance.now();
  const made = await generateReport(ctx, 'zo-thuis', { period: '2026' });
  const t4 = performance.now();
  bytes = { html: Buffer.byteLength(html), pdf: pdf.length, pages: (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length };
  if (run === 0 || !made) continue; // warm-up
  for (const [label, ms] of Object.entries({
    monitor: t1 - t0,
    html: t2 - t1,
    pdf: t3 - t2,
    'whole report (service: monitor + HTML + PDF + store)': t4 - t3,
  })) {
    best[label] = Math.min(best[label] ?? Infinity, ms);
  }
}
await handle.close();

console.log(`council report — demo opgave zo-thuis, period 2026, ${stories.toLocaleString('en')} demo stories, in-memory PGlite`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`);
for (const [label, ms] of Object.entries(best)) console.log(`  ${label.padEnd(56)} ${(ms / 1000).toFixed(3).padStart(7)} s (best of 3)`);
console.log(`  HTML ${(bytes.html / 1024).toFixed(0)} KB, PDF ${(bytes.pdf / 1024).toFixed(0)} KB, ${bytes.pages} pages`);
