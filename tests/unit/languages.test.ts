// Languages of the wijk: direction by script, names in their own language, and the text search
// configuration per language, which must equal the SQL function of migration 0012.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directionOf, nativeName, TEXT_SEARCH_CONFIGS, textSearchConfig } from '../../src/domain/languages/index.ts';

describe('languages', () => {
  it('writes Arabic, Persian, Urdu, Hebrew and Arabic-script tags right to left, the rest left to right', () => {
    for (const tag of ['ar', 'fa', 'ur', 'he', 'ckb', 'ps', 'az-Arab']) expect(directionOf(tag), tag).toBe('rtl');
    for (const tag of ['nl', 'en', 'tr', 'pl', 'uk', 'ti', 'so', 'pap', 'az', 'not a tag']) expect(directionOf(tag), tag).toBe('ltr');
  });

  it('names each language in itself, with a capital, and falls back to the tag', () => {
    expect(nativeName('ar')).toBe('العربية');
    expect(nativeName('tr')).toBe('Türkçe');
    expect(nativeName('pl')).toBe('Polski');
    expect(nativeName('uk')).toBe('Українська');
    expect(nativeName('nl')).toBe('Nederlands');
    expect(nativeName('x-unknown!')).toBe('x-unknown!');
  });

  it('uses a stemming configuration where PostgreSQL has one, simple otherwise', () => {
    expect(textSearchConfig('nl')).toBe('dutch');
    expect(textSearchConfig('tr')).toBe('turkish');
    expect(textSearchConfig('ar-MA')).toBe('arabic');
    expect(textSearchConfig('pl')).toBe('simple');
    expect(textSearchConfig('uk')).toBe('simple');
    expect(textSearchConfig('ti')).toBe('simple');
  });

  it('has the same table as duiding_text_search_config in migration 0012', () => {
    const migration = readFileSync(new URL('../../src/db/migrations/0012_search_per_language.sql', import.meta.url), 'utf8');
    const inSql = Object.fromEntries([...migration.matchAll(/WHEN '([a-z]+)' THEN 'pg_catalog\.(\w+)'::regconfig/g)].map((m) => [m[1], m[2]]));
    expect(inSql).toEqual(TEXT_SEARCH_CONFIGS);
  });
});
