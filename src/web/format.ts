// Presentation helpers shared by pages: dates, consent, answers in the page language.
import type { AnswerValue, Question } from '../domain/questionnaire/types.ts';
import { localized, type Lang, type Messages } from './i18n/index.ts';

export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(
    date,
  );
}

/** A calendar day stored as "2027-01-13" (dialogue dates, due dates), as "13 januari 2027". */
export function formatDay(isoDay: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return isoDay;
  // Noon UTC is the same calendar day in Amsterdam in every season.
  return formatDate(new Date(`${isoDay}T12:00:00Z`), lang);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function consentText(consent: boolean | null, t: Messages): string {
  return t.stories.consent[consent === null ? 'unknown' : consent ? 'yes' : 'no'];
}

const isNa = (value: AnswerValue | undefined) => typeof value === 'object' && value !== null && !Array.isArray(value) && 'na' in value;

/** One answer as readable lines, with the labels of the questionnaire version it was given in. */
export function formatAnswer(question: Question, value: AnswerValue | undefined, lang: Lang, t: Messages, areaNames: Record<string, string>): string[] {
  if (value === undefined) return [t.story.noAnswer];
  if (isNa(value)) return [t.story.notApplicable];
  const num = (v: unknown) => formatNumber(Number(v), lang);
  switch (question.type) {
    case 'slider':
      return [t.story.sliderValue(Number(value), localized(question.left, lang), localized(question.right, lang))];
    case 'scale':
      return [t.story.scaleValue(Number(value), question.min, question.max)];
    case 'number':
      return [num(value)];
    case 'text':
      return [String(value)];
    case 'area':
      return [areaNames[String(value)] ? `${areaNames[String(value)]} (${String(value)})` : String(value)];
    case 'choice': {
      const option = question.options.find((o) => o.key === value);
      return [option ? localized(option.text, lang) : String(value)];
    }
    case 'multichoice': {
      const keys = Array.isArray(value) ? (value as string[]) : [];
      return keys.map((k) => localized(question.options.find((o) => o.key === k)?.text, lang) || k);
    }
    case 'triad': {
      const weights = Array.isArray(value) ? (value as number[]) : [];
      const sum = weights.reduce((s, w) => s + w, 0) || 1;
      return question.corners.map((corner, i) => `${localized(corner, lang)}: ${Math.round(((weights[i] ?? 0) / sum) * 100)}%`);
    }
    case 'stones': {
      const points = value as Record<string, [number, number]>;
      return question.stones
        .filter((s) => points[s.key])
        .map((s) =>
          t.story.stone(
            localized(s.text, lang),
            localized(question.x, lang),
            Math.round(points[s.key][0]),
            localized(question.y, lang),
            Math.round(points[s.key][1]),
          ),
        );
    }
  }
}
