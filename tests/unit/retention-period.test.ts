// Issue 17, edge 8: a retention period of 1095 days read "1095 dagen (ongeveer 37 maanden)".
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/web/i18n/index.ts';
import { retentionPeriod, retentionPeriodWithDays } from '../../src/web/retention-period.ts';

describe('retention periods in words', () => {
  it('says whole years as months and years', () => {
    expect(retentionPeriod(1095, 'nl')).toBe('36 maanden (3 jaar)');
    expect(retentionPeriod(730, 'nl')).toBe('24 maanden (2 jaar)');
    expect(retentionPeriod(365, 'nl')).toBe('12 maanden (1 jaar)');
    expect(retentionPeriod(366, 'nl')).toBe('12 maanden (1 jaar)');
    expect(retentionPeriod(1826, 'nl')).toBe('60 maanden (5 jaar)');
    expect(retentionPeriod(1095, 'en')).toBe('36 months (3 years)');
    expect(retentionPeriod(365, 'en')).toBe('12 months (1 year)');
  });

  it('says whole months plainly, rounded months with "ongeveer", and short periods in days', () => {
    expect(retentionPeriod(182, 'nl')).toBe('6 maanden');
    expect(retentionPeriod(30, 'nl')).toBe('1 maand');
    expect(retentionPeriod(200, 'nl')).toBe('ongeveer 7 maanden');
    expect(retentionPeriod(200, 'en')).toBe('about 7 months');
    expect(retentionPeriod(14, 'nl')).toBe('14 dagen');
    expect(retentionPeriod(1, 'nl')).toBe('1 dag');
    expect(retentionPeriod(1, 'en')).toBe('1 day');
  });

  it('is what the teller’s privacy page and the beheerder’s data page say', () => {
    expect(messages('nl').teller.privacy.retention(1095)).toBe('Wij bewaren uw verhaal 36 maanden (3 jaar). Daarna verwijderen wij het.');
    expect(messages('en').teller.privacy.retention(1095)).toBe('We keep your story for 36 months (3 years). Then we delete it.');
    expect(messages('nl').adminData.days(1095)).toBe('36 maanden (3 jaar) — 1095 dagen');
    expect(retentionPeriodWithDays(10, 'nl')).toBe('10 dagen');
  });
});
