// Warm × cold, theory of change, actions and the method appendix as report blocks.
import type { AssumptionStatus, MonitorData } from '../domain/monitor/types.ts';
import type { ReportBlock } from './document.ts';
import type { SectionContext } from './sections.ts';

export function warmColdBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t, lang } = c;
  if (!m.warmCold.available || !m.warmCold.links.length) return [{ kind: 'note', text: t.warmCold.none }];
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.warmCold.intro },
    { kind: 'note', text: t.warmCold.ecological },
  ];
  for (const link of m.warmCold.links) {
    const measure = link.aggregate === 'median' ? (lang === 'nl' ? 'mediaan' : 'median') : lang === 'nl' ? 'aandeel' : 'share';
    blocks.push({ kind: 'heading', text: `${link.storyVariable.label[lang]} × ${link.indicator.name}` });
    // Test name and q: in the appendix (methodBlocks).
    const rho =
      link.rho === null ? '' : ` ${t.warmCold.correlation(c.format(Number(link.rho.toFixed(2))), link.strength?.[lang] ?? '', t.warmCold.areas(link.nAreas))}`;
    const caveats = [link.significant ? '' : ` ${t.warmCold.notSignificant}`, link.fewAreas ? ` ${t.warmCold.fewAreas(link.nAreas)}` : ''].join('');
    blocks.push({ kind: 'note', text: `${link.period}.${rho}${caveats}` });
    const cols = t.warmCold.columns;
    blocks.push({
      kind: 'table',
      caption: `${link.storyVariable.label[lang]} (${measure}) ${lang === 'nl' ? 'naast' : 'next to'} ${link.indicator.name}, ${link.period}`,
      head: [cols.area, cols.stories, `${cols.warm} (${measure})`, `${cols.cold}${link.indicator.unit ? ` (${link.indicator.unit})` : ''}`, cols.verdict],
      rows: link.areas.map((a) => [
        a.name,
        c.fig(a.stories),
        c.fig(a.storyValue),
        a.indicatorValue === null ? t.missing : c.fig(a.indicatorValue),
        t.vocabulary.agreement[a.agreement] ?? a.agreement,
      ]),
    });
  }
  return blocks;
}

const TONE: Record<AssumptionStatus, 'good' | 'doubt' | 'bad' | 'unknown'> = {
  'houdt-stand': 'good',
  twijfelachtig: 'doubt',
  weerlegd: 'bad',
  onbekend: 'unknown',
};

export function theoryBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t } = c;
  if (!m.theoryOfChange.length) return [{ kind: 'note', text: t.theory.none }];
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.theory.intro }];
  for (const statement of m.theoryOfChange) {
    blocks.push({ kind: 'heading', text: statement.text });
    const linked = [...statement.indicators, ...statement.questions];
    const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
    const about = [
      statement.buildingBlock ? `Kwaliteitskompas: ${statement.buildingBlock.replace(/-/g, ' ')}.` : '',
      linked.length ? sentence(`${c.lang === 'nl' ? 'Gekoppeld' : 'Linked'}: ${linked.join('; ')}`) : '',
    ];
    if (about.some(Boolean)) blocks.push({ kind: 'note', text: about.filter(Boolean).join(' ') });
    for (const a of statement.assumptions) {
      const detail = [
        ...(a.note ? [a.note] : []),
        ...(a.evidence.length
          ? a.evidence.map(
              (e) =>
                `${t.theory.evidence}: ${e.label}${e.stats ? ` (${t.patterns.groupStories(c.fig(e.stats.n), typeof e.stats.n === 'number')})` : ''}${e.notSignificant ? ` — ${t.patterns.notSignificant}` : ''}`,
            )
          : [`${t.theory.evidence}: ${t.theory.noEvidence}`]),
      ];
      blocks.push({
        kind: 'status',
        label: `${t.theory.assumption}: ${a.text}`,
        status: t.theory.status[a.status] ?? a.status,
        tone: TONE[a.status] ?? 'unknown',
        detail,
      });
    }
  }
  return blocks;
}

export function actionBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t } = c;
  if (!m.actions.length) return [{ kind: 'note', text: t.actions.none }];
  const cols = t.actions.columns;
  return [
    { kind: 'paragraph', text: t.actions.intro },
    {
      kind: 'table',
      caption: t.sections.actions,
      head: [cols.action, cols.owner, cols.due, cols.status, cols.followUp],
      rows: m.actions.map((a) => [
        `${a.description} (${t.vocabulary.actionKind[a.kind] ?? a.kind}; ${t.vocabulary.learningLevel[a.learningLevel] ?? a.learningLevel})`,
        a.owner,
        a.dueOn ? dateText(a.dueOn, c) : '–',
        t.vocabulary.actionStatus[a.status] ?? a.status,
        a.followUp || '–',
      ]),
    },
  ];
}

export function methodBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t, lang } = c;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.method.intro },
    { kind: 'paragraph', text: t.method.stories(c.fig(m.method.stories)) },
  ];
  if (m.method.channels.length) {
    blocks.push({
      kind: 'table',
      caption: t.method.channels,
      head: [t.method.channels, lang === 'nl' ? 'Soort' : 'Kind', lang === 'nl' ? 'Verhalen' : 'Stories'],
      rows: m.method.channels.map((ch) => [ch.title, t.vocabulary.mode[ch.mode] ?? ch.mode, c.fig(ch.stories)]),
    });
  }
  blocks.push({
    kind: 'table',
    caption: lang === 'nl' ? 'Patronen en verhalen' : 'Patterns and stories',
    head: [t.method.counts.label, t.method.counts.value],
    rows: [
      [lang === 'nl' ? 'Getoetste verbanden' : 'Relations tested', c.format(m.method.patternsScanned)],
      [lang === 'nl' ? 'Patronen na correctie' : 'Patterns after correction', c.format(m.method.significantPatterns)],
      [lang === 'nl' ? 'Patronen in dit rapport' : 'Patterns in this report', c.format(m.patterns.length)],
      [lang === 'nl' ? 'Geciteerde verhalen' : 'Stories quoted', c.format(m.method.curatedStories)],
    ],
  });
  blocks.push({ kind: 'heading', text: lang === 'nl' ? 'Kleine groepen' : 'Small groups' });
  blocks.push({ kind: 'paragraph', text: t.method.threshold(m.threshold) });
  if (m.suppressions.length) {
    blocks.push({ kind: 'paragraph', text: t.method.suppressed(m.suppressions.length) });
  }
  blocks.push({ kind: 'heading', text: t.method.testsTitle });
  blocks.push({ kind: 'list', items: t.method.tests });
  if (m.method.tests.length) {
    const used = m.method.tests.map((x) => t.vocabulary.test[x] ?? x).join(', ');
    blocks.push({ kind: 'note', text: lang === 'nl' ? `Bij de patronen in dit rapport: ${used}.` : `Behind the patterns in this report: ${used}.` });
  }
  const figures = [
    ...m.patterns.map((p) => [
      `${p.a.label[lang]} × ${p.b.label[lang]}`,
      t.vocabulary.test[p.test] ?? p.test,
      `${t.method.measures[p.effect.name] ?? p.effect.name} = ${p.effect.value === null ? '–' : c.format(Number(p.effect.value.toFixed(2)))}`,
      p.q === null ? '–' : c.formatP(p.q).replace(/^= /, ''),
    ]),
    ...(m.warmCold.available ? m.warmCold.links : [])
      .filter((l) => l.rho !== null)
      .map((l) => [
        `${l.storyVariable.label[lang]} × ${l.indicator.name}`,
        t.vocabulary.test.spearman,
        `${t.method.measures.rho} = ${c.format(Number(l.rho!.toFixed(2)))}`,
        l.q === null ? '–' : c.formatP(l.q).replace(/^= /, ''),
      ]),
    // Patterns cited as evidence for an assumption (their q is not in the theory section's text).
    ...m.theoryOfChange
      .flatMap((s) => s.assumptions.flatMap((a) => a.evidence))
      .filter((e) => e.stats)
      .map((e) => [
        e.label,
        t.vocabulary.test[e.stats!.test] ?? e.stats!.test,
        `${t.method.measures[e.stats!.effect.name] ?? e.stats!.effect.name} = ${e.stats!.effect.value === null ? '–' : c.format(Number(e.stats!.effect.value.toFixed(2)))}`,
        e.stats!.q === null ? '–' : c.formatP(e.stats!.q).replace(/^= /, ''),
      ]),
  ];
  if (figures.length) {
    blocks.push({ kind: 'heading', text: t.method.figuresTitle });
    blocks.push({ kind: 'paragraph', text: t.method.figuresIntro });
    blocks.push({ kind: 'table', caption: t.method.figuresTitle, head: t.method.figuresHead, rows: figures });
  }
  blocks.push({ kind: 'heading', text: lang === 'nl' ? 'Momentopname' : 'Snapshot' });
  blocks.push({ kind: 'paragraph', text: t.method.snapshot });
  return blocks;
}

/** "2026-06-01" → "1 juni 2026" (a date without time: no time zone shift). */
function dateText(iso: string, c: SectionContext): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(c.lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
