// A hand-made report document with every block kind and the characters WinAnsi must carry.
import type { ReportDocument } from '../../../src/reports/document.ts';
import { reportTextsNl as t } from '../../../src/reports/texts.ts';

export function sampleDocument(): ReportDocument {
  return {
    lang: 'nl',
    title: t.title('Zo thuis mogelijk', '2026'),
    accent: '#154273',
    cover: {
      municipality: 'Gemeente Voorbeeld',
      opgave: 'Zo thuis mogelijk',
      opgaveDescription: 'Kinderen en jongeren groeien zo thuis mogelijk op.',
      period: '2026',
      date: '25 november 2026',
      fictional: true,
    },
    labels: {
      documentKind: t.documentKind,
      contents: t.contents,
      page: t.page,
      tableAlternative: t.tableAlternative,
      fictional: t.fictional,
      generatedOn: t.generatedOn,
      period: t.period,
    },
    sections: [
      {
        id: 'samenvatting',
        title: t.sections.summary,
        blocks: [{ kind: 'paragraph', text: 'Kosten € 1.250 voor ‘zorg’ en “hulp” — geëvalueerd; ρ ≥ 0,5 ĳs' }],
      },
      {
        id: 'cijfers',
        title: t.sections.indicators,
        blocks: [
          { kind: 'heading', text: 'Wachttijd jeugdhulp' },
          {
            kind: 'chart',
            chart: {
              kind: 'lines',
              title: 'Wachttijd in weken',
              description: 'Lijn per jaar',
              unit: 'weken',
              categoryLabel: 'Jaar',
              categories: ['2023', '2024', '2025'],
              series: [
                { name: 'Hele gemeente', values: [8, 7.5, t.tooFew] },
                { name: 'Noord', values: [9, 6, 5] },
              ],
            },
          },
          {
            kind: 'chart',
            chart: {
              kind: 'bars',
              title: 'Verhalen per wijk',
              description: 'Staaf per wijk',
              unit: '',
              categoryLabel: 'Wijk',
              categories: ['Noord', 'Zuid', 'Kleine Wijk'],
              series: [{ name: 'Aantal', values: [40, 22, t.tooFew] }],
            },
          },
        ],
      },
      {
        id: 'verhalen',
        title: t.sections.stories,
        blocks: [
          { kind: 'quote', title: 'Eindelijk gehoord', text: 'De wijkcoach luisterde echt.\nDat hielp.', source: 'Ouder, wijk Noord' },
          { kind: 'status', label: 'Ouders weten de weg', status: 'twijfelachtig', tone: 'doubt', detail: ['Patroon: gehoord × rol'] },
          { kind: 'list', items: ['eerste punt', 'tweede punt'] },
          { kind: 'table', caption: 'Afspraken', head: ['Afspraak', 'Wie'], rows: [['Wachtlijst halveren', 'Team jeugd']] },
          { kind: 'note', text: 'Een kleine noot.' },
        ],
      },
    ],
  };
}
