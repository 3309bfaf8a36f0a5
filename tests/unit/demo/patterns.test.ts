// The demo is built to show a few real patterns; these tests keep them discoverable.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/domain/demo/index.ts';
import type { StoryRecord } from '../../../src/domain/questionnaire/types.ts';

const { stories } = generateDemo();

function numbers(key: string, where: (s: StoryRecord) => boolean): number[] {
  return stories
    .filter(where)
    .map((s) => s.answers[key])
    .filter((v): v is number => typeof v === 'number');
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const weeks = (s: StoryRecord) => (typeof s.answers.wachtweken === 'number' ? s.answers.wachtweken : null);
function share(group: StoryRecord[], re: RegExp): number {
  return group.filter((s) => re.test(s.text)).length / group.length;
}

describe('built-in patterns', () => {
  it('jongeren feel less heard than ouders', () => {
    const jongeren = median(numbers('gehoord', (s) => s.answers.rol === 'jongere'));
    const ouders = median(numbers('gehoord', (s) => s.answers.rol === 'ouder'));
    expect(jongeren).toBeLessThan(ouders - 8);
  });

  it('people helped by Gezinspunt feel more heard than those helped by the others', () => {
    const gezinspunt = median(numbers('gehoord', (s) => s.answers.aanbieder === 'gezinspunt'));
    for (const other of ['wijkteam-noord', 'jeugdhulp-de-brug']) {
      expect(gezinspunt).toBeGreaterThan(median(numbers('gehoord', (s) => s.answers.aanbieder === other)) + 5);
    }
  });

  it('Molenwijk has by far the longest waits, and they grow in 2026', () => {
    const byWijk = Array.from({ length: 8 }, (_, i) => `WK99990${i + 1}`).map((code) => mean(numbers('wachtweken', (s) => s.answers.wijk === code)));
    const molenwijk = byWijk[2]!;
    for (const [i, m] of byWijk.entries()) if (i !== 2) expect(molenwijk).toBeGreaterThan(m * 1.5);
    const inYear = (y: number) => (s: StoryRecord) => s.answers.wijk === 'WK999903' && s.collectedAt.getUTCFullYear() === y;
    expect(mean(numbers('wachtweken', inYear(2026)))).toBeGreaterThan(mean(numbers('wachtweken', inYear(2025))));
  });

  it('longer waits go with a lower cijfer', () => {
    const short = mean(numbers('cijfer', (s) => (weeks(s) ?? 99) <= 4));
    const long = mean(numbers('cijfer', (s) => (weeks(s) ?? 0) >= 12));
    expect(long).toBeLessThan(short - 1);
  });

  it('"thuis = nee" is more frequent after long waits', () => {
    const shareNee = (group: StoryRecord[]) => group.filter((s) => s.answers.thuis === 'nee').length / group.length;
    const long = stories.filter((s) => (weeks(s) ?? 0) >= 12 && 'thuis' in s.answers);
    const short = stories.filter((s) => (weeks(s) ?? 99) <= 6 && 'thuis' in s.answers);
    expect(shareNee(long)).toBeGreaterThan(2 * shareNee(short));
  });

  it('the words of a story go with how the teller feels about it', () => {
    const dutch = stories.filter((s) => s.language === 'nl');
    const boos = dutch.filter((s) => s.answers.gevoel === 'boos');
    const opgelucht = dutch.filter((s) => s.answers.gevoel === 'opgelucht');
    expect(boos.length).toBeGreaterThan(100);
    expect(opgelucht.length).toBeGreaterThan(100);
    expect(share(boos, /wachtlijst/)).toBeGreaterThan(2 * share(opgelucht, /wachtlijst/));
    expect(share(boos, /steeds opnieuw/)).toBeGreaterThan(5 * share(opgelucht, /steeds opnieuw/) + 0.1);
    expect(share(opgelucht, /vaste contactpersoon/)).toBeGreaterThan(2 * share(boos, /vaste contactpersoon/));
    expect(share(opgelucht, /luisterde/)).toBeGreaterThan(5 * share(boos, /luisterde/) + 0.1);
  });

  it('every gevoel occurs often enough to compare groups', () => {
    for (const gevoel of ['opgelucht', 'tevreden', 'onzeker', 'verdrietig', 'boos']) {
      expect(stories.filter((s) => s.answers.gevoel === gevoel).length, gevoel).toBeGreaterThan(150);
    }
  });
});
