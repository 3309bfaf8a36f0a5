// The monitor's first screen (counts a council member takes in at a glance) and the theory of
// change as the monitor shows it: every assumption with its status, the latest evidence and note.
import { count, type Figure, type SuppressionPolicy } from '../../domain/privacy/suppression.ts';
import type { ActionView, TheoryOfChange } from '../opgaven.ts';
import type { AssumptionStatus, EvidenceView, MonitorIndicator, MonitorPattern, MonitorSummary, TocStatementView } from '../../domain/monitor/types.ts';

const DONE = ['afgerond', 'vervallen'];

export function summaryOf(input: {
  stories: Figure;
  indicators: MonitorIndicator[];
  patterns: MonitorPattern[];
  theory: TocStatementView[];
  actions: ActionView[];
}): MonitorSummary {
  const indicators = { better: 0, worse: 0, same: 0, unknown: 0 };
  for (const i of input.indicators) indicators[i.whole?.trend?.judgement ?? 'unknown']++;
  const assumptions: Record<AssumptionStatus, number> = { 'houdt-stand': 0, twijfelachtig: 0, weerlegd: 0, onbekend: 0 };
  for (const s of input.theory) for (const a of s.assumptions) assumptions[a.status]++;
  const done = input.actions.filter((a) => DONE.includes(a.status)).length;
  return { stories: input.stories, indicators, patterns: input.patterns.length, assumptions, actions: { open: input.actions.length - done, done } };
}

/** Id of a pattern's block on the monitor page (only letters, digits, - and _). */
export function patternAnchor(a: string, b: string): string {
  return `patroon-${a}-${b}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

interface ShownOnPage {
  /** "a|b" keys of the patterns on the monitor. */
  patterns: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

function evidenceView(
  e: TheoryOfChange['statements'][number]['assumptions'][number]['history'][number]['evidence'][number],
  policy: SuppressionPolicy,
  shown: ShownOnPage,
): EvidenceView {
  // A story's title is hidden from readers without stories.read (label null): say only what it is.
  const view: EvidenceView = { kind: e.kind, label: e.label ?? '' };
  if (e.kind === 'pattern') {
    view.stats = e.stats ? { test: e.stats.test, n: count(e.stats.n, policy), q: e.stats.q, effect: e.stats.effect, strength: e.stats.strength } : null;
    view.notSignificant = e.stats ? !e.stats.significant : e.confirmNotSignificant === true;
    view.anchor = shown.patterns.has(`${e.a}|${e.b}`) ? patternAnchor(e.a, e.b) : shown.patterns.has(`${e.b}|${e.a}`) ? patternAnchor(e.b, e.a) : null;
  } else if (e.kind === 'indicator') {
    view.anchor = shown.indicators.has(e.indicator) ? `ind-${e.indicator}` : null;
  }
  return view;
}

export function theoryView(
  toc: TheoryOfChange,
  policy: SuppressionPolicy,
  shown: ShownOnPage = { patterns: new Set(), indicators: new Set() },
): TocStatementView[] {
  return toc.statements.map((s) => ({
    id: s.id,
    text: s.text,
    buildingBlock: s.buildingBlock,
    indicators: s.links.filter((l) => l.kind === 'indicator').map((l) => l.label),
    questions: s.links.filter((l) => l.kind === 'question').map((l) => l.label),
    assumptions: s.assumptions.map((a) => ({
      id: a.id,
      text: a.text,
      status: a.status,
      note: a.latest?.note ?? '',
      evidence: (a.latest?.evidence ?? []).map((e) => evidenceView(e, policy, shown)),
      changedAt: a.latest ? a.latest.changedAt.toISOString() : null,
    })),
  }));
}
