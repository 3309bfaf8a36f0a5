// The parts both renderers share: WinAnsi replacement, chart layout, and the HTML document.
import { describe, expect, it } from 'vitest';
import { niceMax } from '../../../src/domain/charts/scene.ts';
import { layoutChart } from '../../../src/reports/report-chart.ts';
import { renderHtml } from '../../../src/reports/html.ts';
import { isWinAnsi, toWinAnsi } from '../../../src/reports/win-ansi.ts';
import { sampleDocument } from './sample-document.ts';

describe('toWinAnsi', () => {
  it('keeps Dutch letters, the euro sign and curly quotes', () => {
    const dutch = 'één, ruïne, café, coördinatie, € 5, ‘a’ “b” – c — d …';
    expect(toWinAnsi(dutch)).toBe(dutch);
  });
  it('replaces what Helvetica cannot show, readably', () => {
    expect(toWinAnsi('ρ ≥ 0,3 − ĳs')).toBe('rho >= 0,3 - ijs');
    expect(toWinAnsi('Łódź ő')).toBe('?ódz o');
    expect(toWinAnsi('ok 😀')).toBe('ok ?');
    for (const char of toWinAnsi('ρχ≈→ĲŁ😀\u200b')) expect(isWinAnsi(char.codePointAt(0)!)).toBe(true);
  });
});

describe('chart layout', () => {
  it('rounds the axis up to a readable maximum', () => {
    expect(niceMax(7.3)).toBe(10);
    expect(niceMax(42)).toBe(50);
    expect(niceMax(0.29)).toBe(0.5);
    expect(niceMax(0)).toBe(1);
  });
  it('draws no bar for a suppressed value, only its words', () => {
    const scene = layoutChart(
      {
        kind: 'bars',
        title: 't',
        description: 'd',
        unit: '',
        categoryLabel: 'Wijk',
        categories: ['A', 'B'],
        series: [{ name: 's', values: [12, 'te weinig verhalen'] }],
      },
      '#154273',
      String,
    );
    expect(scene.shapes.filter((s) => s.kind === 'rect')).toHaveLength(1);
    expect(scene.shapes.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text)).toEqual(['A', '12', 'B', 'te weinig verhalen']);
  });
  it('breaks a line at a missing value instead of drawing zero', () => {
    const scene = layoutChart(
      {
        kind: 'lines',
        title: 't',
        description: 'd',
        unit: '',
        categoryLabel: 'Jaar',
        categories: ['1', '2', '3', '4'],
        series: [{ name: 's', values: [1, 2, 'geen cijfer', 4] }],
      },
      '#154273',
      String,
    );
    expect(scene.shapes.filter((s) => s.kind === 'polyline')).toHaveLength(1);
    expect(scene.shapes.filter((s) => s.kind === 'circle')).toHaveLength(3);
  });
});

describe('HTML report', () => {
  it('is one self-contained document: language, inline style, SVG charts with tables, no scripts', () => {
    const html = renderHtml(sampleDocument());
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(html).toContain('<caption>Tabel bij de grafiek: Verhalen per wijk</caption>');
    expect(html).toContain('<td class="num">te weinig verhalen</td>');
    expect(html).toContain('Fictief');
  });
  it('escapes story text', () => {
    const doc = sampleDocument();
    doc.sections[2].blocks.unshift({ kind: 'quote', title: '<b>x</b>', text: '<script>alert(1)</script> & "y"', source: '' });
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;y&quot;');
  });
  it('uses only a valid colour as the accent', () => {
    const doc = sampleDocument();
    doc.accent = 'red;}</style><script>';
    expect(renderHtml(doc)).toContain('--accent:#154273');
  });
});
