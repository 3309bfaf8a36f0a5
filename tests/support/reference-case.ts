// Loads the shared reference case (/work/shared/reference/case-2000: questionnaire.json,
// stories.csv, reference.json) into the domain's Questionnaire and per-story answers, reading
// the stories CSV as PRODUCT.md "Stories — duiding.stories/v1" describes it.
//
// The shared folder lives next to the repository (../shared) and is not part of it. When it is
// absent the loader returns null and prints why, so that parity tests can be skipped — unless
// DUIDING_REQUIRE_SHARED=1 (CI), where its absence is an error.
import fs, { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import type { PatternsDocument } from '../../src/domain/patterns/types.ts';
import { NOT_APPLICABLE, type AnswerValue, type Question, type Questionnaire } from '../../src/domain/questionnaire/types.ts';

export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const CASE_2000_DIR = path.join(SHARED_DIR, 'reference', 'case-2000');

export interface ReferencePattern {
  a: string;
  b: string;
  test: string;
  statistic: number;
  df?: number;
  p: number;
  q: number;
  n: number;
  effect: { name: string; value: number };
}

export interface ReferenceCase {
  questionnaire: Questionnaire;
  answers: Record<string, AnswerValue>[];
  reference: Omit<PatternsDocument, 'patterns'> & { patterns: ReferencePattern[] };
}

/** The case-2000 reference, or null (with a console notice) when ../shared is not there. */
export function loadReferenceCase(dir = CASE_2000_DIR): ReferenceCase | null {
  if (!existsSync(dir)) {
    const message = `shared reference case not found at ${dir}`;
    if (process.env.DUIDING_REQUIRE_SHARED === '1') throw new Error(`${message} (DUIDING_REQUIRE_SHARED=1)`);
    console.warn(`${message}: SciPy parity tests are skipped`);
    return null;
  }
  const questionnaire = JSON.parse(readFileSync(path.join(dir, 'questionnaire.json'), 'utf8')) as Questionnaire;
  const answers = readStories(questionnaire, readFileSync(path.join(dir, 'stories.csv'), 'utf8'));
  const reference = JSON.parse(readFileSync(path.join(dir, 'reference.json'), 'utf8')) as ReferenceCase['reference'];
  return { questionnaire, answers, reference };
}

/** The answers of each story of a duiding.stories/v1 CSV, by question key. */
export function readStories(questionnaire: Questionnaire, csv: string): Record<string, AnswerValue>[] {
  const [header, ...rows] = parseCsv(csv);
  const column = new Map(header.fields.map((name, index) => [name, index]));
  return rows.map((row) => {
    const cell = (name: string): string => {
      const index = column.get(name);
      return index === undefined ? '' : (row.fields[index] ?? '');
    };
    const answers: Record<string, AnswerValue> = {};
    for (const question of questionnaire.questions) {
      const value = readAnswer(question, cell);
      if (value !== undefined) answers[question.key] = value;
    }
    return answers;
  });
}

/** undefined = unanswered (empty cell). */
function readAnswer(question: Question, cell: (name: string) => string): AnswerValue | undefined {
  const key = question.key;
  switch (question.type) {
    case 'slider':
    case 'scale':
    case 'number':
      return numberCell(cell(key));
    case 'choice':
    case 'area':
    case 'text': {
      const text = cell(key);
      return text === '' ? undefined : text === 'NA' ? NOT_APPLICABLE : text;
    }
    case 'multichoice': {
      // An empty cell cannot tell "skipped" from "chose none"; the reference scan (pandas, with
      // keep_default_na=False) reads it as an answer with no option chosen, and so do we.
      const text = cell(key);
      return text === 'NA' ? NOT_APPLICABLE : text === '' ? [] : text.split('|');
    }
    case 'triad': {
      const parts = [1, 2, 3].map((corner) => cell(`${key}.${corner}`));
      if (parts.every((part) => part === 'NA')) return NOT_APPLICABLE;
      const weights = parts.map(numberCell);
      // A triad with a part missing has no position: unanswered, as pandas' NaN sum makes it.
      if (!weights.every((w) => typeof w === 'number')) return undefined;
      return weights as [number, number, number];
    }
    case 'stones': {
      const points: Record<string, [number, number]> = {};
      for (const stone of question.stones) {
        const x = numberCell(cell(`${key}.${stone.key}.x`));
        const y = numberCell(cell(`${key}.${stone.key}.y`));
        if (typeof x === 'number' && typeof y === 'number') points[stone.key] = [x, y];
      }
      return Object.keys(points).length > 0 ? points : undefined;
    }
  }
}

function numberCell(text: string): number | typeof NOT_APPLICABLE | undefined {
  if (text === 'NA') return NOT_APPLICABLE;
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The reference case's area register (its 8 wijken of GM0479) as a CSV for `duiding import
 * areas`: stories and figures for areas the register lacks are refused (issue 13).
 */
export function writeReferenceAreas(file: string, dir = CASE_2000_DIR): string {
  const codes = new Set<string>();
  for (const name of ['indicators.csv']) {
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/).slice(1)) if (line) codes.add(line.split(',')[1]!);
  }
  fs.writeFileSync(
    file,
    `code,name,year\nGM0479,Gemeente 0479,2025\n${[...codes]
      .sort()
      .map((c) => `${c},Wijk ${c.slice(-2)},2025`)
      .join('\n')}\n`,
  );
  return file;
}
