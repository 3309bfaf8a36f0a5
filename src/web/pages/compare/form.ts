// The GET form of /vergelijken/{questionnaire} without JavaScript: per subset an answer (select
// named a, b, c, d — the API's own parameters, so a URL of the API's shape works here too), a
// period, a collection and an own filter, combined into one FILTER in the scan's syntax. And the
// links from every count to the stories behind it (/verhalen with the same filter syntax).
import { REST, SUBSET_NAMES, type SubsetName } from '../../../domain/patterns/compare-filter.ts';

interface SubsetFields {
  answer: string;
  period: string;
  collection: string;
  own: string;
}

export type CompareFields = Record<SubsetName, SubsetFields>;

export function fieldsFromQuery(query: (name: string) => string | undefined): CompareFields {
  const read = (name: string) => (query(name) ?? '').trim().slice(0, 500);
  return Object.fromEntries(
    SUBSET_NAMES.map((name) => [
      name,
      { answer: read(name), period: read(`${name}_periode`), collection: read(`${name}_verzameling`), own: read(`${name}_eigen`) },
    ]),
  ) as CompareFields;
}

/** The FILTER of one subset, or undefined when all its fields are empty (the subset is not used). */
function filterOfFields(fields: SubsetFields): string | undefined {
  if (fields.answer === REST) return REST;
  const parts = [fields.own, fields.answer, fields.period && `period=${fields.period}`, fields.collection && `collection=${fields.collection}`].filter(
    (p) => p !== '',
  );
  return parts.length > 0 ? parts.join(';') : undefined;
}

/** The subsets to compare, by parameter; none when the form was not sent yet. */
export function filtersOfFields(fields: CompareFields): Partial<Record<SubsetName, string>> {
  const out: Partial<Record<SubsetName, string>> = {};
  for (const name of SUBSET_NAMES) {
    const filter = filterOfFields(fields[name]);
    if (filter !== undefined) out[name] = filter;
  }
  return out;
}

/**
 * The story list behind a subset (and a cell in it): published stories of the questionnaire
 * passing the subset's filter; for "rest", passing none of the other subsets' filters.
 */
export function storiesHref(
  questionnaire: string,
  subsets: readonly { name: string; filter: string }[],
  subset: string,
  cell: [string, string][] = [],
): string {
  const params = new URLSearchParams({ vragenlijst: questionnaire, status: 'published' });
  const own = subsets.find((s) => s.name === subset)!;
  if (own.filter === REST) for (const other of subsets) if (other.name !== subset) params.append('niet', other.filter);
  if (own.filter !== REST) params.append('filter', own.filter);
  for (const [name, value] of cell) params.append(name, value);
  return `/verhalen?${params}`;
}
