// Search terms marked in a story: the words of the search (quotes and operators of websearch
// syntax left out), matched at the start of a word and, for longer terms, on their stem-like
// beginning too, since the full-text search finds "wachtlijst" for "wachtlijsten".
import type { Child } from 'hono/jsx';

export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  return [
    ...new Set(
      search
        .toLowerCase()
        .replace(/["()]/g, ' ')
        .split(/\s+/)
        .filter((w) => w.length >= 2 && w !== 'or' && !w.startsWith('-')),
    ),
  ];
}

function pattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const roots = terms.map((t) => (t.length > 5 ? t.slice(0, t.length - 2) : t)).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${roots.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** A stretch of the text around the first match (or its start), about `length` characters. */
export function snippet(text: string, terms: string[], length = 260): string {
  const re = pattern(terms);
  const at = re ? text.search(re) : -1;
  if (text.length <= length) return text;
  const start = at < 0 ? 0 : Math.max(0, at - Math.floor(length / 3));
  const cut = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const re = pattern(terms);
  if (!re) return <>{text}</>;
  const parts: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(re)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(<mark>{match[0]}</mark>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
