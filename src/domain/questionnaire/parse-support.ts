// Building blocks for validating untrusted JSON: every problem names its JSON path and says what is
// wrong in Dutch (B1) and English. Used by parse.ts and parse-questions.ts.
import type { Problem } from '../problems.ts';
import type { LocalizedText } from './types.ts';

/** Keys of questionnaires, prompts, questions, options and stones: letters, digits, `_` and `-`. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export class JsonChecker {
  readonly problems: Problem[] = [];
  constructor(private readonly file?: string) {}

  add(field: string, code: string, nl: string, en: string): void {
    this.problems.push({ ...(this.file ? { file: this.file } : {}), field, code, nl, en });
  }

  object(value: unknown, field: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    if (value === undefined) this.add(field, 'missing', 'dit veld ontbreekt', 'this field is missing');
    else this.add(field, 'not-an-object', 'hier hoort een object ({ … })', 'expected an object ({ … })');
    return null;
  }

  array(value: unknown, field: string, nonEmpty = false): unknown[] | null {
    if (Array.isArray(value)) {
      if (nonEmpty && value.length === 0) {
        this.add(field, 'empty-list', 'deze lijst mag niet leeg zijn', 'this list must not be empty');
        return null;
      }
      return value;
    }
    if (value === undefined) this.add(field, 'missing', 'dit veld ontbreekt', 'this field is missing');
    else this.add(field, 'not-a-list', 'hier hoort een lijst ([ … ])', 'expected a list ([ … ])');
    return null;
  }

  string(value: unknown, field: string): string | null {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value === undefined) this.add(field, 'missing', 'dit veld ontbreekt', 'this field is missing');
    else if (typeof value === 'string') this.add(field, 'empty', 'dit veld is leeg', 'this field is empty');
    else this.add(field, 'not-a-string', 'hier hoort tekst', 'expected text');
    return null;
  }

  key(value: unknown, field: string): string | null {
    const key = this.string(value, field);
    if (key === null) return null;
    if (!SLUG.test(key)) {
      this.add(
        field,
        'invalid-key',
        `"${key}" is geen geldige sleutel: gebruik alleen letters, cijfers, _ en - (geen spaties of . = | ,)`,
        `"${key}" is not a valid key: use only letters, digits, _ and - (no spaces or . = | ,)`,
      );
      return null;
    }
    return key;
  }

  number(value: unknown, field: string, integer = false): number | null {
    if (typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value))) return value;
    if (value === undefined) this.add(field, 'missing', 'dit veld ontbreekt', 'this field is missing');
    else if (integer) this.add(field, 'not-an-integer', 'hier hoort een geheel getal', 'expected a whole number');
    else this.add(field, 'not-a-number', 'hier hoort een getal', 'expected a number');
    return null;
  }

  boolean(value: unknown, field: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    this.add(field, 'not-a-boolean', 'hier hoort true of false', 'expected true or false');
    return undefined;
  }

  /** Text per language: {"nl": "…", "en": "…"}; at least one language, `nl` when asked for. */
  text(value: unknown, field: string, needNl = false): LocalizedText | null {
    const object = this.object(value, field);
    if (!object) return null;
    const out: LocalizedText = {};
    let ok = true;
    for (const [language, text] of Object.entries(object)) {
      if (typeof text !== 'string') {
        this.add(`${field}.${language}`, 'not-a-string', 'hier hoort tekst', 'expected text');
        ok = false;
      } else out[language] = text;
    }
    if (!ok) return null;
    if (Object.keys(out).length === 0 || (needNl && !('nl' in out))) {
      this.add(
        needNl ? `${field}.nl` : field,
        'missing-text',
        needNl ? 'de Nederlandse tekst ("nl") ontbreekt' : 'de tekst ontbreekt (bijvoorbeeld {"nl": "…"})',
        needNl ? 'the Dutch text ("nl") is missing' : 'the text is missing (for example {"nl": "…"})',
      );
      return null;
    }
    return out;
  }

  optionalText(value: unknown, field: string): LocalizedText | undefined | null {
    return value === undefined ? undefined : this.text(value, field);
  }

  /** Reports every key that occurs more than once, at its second and later places. */
  unique(keys: (string | null)[], field: (index: number) => string, what: { nl: string; en: string }): void {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (key === null) return;
      if (seen.has(key)) {
        this.add(field(index), 'duplicate-key', `${what.nl} "${key}" komt vaker voor`, `${what.en} "${key}" occurs more than once`);
      }
      seen.add(key);
    });
  }
}
