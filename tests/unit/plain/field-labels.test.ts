// Edge #6 of issue 17: a message a person reads names a form field by its label ("Periode",
// "Drempel voor kleine aantallen"), never by its internal name; the API keeps the machine name
// in the problem's own `field` property, and a location in an uploaded file stays a path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, MACHINE_ONLY_FIELDS } from '../../../src/domain/field-labels.ts';
import { formatProblem, InputRejected, type Problem } from '../../../src/domain/problems.ts';
import { validateThreshold } from '../../../src/domain/privacy/suppression.ts';
import { problemResponse } from '../../../src/http/problem.ts';

function rejection(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputRejected) return error.problems;
    throw error;
  }
  throw new Error('expected a rejection');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('field names in messages for people', () => {
  it('names the threshold and the period by their labels, in Dutch and English', () => {
    const [threshold] = rejection(() => validateThreshold('2'));
    expect(formatProblem(threshold, 'nl')).toMatch(/^Drempel voor kleine aantallen: de drempel/);
    expect(formatProblem(threshold, 'en')).toMatch(/^Small-group threshold: the small-cell threshold/);
    const period: Problem = { field: 'period', code: 'invalid-period', nl: '"2026-13" is geen periode', en: '"2026-13" is not a period' };
    expect(formatProblem(period, 'nl')).toBe('Periode: "2026-13" is geen periode');
    expect(formatProblem(period, 'en')).toBe('Period: "2026-13" is not a period');
    for (const lang of ['nl', 'en'] as const) {
      expect(formatProblem(threshold, lang)).not.toContain('suppressionThreshold');
      expect(formatProblem(period, lang)).not.toMatch(/veld|field/);
    }
  });

  it('keeps a path inside an uploaded file, where it tells the author where to look', () => {
    const inFile: Problem = { file: 'vragenlijst.json', field: 'title', code: 'missing', nl: 'dit veld ontbreekt', en: 'missing' };
    expect(formatProblem(inFile, 'nl')).toBe('vragenlijst.json: veld "title": dit veld ontbreekt');
  });

  it('keeps the machine name in the API problem, beside the readable message', async () => {
    const [threshold] = rejection(() => validateThreshold('x'));
    const app = new Hono().get('/', (c) => problemResponse(c, 400, 'invalid-input', { en: 'Invalid input', nl: 'Ongeldige invoer' }, [threshold]));
    const response = await app.request('/');
    const body = (await response.json()) as { errors: { field: string; message_nl: string }[] };
    expect(body.errors[0].field).toBe('suppressionThreshold');
    expect(body.errors[0].message_nl).toMatch(/^Drempel voor kleine aantallen:/);
  });

  it('has a label for every form field a service names in a problem', () => {
    const named = new Set<string>();
    for (const file of [
      ...sourceFiles('src/services'),
      ...sourceFiles('src/domain/privacy'),
      ...sourceFiles('src/domain/patterns'),
      ...sourceFiles('src/http'),
      ...sourceFiles('src/cli'),
    ]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bfield: '([^']+)'/g)) named.add(match[1]);
    }
    const unlabelled = [...named].filter((f) => !FIELD_LABELS[f] && !MACHINE_ONLY_FIELDS.includes(f));
    expect(unlabelled).toEqual([]);
    expect(named.size).toBeGreaterThan(20);
  });
});
