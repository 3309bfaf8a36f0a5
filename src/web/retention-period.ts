// A retention period for people, not for the database (issue 17, edge 8): "1095 dagen (ongeveer
// 37 maanden)" read wrong — 1095 days are 3 years, so 36 months. Months are counted as the
// calendar counts them on average (365.25 / 12 days), so whole years come out as whole years.
const DAYS_PER_MONTH = 365.25 / 12;
/** Leap days: 3 × 365 days are "36 months" though 36 average months are 1095.75 days. */
const SLACK_DAYS = 2;

interface RetentionSpan {
  days: number;
  /** Whole months, null below one month. */
  months: number | null;
  /** Whole years, when the months are a whole number of years. */
  years: number | null;
  /** The months are rounded (more than a couple of days off). */
  approximate: boolean;
}

function retentionSpan(days: number): RetentionSpan {
  const months = Math.round(days / DAYS_PER_MONTH);
  if (months < 1) return { days, months: null, years: null, approximate: false };
  const approximate = Math.abs(days - months * DAYS_PER_MONTH) > SLACK_DAYS;
  return { days, months, years: !approximate && months % 12 === 0 ? months / 12 : null, approximate };
}

const WORDS = {
  nl: { day: ['dag', 'dagen'], month: ['maand', 'maanden'], year: ['jaar', 'jaar'], about: 'ongeveer' },
  en: { day: ['day', 'days'], month: ['month', 'months'], year: ['year', 'years'], about: 'about' },
} as const;

/** "36 maanden (3 jaar)", "6 maanden", "ongeveer 7 maanden", "14 dagen" — or in English. */
export function retentionPeriod(days: number, lang: string): string {
  if (lang !== 'nl' && lang !== 'en') return retentionPeriodIntl(days, lang);
  const w = lang === 'nl' ? WORDS.nl : WORDS.en;
  const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;
  const span = retentionSpan(days);
  if (span.months === null) return count(days, w.day);
  const months = `${span.approximate ? `${w.about} ` : ''}${count(span.months, w.month)}`;
  return span.years === null ? months : `${months} (${count(span.years, w.year)})`;
}

/** "about" in the teller's other languages; Intl has units, but no word for "about". */
const ABOUT: Record<string, string> = { ar: 'حوالي', pl: 'około', tr: 'yaklaşık', uk: 'приблизно' };

/**
 * The same wording in any other language of the teller's page: Intl knows each language's plural
 * forms (Polish "24 miesiące", Ukrainian "24 місяці", Arabic's dual "سنتان"). Latin digits, as in
 * the rest of the teller's texts.
 */
function retentionPeriodIntl(days: number, lang: string): string {
  const unit = (n: number, name: 'day' | 'month' | 'year') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long', numberingSystem: 'latn' }).format(n);
  const span = retentionSpan(days);
  if (span.months === null) return unit(days, 'day');
  const months = `${span.approximate ? `${ABOUT[lang.split('-')[0]] ?? '~'} ` : ''}${unit(span.months, 'month')}`;
  return span.years === null ? months : `${months} (${unit(span.years, 'year')})`;
}

/** For the beheerder, who set it in days: "36 maanden (3 jaar) — 1095 dagen". */
export function retentionPeriodWithDays(days: number, lang: string): string {
  const w = lang === 'nl' ? WORDS.nl : WORDS.en;
  const inDays = `${days} ${days === 1 ? w.day[0] : w.day[1]}`;
  return retentionSpan(days).months === null ? inDays : `${retentionPeriod(days, lang)} — ${inDays}`;
}
