// Removes personal details from story text and free-text answers before anything is stored
// (PRODUCT.md "Collection", docs/collecting.md): BSN, phone numbers, e-mail addresses, IBAN,
// postcodes and street addresses become markers. Numbers that identify nobody (years, amounts,
// times, dates, grades, percentages, counts) stay. Check digits (elfproef, mod 97) keep
// nine-digit counts and IBAN-like codes that are not real numbers out of the net.
import { isValidIban, passesElfproef } from './checks.ts';
import { redactAddresses } from './redact-address.ts';

const MARKERS = {
  bsn: '[BSN]',
  phone: '[TELEFOON]',
  email: '[E-MAIL]',
  iban: '[IBAN]',
  postcode: '[POSTCODE]',
  address: '[ADRES]',
} as const;

type RedactionKind = keyof typeof MARKERS;

export interface Redaction {
  text: string;
  /** How many of each kind were removed (counts only: the removed text is never kept). */
  counts: Record<RedactionKind, number>;
}

const EMAIL = /(?<![\w.+-])[\w.%+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

/** Country code, check digits, then groups of four (with or without spaces) and a short tail. */
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;

/** Separators people type inside phone numbers. */
const SEP = String.raw`[\s\u00a0.\-\u2013/()]{0,3}`;
/** +31 / 0031 with an optional (0), or a national 0 (maybe in brackets), then nine digits. */
const PHONE = new RegExp(
  // Not right after a bank code in capitals ("ABNA 0417 1643 00" is part of an IBAN-like code).
  String.raw`(?<![\w+@])(?<![A-Z]{4}[ \u00a0])(?:(?:\+|00)\s?31${SEP}(?:\(0\)${SEP})?|\(?0)(?:${SEP}\d){9}(?![\d\w])`,
  'g',
);
/** Inside a phone-shaped match, a date such as 06-03-2024 means it is no phone number. */
const DATE_INSIDE = /(?<!\d)(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)/;

/**
 * A run of digit groups joined by single separators ("99-1 123 456 782"): a BSN is nine digits
 * of whole groups inside it (1234.56.782, 123 456 782). Looking at the run rather than at the
 * first nine digits keeps the result the same however the text around it is cut.
 */
const DIGIT_RUN = /(?<![\p{L}\d€.,])(?<!€[ \u00a0])(?<!EUR[ \u00a0])\d+(?:[-. \u00a0]\d+)*/gu;
const AMOUNT_AFTER = /^(?:[.,]\d|\s*(?:euro|eur|,-))/i;

/** Dutch postcode (1234 AB, 1234AB, 1234 ab) with an optional house number after it. */
const POSTCODE = /(?<![\w-])([1-9]\d{3})(\s?)([A-Za-z]{2})(?:\s?\d{1,5}(?:\s?[A-Za-z](?![A-Za-z]))?)?(?![\w-])/g;
/** Two-letter Dutch words that follow a year ("in 2019 is", "2024 en 2025"); SA, SD, SS are never used. */
const NOT_POSTCODE_LETTERS = new Set([
  'en',
  'in',
  'op',
  'om',
  'of',
  'al',
  'nu',
  'zo',
  'ik',
  'je',
  'we',
  'ze',
  'na',
  'de',
  'is',
  'er',
  'te',
  'ja',
  'ga',
  'ca',
  'ok',
  'uw',
  'mn',
  'zn',
  'sa',
  'sd',
  'ss',
  'km',
  'kg',
  'cm',
  'mm',
  'ml',
  'cl',
  'dl',
  'pm',
  'am',
  'nr',
  'st',
  'bv',
  'nv',
  'jr',
  'sr',
]);

export function redact(input: string): Redaction {
  const counts: Record<RedactionKind, number> = { bsn: 0, phone: 0, email: 0, iban: 0, postcode: 0, address: 0 };
  const mark = (kind: RedactionKind) => {
    counts[kind]++;
    return MARKERS[kind];
  };
  let text = input.replace(EMAIL, (m) => (m.includes('@') || /\[at\]|\(at\)/i.test(m) ? mark('email') : m));
  text = text.replace(IBAN, (m) => redactIban(m, () => mark('iban')));
  text = text.replace(PHONE, (m) => (isPhone(m) ? mark('phone') : m));
  text = text.replace(DIGIT_RUN, (run, offset: number, whole: string) =>
    AMOUNT_AFTER.test(whole.slice(offset + run.length)) ? run : redactBsnInRun(run, () => mark('bsn')),
  );
  text = text.replace(POSTCODE, (m, _digits: string, space: string, letters: string) => (isPostcodeLetters(letters, space) ? mark('postcode') : m));
  text = redactAddresses(text, () => mark('address'));
  return { text, counts };
}

/** Convenience for callers that need only the text. */
export function redactText(input: string): string {
  return redact(input).text;
}

/** From each group on, the longest run of groups that is a valid IBAN; other groups stay. */
function redactIban(match: string, marker: () => string): string {
  const parts = match.split(/(?=[ \u00a0])/);
  let out = '';
  let i = 0;
  outer: while (i < parts.length) {
    const lead = i > 0 ? parts[i][0] : '';
    if (/^[A-Za-z]{2}\d{2}/.test(parts[i].trimStart())) {
      for (let n = parts.length; n > i; n--) {
        if (
          isValidIban(
            parts
              .slice(i, n)
              .join('')
              .replace(/[ \u00a0]/g, ''),
          )
        ) {
          out += lead + marker();
          i = n;
          continue outer;
        }
      }
    }
    out += parts[i++];
  }
  return out;
}

function redactBsnInRun(run: string, marker: () => string): string {
  const parts = run.split(/(?=[-. \u00a0])/); // each part keeps its leading separator
  const digits = parts.map((p) => p.replace(/\D/g, ''));
  let out = '';
  let i = 0;
  while (i < parts.length) {
    let end = i;
    let length = 0;
    while (end < parts.length && length < 9) length += digits[end++].length;
    if (length === 9 && passesElfproef(digits.slice(i, end).join(''))) {
      out += (i > 0 ? parts[i][0] : '') + marker();
      i = end;
    } else {
      out += parts[i++];
    }
  }
  return out;
}

function isPhone(match: string): boolean {
  if (DATE_INSIDE.test(match)) return false;
  let digits = match.replace(/\D/g, '');
  if (/^\s*(?:\+|00)/.test(match)) {
    digits = digits.replace(/^(?:00)?31/, '');
    if (match.includes('(0)')) digits = digits.replace(/^0/, '');
  } else {
    digits = digits.slice(1);
  }
  // Nine digits after the trunk 0, never starting with 0 (area code or 6 for mobile).
  return /^[1-9]\d{8}$/.test(digits);
}

function isPostcodeLetters(letters: string, space: string): boolean {
  if (NOT_POSTCODE_LETTERS.has(letters.toLowerCase())) return false;
  // "1234 ab" with a space and lower case reads as a number and a word; "1234ab" and "1234 AB" do not.
  if (space && letters !== letters.toUpperCase()) return false;
  return true;
}
