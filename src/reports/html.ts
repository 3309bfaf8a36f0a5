// The report as one self-contained, printable HTML file: inline CSS (it is a download, opened
// from disk, so the app's CSP does not apply), charts as inline SVG each followed by its table.
// The app serves it only as an attachment (routes set Content-Disposition), never as a page.
import { escapeXml as esc, sceneToSvg } from '../domain/charts/svg.ts';
import { layoutChart } from './report-chart.ts';
import { chartTable, numberFormatter } from './chart-table.ts';
import type { ReportBlock, ReportDocument } from './document.ts';

const HEX = /^#[0-9a-f]{6}$/i;

function css(accent: string): string {
  const a = HEX.test(accent) ? accent : '#154273';
  return `
:root{--accent:${a};--ink:#1a1a1a;--muted:#595959;--line:#d0d0d0}
*{box-sizing:border-box}
body{font-family:Helvetica,Arial,sans-serif;color:var(--ink);line-height:1.5;max-width:52rem;margin:0 auto;padding:2rem 1.25rem;font-size:11pt}
h1,h2,h3{line-height:1.25;color:var(--accent)}
h1{font-size:2rem;margin:.5rem 0 1rem}
h2{font-size:1.45rem;border-bottom:2px solid var(--accent);padding-bottom:.25rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin-top:1.75rem}
.cover{border-left:.6rem solid var(--accent);padding:1.5rem 1.5rem 2rem;margin-bottom:2rem}
.cover .kind{text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0}
.cover .municipality{font-size:1.25rem;font-weight:bold;margin:0}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1.5rem 0 0}
.cover dt{color:var(--muted)}.cover dd{margin:0}
.fictional{border:2px solid #a3390f;color:#a3390f;padding:.5rem .75rem;font-weight:bold}
nav ol{padding-left:1.25rem}
a{color:var(--accent)}
.note{color:var(--muted)}
.emphasis{font-weight:bold}
figure{margin:1.25rem 0;break-inside:avoid}
figcaption{font-weight:bold;margin-bottom:.5rem}
svg{width:100%;max-width:40rem;height:auto}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.95em;break-inside:avoid}
caption{text-align:left;color:var(--muted);padding-bottom:.25rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}
blockquote{margin:1rem 0;padding:.75rem 1rem;border-left:4px solid var(--accent);background:#f4f4f4;break-inside:avoid}
blockquote p{margin:.25rem 0}
blockquote footer{color:var(--muted);font-size:.9em}
.status{border:1px solid var(--line);padding:.5rem .75rem;margin:.75rem 0;break-inside:avoid}
.status .badge{display:inline-block;font-weight:bold;padding:0 .4rem;border:1px solid currentColor}
.tone-good{color:#1f6b3a}.tone-doubt{color:#7a5a00}.tone-bad{color:#a3390f}.tone-unknown{color:var(--muted)}
.status ul{margin:.25rem 0 0;color:var(--ink)}
@media print{body{max-width:none;padding:0}h2{break-before:page}h2,h3{break-after:avoid}nav{break-after:page}a{color:inherit;text-decoration:none}}
@page{size:A4;margin:2cm}
`;
}

export function renderHtml(doc: ReportDocument): string {
  const format = numberFormatter(doc.lang);
  let chartNo = 0;
  const block = (b: ReportBlock): string => {
    switch (b.kind) {
      case 'heading':
        return `<h3>${esc(b.text)}</h3>`;
      case 'paragraph':
        return `<p${b.emphasis ? ' class="emphasis"' : ''}>${esc(b.text)}</p>`;
      case 'note':
        return `<p class="note">${esc(b.text)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      case 'quote':
        return `<blockquote><p><strong>${esc(b.title)}</strong></p>${b.text
          .split(/\n+/)
          .map((p) => `<p>${esc(p)}</p>`)
          .join('')}${b.source ? `<footer>${esc(b.source)}</footer>` : ''}</blockquote>`;
      case 'table':
        return table(b.caption, b.head, b.rows);
      case 'status':
        return `<div class="status"><p><span class="badge tone-${b.tone}">${esc(b.status)}</span> ${esc(b.label)}</p>${b.detail.length ? `<ul>${b.detail.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}</div>`;
      case 'chart': {
        const id = `grafiek-${++chartNo}`;
        const scene = layoutChart(b.chart, doc.accent, format);
        const t = chartTable(b.chart, format);
        return (
          `<figure aria-labelledby="${id}-c"><figcaption id="${id}-c">${esc(b.chart.title)}</figcaption>${sceneToSvg(scene, { id, title: b.chart.title, desc: b.chart.description, fontFamily: 'Helvetica, Arial, sans-serif', hideShapes: true })}</figure>` +
          table(`${doc.labels.tableAlternative}: ${b.chart.title}`, t.head, t.rows)
        );
      }
    }
  };
  const c = doc.cover;
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} — ${esc(c.municipality)}</title>
<style>${css(doc.accent)}</style>
</head>
<body>
<header class="cover">
<p class="kind">${esc(doc.labels.documentKind)}</p>
<p class="municipality">${esc(c.municipality)}</p>
<h1>${esc(doc.title)}</h1>
${c.opgaveDescription ? `<p>${esc(c.opgaveDescription)}</p>` : ''}
<dl><dt>${esc(doc.labels.period)}</dt><dd>${esc(c.period)}</dd><dt>${esc(doc.labels.generatedOn)}</dt><dd>${esc(c.date)}</dd></dl>
${c.fictional ? `<p class="fictional" role="note">${esc(doc.labels.fictional)}</p>` : ''}
</header>
<nav aria-labelledby="inhoud"><h2 id="inhoud">${esc(doc.labels.contents)}</h2><ol>${doc.sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ol></nav>
<main>
${doc.sections.map((s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${esc(s.title)}</h2>\n${s.blocks.map(block).join('\n')}</section>`).join('\n')}
</main>
</body>
</html>
`;
}

function table(caption: string, head: string[], rows: string[][]): string {
  const numeric = head.map(
    (_, col) =>
      col > 0 &&
      rows.length > 0 &&
      rows.every((row) => /^[-−]?[\d.,]+%?$|^–$/.test(row[col] ?? '') || !/\d/.test(row[col] ?? '')) &&
      rows.some((row) => /\d/.test(row[col] ?? '')),
  );
  const cls = (col: number) => (numeric[col] ? ' class="num"' : '');
  return (
    `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`
  );
}
