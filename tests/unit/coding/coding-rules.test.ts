// The pure rules of coding (issue 11): slugs, two levels, spans, sentences, and the conversion
// between UTF-16 offsets (Duiding, the browser) and code points (REFI-QDA).
import { describe, expect, it } from 'vitest';
import { checkCode, codebookOrder, type CodeDefinition } from '../../../src/domain/coding/codebook.ts';
import { checkSpan, overlaps, sentences } from '../../../src/domain/coding/passage.ts';
import { codePoints, utf16Offset } from '../../../src/domain/coding/qdpx-write.ts';

const book: CodeDefinition[] = [
  { slug: 'welzijn', label: 'Welzijn', description: '', parent: null },
  { slug: 'eenzaamheid', label: 'Eenzaamheid', description: '', parent: 'welzijn' },
  { slug: 'autonomie', label: 'Autonomie', description: '', parent: null },
];
const codes = (input: Parameters<typeof checkCode>[0], editing: string | null = null) =>
  checkCode(input, book, editing).problems.map((p) => `${p.field}:${p.code}`);

describe('codebook rules', () => {
  it('accepts a code and trims its label and description', () => {
    expect(checkCode({ slug: 'hulp_buren-2', label: ' Hulp ', description: ' x ', parent: 'welzijn' }, book).code).toEqual({
      slug: 'hulp_buren-2',
      label: 'Hulp',
      description: 'x',
      parent: 'welzijn',
    });
  });

  it('refuses bad and duplicate slugs, empty labels, a child as parent, an unknown parent', () => {
    expect(codes({ slug: 'welzijn', label: 'X' })).toEqual(['slug:duplicate-slug']);
    for (const slug of ['Welzijn', '1code', 'met spatie', 'code:x', 'x=y', '', 'a'.repeat(41)]) expect(codes({ slug, label: 'X' })[0]).toMatch(/^slug:/);
    expect(codes({ slug: 'x', label: '  ' })).toEqual(['label:required']);
    expect(codes({ slug: 'x', label: 'X', parent: 'eenzaamheid' })).toEqual(['parent:parent-is-child']);
    expect(codes({ slug: 'x', label: 'X', parent: 'nergens' })).toEqual(['parent:unknown-parent']);
    expect(codes({ slug: 'x', label: 'X', description: 5 })).toEqual(['description:not-text']);
  });

  it('keeps two levels when editing: a parent with children cannot become a child, nor its own parent', () => {
    expect(codes({ label: 'W', parent: 'autonomie' }, 'welzijn')).toEqual(['parent:has-children']);
    expect(codes({ label: 'A', parent: 'autonomie' }, 'autonomie')).toEqual(['parent:own-parent']);
    expect(codes({ label: 'A', parent: 'welzijn' }, 'autonomie')).toEqual([]);
  });

  it('orders parents by label, each followed by its children', () => {
    expect(codebookOrder(book).map((c) => c.slug)).toEqual(['autonomie', 'welzijn', 'eenzaamheid']);
  });
});

describe('spans', () => {
  const span = (input: { start?: unknown; end?: unknown } | null, length = 10) => checkSpan(input, length);
  it('reads the whole story, a passage, and refuses what is not one', () => {
    expect(span(null).target).toBeNull();
    expect(span({}).target).toBeNull();
    expect(span({ start: 0, end: 10 }).target).toEqual({ start: 0, end: 10 });
    expect(span({ start: 3, end: 11 }).problems.map((p) => `${p.field}:${p.code}`)).toEqual(['end:past-end']);
    expect(span({ start: 4, end: 4 }).problems.map((p) => `${p.field}:${p.code}`)).toEqual(['start:empty-span']);
    expect(span({ start: 2 }).problems.map((p) => `${p.field}:${p.code}`)).toEqual(['end:required']);
    expect(span({ start: -1, end: 2 }).problems.map((p) => p.code)).toEqual(['not-an-offset']);
    expect(span({ start: '1', end: 2 }).problems.map((p) => p.code)).toEqual(['not-an-offset']);
  });

  it('calls passages overlapping only when they share a character', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });

  it('splits a text into sentences with their offsets, without surrounding spaces', () => {
    const text = 'Eerste zin. Tweede zin!\nDerde regel zonder punt';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Eerste zin.', 'Tweede zin!', 'Derde regel zonder punt']);
  });
});

describe('positions: UTF-16 offsets and code points', () => {
  const text = 'a😀b😀c';
  it('counts an emoji as one character for REFI-QDA and two units for JavaScript', () => {
    expect(codePoints(text, 3)).toBe(2); // "a😀"
    expect(codePoints(text, text.length)).toBe(5);
    expect(utf16Offset(text, 2)).toBe(3);
    expect(utf16Offset(text, 5)).toBe(text.length);
    expect(utf16Offset(text, 6)).toBeNull();
    for (let i = 0; i <= 5; i++) expect(codePoints(text, utf16Offset(text, i)!)).toBe(i);
  });
});
