// The frame of a chart whose parts can be chosen (the pattern workbench): an SVG group named by
// its title and description, whose bars, groups and areas are links to the stories behind them.
// Without JavaScript each part is an ordinary link (Tab, Enter); pattern-select.js adds arrow
// keys between the parts, a spoken "chosen: …" and a visible highlight. Colours come from CSS
// classes (patterns.css), so the SVG works under a strict CSP.
import type { Child } from 'hono/jsx';

export interface SelectFrameProps {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  children?: Child;
}

export function SelectFrame({ id, title, desc, width, height, children }: SelectFrameProps) {
  return (
    <svg
      class="duiding-chart duiding-select"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-select-chart=""
      id={id}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}

/**
 * A part of the chart that opens its stories. `label` names it through an SVG <title> (also the
 * tooltip), not aria-label: the part shows only some of its words (a count, a group), and a name
 * that says more than the visible text is fine for a title but not for aria-label. data-count is
 * the number of stories its link opens (for the script and the tests).
 */
export function SelectCell({ href, label, count, children }: { href: string; label: string; count: number; children?: Child }) {
  return (
    <a href={href} class="duiding-select__cell" data-select-cell="" data-label={label} data-count={count}>
      <title>{label}</title>
      {children}
    </a>
  );
}

/** Five steps of density, by the share of the fullest cell (0 = empty). */
export function densityClass(count: number, max: number): string {
  if (count <= 0 || max <= 0) return 'duiding-density--0';
  return `duiding-density--${Math.min(5, 1 + Math.floor((4.999 * count) / max))}`;
}

export const fmt = (value: number, lang: 'nl' | 'en', digits = 1) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
