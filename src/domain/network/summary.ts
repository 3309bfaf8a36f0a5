// One member's contribution to a network comparison, as services/network-compare builds it in the
// member's own scope: per shared variable its exact and rounded counts (the member's own engine)
// and the sufficient statistics of member-statistics.ts; per pair of variables the cross counts or
// ρ; its figure on each shared indicator. compare-document.ts turns these into what a reader sees.
import type { Disclosed } from '../disclosure/rounding.ts';
import type { NetworkMember } from './disclosure.ts';
import type { CrossCounts, GroupValueCounts, RankCorrelation, ValueCounts } from './member-statistics.ts';

export interface CountPair {
  exact: number;
  rounded: Disclosed;
}

interface ChoiceSummary {
  kind: 'choice';
  /** Stories that answered: the member contributes to this variable when > 0. */
  answered: CountPair;
  categories: ReadonlyMap<string, CountPair>;
}

interface NumberSummary {
  kind: 'number';
  answered: CountPair;
  values: ValueCounts;
}

export type VariableSummary = ChoiceSummary | NumberSummary;

export interface IndicatorFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  period: string;
}

export interface MemberSummary {
  member: NetworkMember;
  /** Its name (shown only when named, or to itself) and its pseudonym letter. */
  name: string;
  pseudonym: string;
  /** The member's own threshold: the base of its rounding, the floor for values. */
  threshold: number;
  stories: CountPair;
  variables: ReadonlyMap<string, VariableSummary>;
  /** Keyed by pairKey(a, b). */
  crosses: ReadonlyMap<string, CrossCounts>;
  correlations: ReadonlyMap<string, RankCorrelation>;
  /** Number × choice pairs, keyed by pairKey(number, choice): the number's value counts per category. */
  groups: ReadonlyMap<string, GroupValueCounts>;
  /** Shared indicators: the whole municipality, and per provider code. */
  indicators: ReadonlyMap<string, IndicatorFigure>;
  providerIndicators: ReadonlyMap<string, ReadonlyMap<string, IndicatorFigure>>;
}

export const pairKey = (a: string, b: string) => `${a}\u001f${b}`;
