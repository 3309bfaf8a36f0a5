// The report as a tagged PDF, in pure JavaScript (pdfkit, built-in Helvetica): selectable text,
// headings as H1/H2/H3 structure elements, charts as vector Figures with alternative text, a
// table of contents, bookmarks, page numbers (marked as artifacts), title and language metadata.
import type PDFKitDocument from 'pdfkit';
import { layoutChart } from './report-chart.ts';
import { chartTable, numberFormatter } from './chart-table.ts';
import type { ReportBlock, ReportDocument } from './document.ts';
import { drawScene } from './pdf-chart.ts';
import { toWinAnsi as T } from './win-ansi.ts';

const MARGIN = 60;
const INK = '#1a1a1a';
const MUTED = '#595959';
const TONES = { good: '#1f6b3a', doubt: '#7a5a00', bad: '#a3390f', unknown: MUTED } as const;
const HEX = /^#[0-9a-f]{6}$/i;

type Struct = PDFKit.PDFStructureElement;

export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const accent = HEX.test(report.accent) ? report.accent : '#154273';
  // Loaded on first use: pdfkit and its fonts take over half a second to load, which every
  // `duiding` command and the server's start paid while it was a static import.
  const PDFDocument = ((await import('pdfkit')) as unknown as { default: typeof PDFKitDocument }).default;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: report.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    font: 'Helvetica',
    info: { Title: report.title, Author: report.cover.municipality, Subject: report.cover.opgave, Creator: 'Duiding', Keywords: report.cover.period },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const root = doc.struct('Document');
  doc.addStructure(root);
  const format = numberFormatter(report.lang);
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;

  const text = (parent: Struct, tag: string, value: string, style: { font?: string; size?: number; color?: string; gap?: number; indent?: number } = {}) => {
    parent.add(
      doc.struct(tag, {}, () => {
        doc
          .font(style.font ?? 'Helvetica')
          .fontSize(style.size ?? 10.5)
          .fillColor(style.color ?? INK);
        doc.text(T(value), MARGIN + (style.indent ?? 0), doc.y, { width: width - (style.indent ?? 0), lineGap: 2 });
      }),
    );
    doc.y += style.gap ?? 6;
  };
  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  };

  // Cover: an accent band (decoration, so an artifact) and the facts a reader needs first.
  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(0, 0, 18, doc.page.height).fill(accent);
  doc.endMarkedContent();
  doc.y = 150;
  text(root, 'P', report.labels.documentKind.toUpperCase(), { size: 11, color: MUTED, gap: 4 });
  text(root, 'P', report.cover.municipality, { font: 'Helvetica-Bold', size: 16, gap: 18 });
  text(root, 'H1', report.title, { font: 'Helvetica-Bold', size: 28, color: accent, gap: 16 });
  if (report.cover.opgaveDescription) text(root, 'P', report.cover.opgaveDescription, { size: 12, gap: 20 });
  text(root, 'P', `${report.labels.period}: ${report.cover.period}`, { size: 12, gap: 2 });
  text(root, 'P', `${report.labels.generatedOn}: ${report.cover.date}`, { size: 12, gap: 20 });
  if (report.cover.fictional) {
    const y = doc.y;
    text(root, 'P', report.labels.fictional, { font: 'Helvetica-Bold', size: 11, color: '#a3390f', indent: 8 });
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .rect(MARGIN, y - 6, width, doc.y - y + 2)
      .lineWidth(1.5)
      .stroke('#a3390f');
    doc.endMarkedContent();
  }

  // Contents: the page is reserved now and filled in at the end, when page numbers are known.
  doc.addPage();
  const contentsPage = pageIndex();
  const contents = doc.struct('TOC');
  root.add(contents);
  const entries: { title: string; page: number }[] = [];

  for (const section of report.sections) {
    doc.addPage();
    entries.push({ title: section.title, page: pageIndex() });
    doc.outline.addItem(T(section.title));
    text(root, 'H2', section.title, { font: 'Helvetica-Bold', size: 18, color: accent, gap: 10 });
    for (const block of section.blocks) renderBlock(block);
  }

  function renderBlock(block: ReportBlock) {
    switch (block.kind) {
      case 'heading':
        ensureSpace(80);
        doc.y += 6;
        text(root, 'H3', block.text, { font: 'Helvetica-Bold', size: 13, color: accent, gap: 6 });
        return;
      case 'paragraph':
        text(root, 'P', block.text, { font: block.emphasis ? 'Helvetica-Bold' : 'Helvetica' });
        return;
      case 'note':
        text(root, 'P', block.text, { color: MUTED, size: 9.5 });
        return;
      case 'list': {
        const list = doc.struct('L');
        root.add(list);
        for (const item of block.items) text(list, 'LI', `•  ${item}`, { indent: 8, gap: 2 });
        list.end();
        doc.y += 4;
        return;
      }
      case 'quote': {
        ensureSpace(60);
        const quote = doc.struct('BlockQuote');
        root.add(quote);
        const top = doc.y;
        text(quote, 'P', block.title, { font: 'Helvetica-Bold', indent: 14, gap: 2 });
        for (const part of block.text.split(/\n+/)) text(quote, 'P', part, { font: 'Helvetica-Oblique', indent: 14, gap: 2 });
        if (block.source) text(quote, 'P', block.source, { size: 9, color: MUTED, indent: 14, gap: 2 });
        quote.end();
        // The bar only when the quote stayed on one page; otherwise it would cross the break.
        if (doc.y > top) {
          doc.markContent('Artifact', { type: 'Layout' });
          doc.rect(MARGIN, top - 2, 3, doc.y - top).fill(accent);
          doc.endMarkedContent();
        }
        doc.y += 8;
        return;
      }
      case 'status': {
        ensureSpace(50);
        text(root, 'P', `${block.status.toUpperCase()} — ${block.label}`, { font: 'Helvetica-Bold', color: TONES[block.tone], gap: 2 });
        if (block.detail.length) {
          const list = doc.struct('L');
          root.add(list);
          for (const d of block.detail) text(list, 'LI', `–  ${d}`, { indent: 12, size: 9.5, gap: 1 });
          list.end();
        }
        doc.y += 8;
        return;
      }
      case 'table':
        table(block.caption, block.head, block.rows);
        return;
      case 'chart': {
        const scene = layoutChart(block.chart, accent, format);
        const scale = Math.min(1, width / scene.width);
        const height = scene.height * scale;
        ensureSpace(height + 40);
        text(root, 'Caption', block.chart.title, { font: 'Helvetica-Bold', gap: 4 });
        const top = doc.y;
        root.add(doc.struct('Figure', { alt: T(block.chart.description) }, () => drawScene(doc, scene, MARGIN, top, scale)));
        doc.x = MARGIN;
        doc.y = top + height + 6;
        const t = chartTable(block.chart, format);
        table(`${report.labels.tableAlternative}: ${block.chart.title}`, t.head, t.rows);
        return;
      }
    }
  }

  function table(caption: string, head: string[], rows: string[][]) {
    ensureSpace(60);
    text(root, 'P', caption, { size: 9, color: MUTED, gap: 2 });
    const cell = (value: string, header: boolean, scope: 'column' | 'row') => ({
      text: T(value),
      type: header ? ('TH' as const) : ('TD' as const),
      scope,
      font: { src: header ? 'Helvetica-Bold' : 'Helvetica', size: 9 },
    });
    const data = [head.map((h) => cell(h, true, 'column')), ...rows.map((row) => row.map((v, i) => cell(v, i === 0, 'row')))];
    doc.table({
      position: { x: MARGIN, y: doc.y },
      maxWidth: width,
      data,
      // Wide tables: the first column (what a row is about) gets a third of the width.
      columnStyles: head.length >= 4 ? (i: number) => (i === 0 ? { width: width / 3 } : { width: (width * 2) / 3 / (head.length - 1) }) : undefined,
      structParent: root,
      defaultStyle: { border: { bottom: 0.5, top: 0, left: 0, right: 0 }, borderColor: '#d0d0d0', padding: [3, 4, 3, 4] },
    } as PDFKit.Mixins.TableOptionsWithData);
    doc.x = MARGIN;
    doc.y += 10;
  }

  // Fill in the contents page, then number every page (artifacts: not part of the reading order).
  doc.switchToPage(contentsPage);
  doc.y = MARGIN;
  text(contents, 'H2', report.labels.contents, { font: 'Helvetica-Bold', size: 18, color: accent, gap: 12 });
  for (const entry of entries) {
    contents.add(
      doc.struct('TOCI', {}, () => {
        const y = doc.y;
        doc.font('Helvetica').fontSize(11).fillColor(INK);
        doc.text(T(entry.title), MARGIN, y, { width: width - 40, lineBreak: false });
        doc.text(String(entry.page + 1), MARGIN, y, { width, align: 'right', lineBreak: false });
        doc.y = y + 20;
      }),
    );
  }
  contents.end();
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.markContent('Artifact', { type: 'Pagination' });
    // Writing below the bottom margin must not add a page: lift the margin while we do.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED);
    doc.text(T(`${report.cover.municipality} · ${report.title}`), MARGIN, doc.page.height - 40, { width: width - 80, lineBreak: false });
    doc.text(T(report.labels.page(i + 1, range.count)), MARGIN, doc.page.height - 40, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.endMarkedContent();
  }
  root.end();
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
