// Small checks of form and API input, each problem naming its field in Dutch and English.
import type { Problem } from '../problems.ts';

export function text(input: unknown, field: string, problems: Problem[], options: { required?: boolean; max?: number } = {}): string {
  const value = typeof input === 'string' ? input.trim() : '';
  const max = options.max ?? 4000;
  if (options.required && !value) problems.push({ field, code: 'missing', nl: 'dit veld is verplicht', en: 'this field is required' });
  else if (value.length > max) problems.push({ field, code: 'too-long', nl: `maximaal ${max} tekens`, en: `at most ${max} characters` });
  return value;
}

export function oneOf<T extends string | number>(
  input: unknown,
  list: readonly T[],
  field: string,
  problems: Problem[],
  options: { optional?: boolean } = {},
): T | null {
  const value = typeof list[0] === 'number' && typeof input === 'string' && input !== '' ? Number(input) : input;
  if ((value === undefined || value === null || value === '') && options.optional) return null;
  if ((list as readonly unknown[]).includes(value)) return value as T;
  problems.push({ field, code: 'not-allowed', nl: `kies een van: ${list.join(', ')}`, en: `must be one of: ${list.join(', ')}` });
  return null;
}

const KEY = /^[a-z0-9][a-z0-9-]{1,59}$/u;

export function key(input: unknown, field: string, problems: Problem[]): string {
  const value = typeof input === 'string' ? input.trim() : '';
  if (!KEY.test(value)) {
    problems.push({
      field,
      code: 'bad-key',
      nl: 'gebruik 2 tot 60 kleine letters, cijfers of streepjes, bijvoorbeeld "zo-thuis"',
      en: 'use 2 to 60 lower-case letters, digits or hyphens, e.g. "zo-thuis"',
    });
  }
  return value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** yyyy-mm-dd or empty (null). */
export function isoDate(input: unknown, field: string, problems: Problem[], options: { required?: boolean } = {}): string | null {
  const value = typeof input === 'string' ? input.trim() : '';
  if (!value) {
    if (options.required) problems.push({ field, code: 'missing', nl: 'vul een datum in', en: 'enter a date' });
    return null;
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    problems.push({ field, code: 'bad-date', nl: 'dit is geen geldige datum (jjjj-mm-dd)', en: 'not a valid date (yyyy-mm-dd)' });
    return null;
  }
  return value;
}
