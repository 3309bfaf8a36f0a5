// Shared bits of the monitor pages: a figure that may be suppressed, and a disclosure that the
// print version renders open (printing a closed <details> would hide its content).
import type { Child } from 'hono/jsx';
import { isSuppressed, type Figure } from '../../../domain/privacy/suppression.ts';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';

export function FigureText({ view, value, percent }: { view: View; value: Figure | null | undefined; percent?: boolean }) {
  if (value === null || value === undefined) return <span class="duiding-missing">{view.t.monitor.missing}</span>;
  if (isSuppressed(value)) return <span class="duiding-suppressed">{view.t.monitor.tooFew}</span>;
  return <>{percent ? `${formatNumber(Math.round(value * 100), view.lang)}%` : formatNumber(value, view.lang)}</>;
}

export const numberOf = (value: Figure | null | undefined): number | null => (typeof value === 'number' ? value : null);

export function Disclosure({ summary, open, children }: { summary: string; open: boolean; children?: Child }) {
  return (
    <details class="duiding-disclosure" open={open}>
      <summary class="duiding-disclosure__summary">{summary}</summary>
      <div class="duiding-disclosure__body">{children}</div>
    </details>
  );
}
