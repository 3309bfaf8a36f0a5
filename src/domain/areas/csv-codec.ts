// The area register as a table (CSV or XLSX): code,name,year[,parent], Dutch headers allowed
// (gebiedscode, naam, jaar, hoort_bij). One decoder per table; problems name line and column.
import type { CsvRecord } from '../csv/reader.ts';
import { ColumnMap } from '../indicators/columns.ts';
import type { Problem } from '../problems.ts';
import { isDivisionYear, levelOfCode, normaliseAreaCode, parentFromCode, type AreaRecord } from './types.ts';

const AREA_COLUMNS = ['code', 'name', 'year', 'parent'] as const;
const REQUIRED = ['code', 'name', 'year'] as const;
const ALIASES: Record<string, string> = {
  gebiedscode: 'code',
  gebied: 'code',
  naam: 'name',
  jaar: 'year',
  hoort_bij: 'parent',
  ouder: 'parent',
  parent_code: 'parent',
};

export class AreaRowDecoder {
  private readonly columns: ColumnMap;
  readonly headerProblems: Problem[];

  constructor(header: CsvRecord, file: string) {
    this.columns = new ColumnMap(header, file, AREA_COLUMNS, REQUIRED, ALIASES);
    this.headerProblems = this.columns.headerProblems;
  }

  decode(record: CsvRecord): { record?: AreaRecord; code?: string; problems: Problem[] } {
    const row = this.columns.row(record);
    if (!row) return { problems: this.columns.fieldCountProblem(record) };
    const raw = row.cell('code');
    const code = normaliseAreaCode(raw);
    const level = levelOfCode(code);
    if (code === '') row.problem('code', { code: 'missing-area-code', nl: 'de gebiedscode is leeg', en: 'the area code is empty' });
    else if (!level)
      row.problem('code', {
        code: 'invalid-area-code',
        nl: `"${raw}" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)`,
        en: `"${raw}" is not a CBS area code (such as GM0599, WK059901 or BU05990101)`,
      });
    const name = row.cell('name').trim();
    if (name === '') row.problem('name', { code: 'missing-area-name', nl: 'de naam is leeg', en: 'the name is empty' });
    const yearText = row.cell('year').trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || !isDivisionYear(year)) {
      row.problem('year', {
        code: 'invalid-year',
        nl: `"${yearText}" is geen jaar van een indeling (zoals 2024)`,
        en: `"${yearText}" is not a division year (such as 2024)`,
      });
    }
    const parentText = normaliseAreaCode(row.cell('parent'));
    if (parentText !== '' && !levelOfCode(parentText)) {
      row.problem('parent', {
        code: 'invalid-area-code',
        nl: `"${row.cell('parent')}" is geen gebiedscode van het CBS`,
        en: `"${row.cell('parent')}" is not a CBS area code`,
      });
    }
    if (row.problems.length > 0) return { code: level ? code : undefined, problems: row.problems };
    return { record: { code, name, level: level!, year, parent: parentText || parentFromCode(code), geometry: null }, code, problems: [] };
  }
}
