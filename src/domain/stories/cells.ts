// Reading single CSV cells: strict numbers (a decimal point, never a comma) with Dutch and English
// messages. Shared by the stories and indicators codecs.

export interface CellMessage {
  code: string;
  nl: string;
  en: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A value quoted in a message, cut short: a message must never echo a whole runaway cell. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

const COMMA_NUMBER = /^[+-]?(\d+(,\d*)?|,\d+)$/;
/** 1.234 or 1.234,5: a point before exactly three digits is a Dutch thousands separator. */
const THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/;

/**
 * The number in a cell (surrounding spaces ignored), or what is wrong with it. With
 * `decimalComma` (Excel's Dutch CSV dialect) `1,5` is one and a half; a number that may hold a
 * thousands separator (`1.234`, `1.234,5`) is refused rather than guessed.
 */
export function readNumber(text: string, decimalComma = false): number | CellMessage {
  const trimmed = text.trim();
  if (decimalComma && THOUSANDS.test(trimmed)) {
    const plain = trimmed.replaceAll('.', '');
    return {
      code: 'thousands-separator',
      nl: `"${clip(text)}" heeft een punt als scheiding van duizendtallen of is dubbelzinnig; schrijf ${plain} (of met een decimaalkomma: ${trimmed.replace('.', ',')})`,
      en: `"${clip(text)}" has a point as thousands separator or is ambiguous; write ${plain} (or with a decimal comma: ${trimmed.replace('.', ',')})`,
    };
  }
  const value = NUMBER.test(trimmed) ? Number(trimmed) : decimalComma && COMMA_NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : NaN;
  if (Number.isFinite(value)) return value;
  text = clip(text);
  if (!decimalComma && DECIMAL_COMMA.test(trimmed)) {
    const dotted = trimmed.replace(',', '.');
    return {
      code: 'decimal-comma',
      nl: `"${text}" is geen getal (gebruik een punt: ${dotted})`,
      en: `"${text}" is not a number (use a decimal point: ${dotted})`,
    };
  }
  return { code: 'not-a-number', nl: `"${text}" is geen getal`, en: `"${text}" is not a number` };
}

export function isMessage(value: unknown): value is CellMessage {
  return typeof value === 'object' && value !== null && 'code' in value;
}

export function outOfRange(text: string, min: number, max: number): CellMessage {
  return { code: 'out-of-range', nl: `"${text}" ligt niet tussen ${min} en ${max}`, en: `"${text}" is not between ${min} and ${max}` };
}

/** "blij, boos, …" for messages: at most ten choices. */
export function listChoices(keys: readonly string[]): string {
  return keys.length <= 10 ? keys.join(', ') : `${keys.slice(0, 10).join(', ')}, …`;
}
