// Indicators as CSV (PRODUCT.md "Indicators — duiding.indicators/v1"): observations
// (indicator, area, period, value [, provider, numerator, denominator]) and definitions (CSV or JSON).
// An empty cell or CBS's "." is a missing value, never zero.
import type { CsvRecord } from '../csv/reader.ts';
import { neutraliseFormula, restoreFormula } from '../csv/formula.ts';
import type { Problem } from '../problems.ts';
import { isMessage, readNumber } from '../stories/cells.ts';
import { ColumnMap } from './columns.ts';
import { AREA_CODE, PERIOD, type Observation } from './types.ts';

export { DEFINITION_COLUMNS, DefinitionRowDecoder, encodeDefinitionRow, parseDefinitionsJson } from './definitions.ts';

export const OBSERVATION_COLUMNS = ['indicator', 'area', 'period', 'value', 'provider', 'numerator', 'denominator'] as const;
const REQUIRED_OBSERVATION_COLUMNS = ['indicator', 'area', 'period', 'value'] as const;
/** Dutch headers a spreadsheet may use instead (docs/formats.md). */
export const OBSERVATION_ALIASES: Record<string, string> = {
  gebied: 'area',
  gebiedscode: 'area',
  periode: 'period',
  waarde: 'value',
  aanbieder: 'provider',
  teller: 'numerator',
  noemer: 'denominator',
};

const INDICATOR_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function detectIndicatorCsvKind(header: CsvRecord): 'observations' | 'definitions' | null {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.includes('indicator')) return 'observations';
  if ((names.includes('key') || names.includes('sleutel')) && (names.includes('name') || names.includes('naam'))) return 'definitions';
  return null;
}

export class ObservationRowDecoder {
  private readonly columns: ColumnMap;

  constructor(
    header: CsvRecord,
    file: string,
    private readonly decimalComma = false,
  ) {
    this.columns = new ColumnMap(header, file, OBSERVATION_COLUMNS, REQUIRED_OBSERVATION_COLUMNS, OBSERVATION_ALIASES);
  }

  get headerProblems(): Problem[] {
    return this.columns.headerProblems;
  }

  /** On failure `indicator` is still the row's key when that key itself is well-formed. */
  decode(record: CsvRecord): { observation: Observation; problems: [] } | { observation: null; problems: Problem[]; indicator?: string } {
    const row = this.columns.row(record);
    if (!row) return { observation: null, problems: this.columns.fieldCountProblem(record) };
    const { cell, problem, problems } = row;
    const indicator = cell('indicator').trim();
    if (!INDICATOR_KEY.test(indicator)) {
      problem(
        'indicator',
        indicator === ''
          ? { code: 'empty-indicator', nl: 'de indicator is leeg', en: 'the indicator is empty' }
          : {
              code: 'invalid-key',
              nl: `"${indicator}" is geen geldige indicatorsleutel: gebruik alleen letters, cijfers, _ en -`,
              en: `"${indicator}" is not a valid indicator key: use only letters, digits, _ and -`,
            },
      );
    }
    const area = cell('area').trim();
    if (!AREA_CODE.test(area)) {
      problem('area', {
        code: 'invalid-area-code',
        nl: `"${area}" is geen gebiedscode van het CBS (zoals GM0479, WK047901 of BU04790101)`,
        en: `"${area}" is not a CBS area code (like GM0479, WK047901 or BU04790101)`,
      });
    }
    const period = cell('period').trim();
    if (!PERIOD.test(period)) {
      problem('period', {
        code: 'invalid-period',
        nl: `"${period}" is geen periode zoals 2025, 2025-Q3 of 2025-07`,
        en: `"${period}" is not a period like 2025, 2025-Q3 or 2025-07`,
      });
    }
    const number = (column: string): number | null => {
      const text = cell(column).trim();
      if (text === '' || text === '.') return null;
      const value = readNumber(text, this.decimalComma);
      if (isMessage(value)) {
        problem(column, value);
        return null;
      }
      return value;
    };
    const value = number('value');
    const numerator = number('numerator');
    const denominator = number('denominator');
    const provider = restoreFormula(cell('provider').trim());
    if (problems.length > 0) return { observation: null, problems, ...(INDICATOR_KEY.test(indicator) ? { indicator } : {}) };
    return {
      observation: { indicator, area, period, value, provider: provider === '' ? null : provider, numerator, denominator },
      problems: [],
    };
  }
}

const numberCell = (n: number | null): string => (n === null ? '' : String(n));

export function encodeObservationRow(o: Observation): string[] {
  // Numbers (also -3) as they are; the provider is free text and neutralised (csv/formula.ts).
  return [o.indicator, o.area, o.period, numberCell(o.value), neutraliseFormula(o.provider ?? ''), numberCell(o.numerator), numberCell(o.denominator)];
}
