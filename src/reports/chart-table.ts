// The table alternative of a chart: the same numbers as text, rows per category.
import type { ReportChart, ReportLang } from './document.ts';

export function numberFormatter(lang: ReportLang): (n: number) => string {
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  return (n) => format.format(n);
}

export function chartTable(chart: ReportChart, format: (n: number) => string): { head: string[]; rows: string[][] } {
  const head = [chart.categoryLabel, ...chart.series.map((s) => (chart.unit ? `${s.name} (${chart.unit})` : s.name))];
  const rows = chart.categories.map((category, i) => [
    category,
    ...chart.series.map((s) => {
      const value = s.values[i] ?? '';
      return typeof value === 'number' ? format(value) : value;
    }),
  ]);
  return { head, rows };
}
