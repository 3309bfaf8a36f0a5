// Addresses of the pattern workbench. The filter travels as the API's own query parameters
// (`collection`, `period`, `rol=jongere`, later `code:x=ja`), so every link keeps it and a
// page's address can be pasted into the API (GET /api/v1/questionnaires/{key}/patterns).
export type Pairs = ReadonlyArray<readonly [string, string]>;

export interface CellParams {
  group?: string[];
  range?: string[];
  var?: string;
  min?: string;
  max?: string;
}

export function query(pairs: Pairs): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const listHref = (key: string, filter: Pairs, extra: Pairs = []) => `/patronen/${encodeURIComponent(key)}${query([...filter, ...extra])}`;

/** One pattern: `patroon=A|B` (a name nobody gives a question, unlike a or b). */
export const patternHref = (key: string, a: string, b: string, filter: Pairs) =>
  `/patronen/${encodeURIComponent(key)}/patroon${query([['patroon', `${a}|${b}`], ...filter])}`;

function cellPairs(cell: CellParams): [string, string][] {
  const pairs: [string, string][] = [];
  for (const g of cell.group ?? []) pairs.push(['group', g]);
  for (const r of cell.range ?? []) pairs.push(['range', r]);
  if (cell.var) pairs.push(['var', cell.var]);
  if (cell.min !== undefined) pairs.push(['min', cell.min]);
  if (cell.max !== undefined) pairs.push(['max', cell.max]);
  return pairs;
}

/** The stories behind a cell, in the API's cell syntax (stories-behind). */
export const storiesHref = (key: string, cell: CellParams, filter: Pairs, extra: Pairs = []) =>
  `/patronen/${encodeURIComponent(key)}/verhalen${query([...cellPairs(cell), ...filter, ...extra])}`;

/** A number as it goes into a link: the shortest text that reads back as the same double. */
const bound = (value: number) => String(value);

export const rangeOf = (variable: string, min: number, max: number | null) => `${variable}:${bound(min)}:${max === null ? '' : bound(max)}`;

interface PatternShape {
  a: string;
  b: string;
  test: string;
  groups?: { label: string }[];
  table?: { rows: string[]; columns: string[] };
}

/**
 * The n stories of a whole pattern: a numeric variable must be present (an open range), a choice
 * or area question must have one of the pattern's categories (a filter listing them, OR). A
 * multichoice option's yes/no cannot be said so; then the link may show a few stories more.
 */
export function patternStoriesHref(key: string, p: PatternShape, filter: Pairs): string {
  const range: string[] = [];
  const extra: [string, string][] = [];
  const categorical = (variable: string, labels: string[]) => {
    if (!variable.includes('=') && labels.length > 0) extra.push([variable, labels.join(',')]);
  };
  if (p.test === 'spearman') range.push(`${p.a}::`, `${p.b}::`);
  else if (p.test === 'chi-square' && p.table) {
    categorical(p.a, p.table.rows);
    categorical(p.b, p.table.columns);
  } else {
    range.push(`${p.a}::`);
    categorical(
      p.b,
      (p.groups ?? []).map((g) => g.label),
    );
  }
  return storiesHref(key, { range }, [...filter, ...extra]);
}
