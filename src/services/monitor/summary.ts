// The monitor's first screen (counts a council member takes in at a glance) and the theory of
// change as the monitor shows it: every assumption with its status, the latest evidence and note.
import type { Figure } from '../../domain/privacy/suppression.ts';
import type { ActionView, TheoryOfChange } from '../opgaven.ts';
import type { AssumptionStatus, MonitorIndicator, MonitorPattern, MonitorSummary, TocStatementView } from './types.ts';

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

export function theoryView(toc: TheoryOfChange): TocStatementView[] {
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
      // A story's title is hidden from readers without stories.read (label null): say only what it is.
      evidence: (a.latest?.evidence ?? []).map((e) => ({ kind: e.kind, label: e.label ?? '' })),
      changedAt: a.latest ? a.latest.changedAt.toISOString() : null,
    })),
  }));
}
