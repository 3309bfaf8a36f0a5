// MonitorData (already suppressed for the council) → the report document both renderers draw.
// Pure: no I/O, so the same monitor always gives the same document.
import type { MonitorData } from '../domain/monitor/types.ts';
import type { ReportBlock, ReportDocument, ReportLang } from './document.ts';
import { actionBlocks, methodBlocks, theoryBlocks, warmColdBlocks } from './sections-council.ts';
import { indicatorBlocks, patternBlocks, quote, sectionContext, type SectionContext } from './sections.ts';
import { reportTexts } from './texts.ts';
import { indicatorMapBlocks, warmColdMapBlocks } from './sections-maps.ts';
import type { MonitorMaps } from '../domain/areas/maps.ts';

export interface DocumentOptions {
  lang?: ReportLang;
  /** The municipality's colour (tenants.settings.theme.accent); a safe default otherwise. */
  accent?: string;
  /** When the report is made (the cover date). */
  now?: Date;
  /** Choropleth maps where the area register has shapes (services/monitor/maps.ts, width 480). */
  maps?: MonitorMaps;
}

const DEFAULT_ACCENT = '#154273';

export function buildReportDocument(m: MonitorData, options: DocumentOptions = {}): ReportDocument {
  const lang = options.lang ?? 'nl';
  const t = reportTexts(lang);
  const c = sectionContext(lang, t);
  const period = m.period ?? t.vocabulary.allPeriods;
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(options.now ?? new Date());
  const s = t.sections;
  const sections = [
    { id: 'samenvatting', title: s.summary, blocks: summaryBlocks(m, c) },
    { id: 'cijfers', title: s.indicators, blocks: [...indicatorBlocks(m, c), ...indicatorMapBlocks(m, options.maps, c)] },
    { id: 'patronen', title: s.patterns, blocks: patternBlocks(m, c) },
    {
      id: 'verhalen',
      title: s.stories,
      blocks: m.curatedStories.length
        ? [{ kind: 'paragraph', text: t.stories.intro } as ReportBlock, ...m.curatedStories.map((story) => quote(story, c))]
        : [{ kind: 'note', text: t.stories.none } as ReportBlock],
    },
    ...seenSection(m, lang),
    { id: 'warm-koud', title: s.warmCold, blocks: [...warmColdBlocks(m, c), ...warmColdMapBlocks(m, options.maps, c)] },
    { id: 'verandertheorie', title: s.theory, blocks: theoryBlocks(m, c) },
    { id: 'afspraken', title: s.actions, blocks: actionBlocks(m, c) },
    { id: 'methode', title: s.method, blocks: methodBlocks(m, c) },
  ];
  return {
    lang,
    title: t.title(m.opgave.title, period),
    accent: options.accent && /^#[0-9a-f]{6}$/i.test(options.accent) ? options.accent : DEFAULT_ACCENT,
    cover: { municipality: m.tenant.name, opgave: m.opgave.title, opgaveDescription: m.opgave.description, period, date, fictional: m.tenant.fictional },
    labels: {
      documentKind: t.documentKind,
      contents: t.contents,
      page: t.page,
      tableAlternative: t.tableAlternative,
      fictional: t.fictional,
      generatedOn: t.generatedOn,
      period: t.period,
    },
    sections,
  };
}

function summaryBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t, lang } = c;
  const sum = m.summary;
  const a = sum.assumptions;
  const ind = sum.indicators;
  const indicatorCount = ind.better + ind.worse + ind.same + ind.unknown;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.summary.stories(c.fig(sum.stories)) },
    {
      kind: 'list',
      items: [
        `${t.summary.indicators(indicatorCount)} ${lang === 'nl' ? `Beter: ${ind.better}, slechter: ${ind.worse}, gelijk: ${ind.same}, geen oordeel: ${ind.unknown}.` : `Better: ${ind.better}, worse: ${ind.worse}, level: ${ind.same}, no judgement: ${ind.unknown}.`}`,
        t.summary.patterns(sum.patterns),
        t.summary.assumptions(a['houdt-stand'], a.twijfelachtig, a.weerlegd, a.onbekend),
        t.summary.actions(sum.actions.open, sum.actions.done),
      ],
    },
  ];
  if (m.patterns.length) {
    blocks.push({ kind: 'heading', text: lang === 'nl' ? 'Wat opvalt in de verhalen' : 'What stands out in the stories' });
    blocks.push({ kind: 'list', items: m.patterns.slice(0, 3).map((p) => p.sentence[lang]) });
  }
  if (m.suppressionApplied) blocks.push({ kind: 'note', text: t.summary.suppression(m.threshold) });
  return blocks;
}

/** "Wat we zagen": the analysts' observations in words only (MonitorData.seen has no figures). */
function seenSection(m: MonitorData, lang: ReportLang): { id: string; title: string; blocks: ReportBlock[] }[] {
  if (!m.seen.length) return [];
  const nl = lang === 'nl';
  const strength = { sterk: nl ? 'sterk' : 'strong', middel: nl ? 'middel' : 'medium', zwak: nl ? 'zwak' : 'weak' };
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: nl
        ? 'Observaties van de analisten, elk met minstens twee mogelijke verklaringen (duidingen). Er staan hier bewust geen aantallen bij.'
        : "The analysts' observations, each with at least two possible explanations (interpretations). On purpose, no counts are given here.",
    },
  ];
  for (const o of m.seen) {
    blocks.push({ kind: 'heading', text: o.title }, { kind: 'note', text: `${nl ? 'Sterkte' : 'Strength'}: ${strength[o.strength]}` });
    for (const paragraph of o.body.split(/\n{2,}/).filter((p) => p.trim())) blocks.push({ kind: 'paragraph', text: paragraph });
    blocks.push({
      kind: 'list',
      items: o.interpretations.map((i) => (i.perspective ? `${i.text} (${nl ? 'perspectief' : 'perspective'}: ${i.perspective})` : i.text)),
    });
  }
  return [{ id: 'wat-we-zagen', title: nl ? 'Wat we zagen' : 'What we saw', blocks }];
}
