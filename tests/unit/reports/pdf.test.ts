// The PDF writer: real text (extracted with pdfjs-dist, as a reader or screen reader gets it),
// Dutch characters through WinAnsi, headings tagged, metadata, contents and page numbers.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/reports/pdf.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { sampleDocument } from './sample-document.ts';

describe('PDF report writer', () => {
  it('writes selectable text with the title, every section heading and Dutch characters', async () => {
    const pdf = await renderPdf(sampleDocument());
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const { pages, title, lang } = await pdfText(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Raadsrapportage Zo thuis mogelijk, 2026');
    for (const heading of ['Samenvatting', 'De cijfers', 'Verhalen uit de praktijk', 'Inhoud']) expect(text).toContain(heading);
    // WinAnsi carries these; the characters it cannot carry are replaced, never dropped silently.
    expect(text).toContain('Kosten € 1.250 voor ‘zorg’ en “hulp” — geëvalueerd; rho >= 0,5 ijs');
    expect(text).toContain('Fictief');
    expect(title).toBe('Raadsrapportage Zo thuis mogelijk, 2026');
    expect(lang).toBe('nl-NL');
  });

  it('tags the structure, lists the contents with page numbers and numbers every page', async () => {
    const { pages, structure } = await pdfText(await renderPdf(sampleDocument()));
    expect(structure.slice(0, 2)).toEqual(['Root', 'Document']);
    expect(structure).toContain('H1');
    // Cover, contents, then one page per section (3).
    expect(pages).toHaveLength(5);
    expect(pages[1]).toMatch(/Samenvatting 3\s/);
    expect(pages[1]).toMatch(/Verhalen uit de praktijk 5\s/);
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van 5`));
  });

  it('draws each chart and its table alternative, with the suppressed value as words', async () => {
    const { pages } = await pdfText(await renderPdf(sampleDocument()));
    const figures = pages[3];
    expect(figures).toContain('Tabel bij de grafiek: Verhalen per wijk');
    expect(figures).toMatch(/Kleine Wijk te weinig verhalen/);
    expect(figures).toMatch(/2024 7,5 6/);
  });

  it('gives the same bytes for the same document apart from dates and ids', async () => {
    const a = await renderPdf(sampleDocument());
    const b = await renderPdf(sampleDocument());
    expect(Math.abs(a.length - b.length)).toBeLessThan(64);
  });
});
