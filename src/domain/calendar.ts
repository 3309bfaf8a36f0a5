// Calendar days as Dutch municipalities mean them: a collection "open from 1 March to 31 March"
// opens at midnight in Amsterdam on 1 March and closes at midnight after 31 March.
const ZONE = 'Europe/Amsterdam';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function offsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at.getTime()) / 60_000;
}

/** "2026-03-01" → the instant of midnight at its start in Amsterdam; null when not a real date. */
export function startOfDay(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // Twice: the offset at the guessed instant may differ on the day clocks change.
  let instant = utc - offsetMinutes(new Date(utc)) * 60_000;
  instant = utc - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** "2026-03-31" → midnight after that day in Amsterdam (an exclusive end). */
export function endOfDay(day: string): Date | null {
  const start = startOfDay(day);
  if (!start) return null;
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1));
  return startOfDay(next.toISOString().slice(0, 10));
}

/** The Amsterdam calendar day of an instant, "YYYY-MM-DD". */
export function dayOf(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last open day of an exclusive end instant. */
export function lastDayBefore(end: Date): string {
  return dayOf(new Date(end.getTime() - 1));
}
