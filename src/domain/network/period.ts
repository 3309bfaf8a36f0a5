// The period of a network comparison: from and to, each a month (2026-03) — or a year or
// quarter, read as the months it spans — parsed as the scan's period filter parses (the same
// words when it does not parse). Months, because a member's counts are sums of month atoms, each
// rounded once by its own disclosure engine: a period of whole months shows only sums of figures
// the member publishes anyway (docs/disclosure.md).
import { invalidPeriod, parsePeriod } from '../patterns/filter.ts';
import { InputRejected, type Problem } from '../problems.ts';

export interface MonthRange {
  /** As typed, or null when open. */
  from: string | null;
  to: string | null;
  /** First day of the first month (inclusive) and of the month after the last (exclusive), "2026-03-01"; null when open. */
  start: string | null;
  end: string | null;
}

export function parseMonthRange(input: { from?: string | null; to?: string | null }): MonthRange {
  const problems: Problem[] = [];
  const read = (field: 'from' | 'to', text: string | null | undefined) => {
    if (text == null || text.trim() === '') return null;
    const period = parsePeriod(text);
    if (!period) problems.push(invalidPeriod(field, text));
    return period;
  };
  const from = read('from', input.from);
  const to = read('to', input.to);
  if (from && to && to.to <= from.from)
    problems.push({
      field: 'to',
      code: 'period-order',
      nl: `de periode eindigt (${to.label}) voordat zij begint (${from.label}); kies bij "tot en met" dezelfde maand als bij "van" of een latere`,
      en: `the period ends (${to.label}) before it starts (${from.label}); choose a "to" month that is the "from" month or later`,
    });
  if (problems.length) throw new InputRejected(problems);
  return { from: from?.label ?? null, to: to?.label ?? null, start: from?.from ?? null, end: to?.to ?? null };
}

/** Is a story of this month ("2026-03") inside the range? */
export function inMonthRange(range: MonthRange, month: string): boolean {
  const day = `${month}-01`;
  return (range.start === null || day >= range.start) && (range.end === null || day < range.end);
}
