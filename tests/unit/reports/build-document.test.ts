// MonitorData → report document: every section in order, suppressed markers as words (never a
// number), missing indicator values as "geen cijfer", and both languages.
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../src/reports/build-document.ts';
import { renderHtml } from '../../../src/reports/html.ts';
import type { MonitorData } from '../../../src/domain/monitor/types.ts';

const S = { suppressed: true } as const;
const label = (nl: string) => ({ nl, en: nl });

function monitor(): MonitorData {
  return {
    format: 'duiding.monitor/v1',
    generatedAt: '2026-11-25T10:00:00Z',
    tenant: { name: 'Gemeente Proef', fictional: false },
    opgave: { key: 'proef', title: 'Iedereen telt mee', description: 'Een opgave.', domain: 'jeugd' },
    period: '2026',
    threshold: 5,
    suppressionApplied: true,
    summary: {
      stories: 120,
      indicators: { better: 1, worse: 0, same: 0, unknown: 0 },
      patterns: 1,
      assumptions: { 'houdt-stand': 1, twijfelachtig: 0, weerlegd: 0, onbekend: 0 },
      actions: { open: 1, done: 0 },
    },
    indicators: [
      {
        key: 'wacht',
        name: 'Wachttijd',
        unit: 'weken',
        direction: 'down',
        source: 'CBS',
        definition: 'Weken wachten.',
        periods: ['2025', '2026'],
        whole: {
          area: null,
          points: [
            { period: '2025', value: 9 },
            { period: '2026', value: 7 },
          ],
          trend: { from: '2025', to: '2026', change: -2, judgement: 'better' },
        },
        areas: [
          {
            area: { code: 'WK1', name: 'Noord' },
            points: [
              { period: '2025', value: 8 },
              { period: '2026', value: null },
            ],
            trend: null,
          },
          {
            area: { code: 'WK2', name: 'Klein' },
            points: [
              { period: '2025', value: S },
              { period: '2026', value: 6.5 },
            ],
            trend: null,
          },
        ],
      },
    ],
    patterns: [
      {
        key: 'gehoord|wijk',
        a: { key: 'gehoord', label: label('Gehoord') },
        b: { key: 'wijk', label: label('Wijk') },
        test: 'kruskal-wallis',
        n: 120,
        q: 0.0004,
        effect: { name: 'epsilon2', value: 0.2 },
        strength: { word: 'sterk', label: { nl: 'sterk', en: 'strong' }, convention: 'Cohen (1988)' },
        significant: true,
        sentence: label('Gehoord verschilt per wijk.'),
        chart: {
          kind: 'groups',
          higher: null,
          groups: [
            { label: label('Noord'), n: 117, median: 61 },
            { label: label('Klein'), n: S, median: S },
          ],
        },
        stories: [{ id: 'c1', title: 'Gehoord', text: 'Ze luisterden.', note: 'Typisch.', patternKey: 'gehoord|wijk', collectedYear: 2026 }],
      },
    ],
    curatedStories: [],
    warmCold: {
      available: true,
      reason: null,
      links: [
        {
          storyVariable: { key: 'gehoord', label: label('Gehoord') },
          aggregate: 'median',
          indicator: { key: 'wacht', name: 'Wachttijd', unit: 'weken', direction: 'down' },
          rho: -0.6,
          q: 0.04,
          significant: true,
          nAreas: 6,
          fewAreas: true,
          strength: { nl: 'sterk', en: 'strong' },
          period: '2026',
          areas: [
            { code: 'WK1', name: 'Noord', stories: 117, storyValue: 61, indicatorValue: 7, agreement: 'agree' },
            { code: 'WK2', name: 'Klein', stories: S, storyValue: S, indicatorValue: 6.5, agreement: 'unclear' },
          ],
        },
      ],
    },
    theoryOfChange: [
      {
        id: 's1',
        text: 'Als wij luisteren, voelen mensen zich gehoord.',
        buildingBlock: 'samenwerking',
        indicators: ['Wachttijd'],
        questions: [],
        assumptions: [
          {
            id: 'a1',
            text: 'Luisteren helpt.',
            status: 'houdt-stand',
            note: 'Blijkt uit de verhalen.',
            evidence: [{ kind: 'pattern', label: 'Gehoord × wijk' }],
            changedAt: null,
          },
        ],
      },
    ],
    seen: [],
    actions: [
      {
        id: 'x',
        kind: 'praktijk',
        description: 'Spreekuur',
        owner: 'Wijkteam',
        dueOn: '2026-06-01',
        learningLevel: 1,
        status: 'open',
        followUp: '',
        dialogue: { title: 'Dialoog', kind: 'sensemaking', heldOn: null },
      },
    ],
    method: {
      stories: 120,
      questionnaires: ['q'],
      channels: [
        { title: 'Online', mode: 'self', stories: 118 },
        { title: 'Gesprek', mode: 'interview', stories: S },
      ],
      tests: ['kruskal-wallis'],
      patternsScanned: 10,
      significantPatterns: 1,
      curatedStories: 1,
    },
    suppressions: [
      { section: 'patterns', label: 'Klein' },
      { section: 'method', label: 'Gesprek' },
    ],
  };
}

describe('report document from the monitor', () => {
  it('has the sections in order and the cover facts', () => {
    const doc = buildReportDocument(monitor(), { now: new Date('2026-11-25T10:00:00Z') });
    expect(doc.title).toBe('Raadsrapportage Iedereen telt mee, 2026');
    expect(doc.cover).toMatchObject({ municipality: 'Gemeente Proef', period: '2026', date: '25 november 2026', fictional: false });
    expect(doc.sections.map((s) => s.id)).toEqual(['samenvatting', 'cijfers', 'patronen', 'verhalen', 'warm-koud', 'verandertheorie', 'afspraken', 'methode']);
  });

  it('prints a suppressed figure as words and a missing value as "geen cijfer", never as a number', () => {
    const html = renderHtml(buildReportDocument(monitor()));
    expect(html).toContain('<th scope="row">Klein (te weinig verhalen)</th><td class="num">te weinig verhalen</td>');
    expect(html).toContain(
      '<th scope="row">Klein</th><td class="num">te weinig verhalen</td><td class="num">te weinig verhalen</td><td class="num">6,5</td><td>geen duidelijk beeld</td>',
    );
    expect(html).toContain('<th scope="row">Klein</th><td class="num">te weinig verhalen</td><td class="num">6,5</td>');
    expect(html).toMatch(/<th scope="row">Noord<\/th><td class="num">8<\/td><td class="num">geen cijfer<\/td>/);
    expect(html).toContain('<th scope="row">Gesprek</th><td>interview</td><td class="num">te weinig verhalen</td>');
    expect(html).toContain('In dit rapport zijn 2 cijfers om die reden weggelaten.');
    expect(html).not.toMatch(/\[object Object\]|NaN|undefined/);
  });

  it('states the trend against the target direction, the assumption status and the action date', () => {
    const html = renderHtml(buildReportDocument(monitor()));
    expect(html).toContain('Van 2025 naar 2026: -2, gaat de goede kant op.');
    expect(html).toContain('houdt stand</span> Aanname: Luisteren helpt.');
    expect(html).toContain('1 juni 2026');
    // Plain words in the text (issue 17); test names and q only in the appendix's table.
    expect(html).toContain('Samenhang over 6 wijken: -0,6 (sterk, op een schaal van −1 tot 1). Let op: maar 6 wijken.');
    expect(html).toContain('<tr><th scope="row">Gehoord × Wijk</th><td>Kruskal–Wallis</td><td>ε² = 0,2</td><td>&lt; 0,001</td></tr>');
    expect(html).toContain('<td>ρ (Spearman) = -0,6</td><td>0,04</td>');
    const body = html.slice(0, html.indexOf('Bijlage: zo is dit rapport gemaakt</h2>'));
    expect(body).not.toMatch(/Kruskal|Spearman|ε²|ρ|\bq [=<]/);
    expect(html).toContain('niet over de mensen die er wonen');
    expect(html).toContain('niet dat het een het ander veroorzaakt');
    expect(html).toContain('Een sterk verschil (sterkte 0,2). Gebaseerd op');
  });

  it('writes English when asked', () => {
    const doc = buildReportDocument(monitor(), { lang: 'en' });
    expect(doc.title).toBe('Council report Iedereen telt mee, 2026');
    expect(renderHtml(doc)).toContain('too few stories');
  });
});
