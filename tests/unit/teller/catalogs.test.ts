// Every shipped language of the storyteller's interface has every key of the Dutch catalog, with
// text (not a copy of the Dutch), the same placeholders, and working functions.
import { describe, expect, it } from 'vitest';
import { TELLER_CATALOGS, tellerCatalogLanguage, tellerMessages } from '../../../src/web/i18n/teller-catalogs.ts';
import { tellerNl } from '../../../src/web/i18n/teller.ts';
import { retentionPeriod } from '../../../src/web/retention-period.ts';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const dutch = new Map(leaves(tellerNl).map((l) => [l.path, l.value]));

describe.each(Object.keys(TELLER_CATALOGS).filter((l) => l !== 'nl'))('teller catalog %s', (language) => {
  const catalog = leaves(TELLER_CATALOGS[language]);
  const paths = new Map(catalog.map((l) => [l.path, l.value]));

  it('has exactly the keys of the Dutch catalog (lists of the same length)', () => {
    expect([...paths.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('translates every text, keeping the {placeholders}', () => {
    for (const [path, value] of paths) {
      const original = dutch.get(path);
      if (typeof value === 'function') {
        expect(typeof original, path).toBe('function');
        const sample = (value as (n: number) => string)(730);
        // The retention period is said in months and years (issue 17, edge 8), in this language.
        expect(sample, path).toContain(path.endsWith('retention') ? retentionPeriod(730, language) : '730');
        const dutchSample = (original as (n: number) => string)(730);
        if (dutchSample.length > 12) expect(sample, path).not.toBe(dutchSample);
        continue;
      }
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
      if (path === 'languageLink.label' || path === 'languageLink.lang') continue;
      expect(placeholders(value as string), path).toEqual(placeholders(original as string));
      // A copied Dutch sentence is a missing translation (short shared words like "IBAN" aside).
      if ((original as string).length > 12) expect(value, path).not.toBe(original);
    }
  });
});

describe('choosing a catalog', () => {
  it('takes the full tag, else its primary subtag, else Dutch', () => {
    expect(tellerCatalogLanguage('ar')).toBe('ar');
    expect(tellerCatalogLanguage('ar-MA')).toBe('ar');
    expect(tellerCatalogLanguage('so')).toBeNull();
    expect(tellerMessages('so')).toBe(tellerNl);
    expect(tellerMessages('tr').submit).toBe('Hikâyemi gönder');
  });
});
