// Addresses of the observation pages, and an observation's source as the address of the page it
// came from (the pattern, the comparison, the stories behind a selection).
import type { ObservationSource, QueryPairs } from '../../../domain/sensemaking/source.ts';
import { patternHref, query, storiesHref } from '../patterns/links.ts';

export const observationHref = (id: string) => `/observaties/${encodeURIComponent(id)}`;
export const boardHref = (key: string) => `/perspectieven/${encodeURIComponent(key)}`;
export const perspectiveHref = (key: string, id: string) => `${boardHref(key)}/${encodeURIComponent(id)}`;
export const reportHref = (key: string, pdf = false) => `/catalyse/${encodeURIComponent(key)}${pdf ? '/pdf' : ''}`;

/** The new-observation form for a source: `bron` names the kind, the rest is the source's own address. */
export function writeHref(key: string, kind: 'patroon' | 'vergelijking' | 'selectie', pairs: QueryPairs): string {
  return `/observaties/nieuw${query([['vragenlijst', key], ['bron', kind], ...pairs])}`;
}

export function sourceHref(key: string, source: ObservationSource): string {
  switch (source.kind) {
    case 'pattern':
      return patternHref(key, source.a, source.b, source.filter);
    case 'compare':
      return `/vergelijken/${encodeURIComponent(key)}${query(Object.entries(source.subsets))}`;
    case 'selection':
      return storiesHref(key, { group: source.group, range: source.range }, source.filter, source.search ? [['q', source.search]] : []);
  }
}
