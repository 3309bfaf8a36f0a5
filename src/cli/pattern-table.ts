import type { PatternsDocument } from '../domain/patterns/index.ts';

/** The strongest patterns first: ranked by q, then p. */
export function printPatternTable(doc: PatternsDocument, out: NodeJS.WritableStream = process.stdout): void {
  const ranked = [...doc.patterns].sort((x, y) => (x.q ?? 2) - (y.q ?? 2) || (x.p ?? 2) - (y.p ?? 2));
  out.write(`${doc.stories} verhalen, ${doc.patterns.length} paren getoetst\n\n`);
  out.write(`${'a'.padEnd(22)} ${'b'.padEnd(22)} ${'toets'.padEnd(15)} ${'n'.padStart(6)} ${'effect'.padStart(14)} ${'p'.padStart(10)} ${'q'.padStart(10)}\n`);
  for (const p of ranked) {
    const effect = `${p.effect.name} ${p.effect.value === null ? '–' : p.effect.value.toFixed(3)}`;
    out.write(`${p.a.padEnd(22)} ${p.b.padEnd(22)} ${p.test.padEnd(15)} ${String(p.n).padStart(6)} ${effect.padStart(14)} ${fmt(p.p)} ${fmt(p.q)}\n`);
  }
}

function fmt(value: number | null | undefined): string {
  return (value === null || value === undefined ? '–' : value.toExponential(2)).padStart(10);
}
