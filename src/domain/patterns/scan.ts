// The pattern scan of PRODUCT.md "Pattern semantics": every pair of analysis variables from
// different questions, tested as /work/shared/tools/scipy-scan.py (pandas + SciPy) does, in the
// same order: numeric × numeric (Spearman), then numeric × categorical (Mann–Whitney or
// Kruskal–Wallis, the numeric variable as a), then categorical × categorical (chi-square).
//
// Degenerate pairs, decided to follow the reference wherever it gives an answer:
// - numeric × categorical with fewer than two categories among the pair's stories, and
//   categorical pairs whose table has fewer than two rows or columns: no pattern (the reference
//   skips them too; no group is ever empty, since groups are the categories observed);
// - Spearman with n < 3 or a constant variable (SciPy: p = nan) and Kruskal–Wallis where all
//   values are equal (SciPy raises): listed, with p = q = null, and left out of BH. The
//   reference would feed nan into its BH and get q = nan for every pattern of the scan;
// - Mann–Whitney where all values are equal: p = 1, as SciPy, and counted in BH.
import type { Questionnaire } from '../questionnaire/types.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { isAnswerColumns, type AnswerColumns } from './columns.ts';
import { groupPattern } from './group-pair.ts';
import { spearmanPattern } from './numeric-pair.ts';
import { rankOnce } from './pair-support.ts';
import { tablePattern } from './table-pair.ts';
import type { Pattern, PatternsDocument } from './types.ts';
import { deriveVariables, type Answers } from './variables.ts';

const SIGNIFICANCE_LEVEL = 0.05;
/** Below this many stories a pattern is shown but never called significant. */
const MINIMUM_STORIES = 10;

/** The stories as one answers object each, or as columns (the answer snapshot's typed arrays). */
export function scanPatterns(questionnaire: Questionnaire, stories: ReadonlyArray<Answers> | AnswerColumns): PatternsDocument {
  const { numeric, categorical } = deriveVariables(questionnaire, stories);
  const ranked = numeric.map(rankOnce);
  const patterns: Pattern[] = [];

  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      if (ranked[i].question === ranked[j].question) continue;
      patterns.push(spearmanPattern(ranked[i], ranked[j]));
    }
  }
  for (const a of ranked) {
    for (const b of categorical) {
      if (a.question === b.question) continue;
      const pattern = groupPattern(a, b);
      if (pattern) patterns.push(pattern);
    }
  }
  for (let i = 0; i < categorical.length; i++) {
    for (let j = i + 1; j < categorical.length; j++) {
      if (categorical[i].question === categorical[j].question) continue;
      const pattern = tablePattern(categorical[i], categorical[j]);
      if (pattern) patterns.push(pattern);
    }
  }

  adjust(patterns);
  return { format: 'duiding.patterns/v1', stories: isAnswerColumns(stories) ? stories.count : stories.length, patterns };
}

/** q by Benjamini–Hochberg over the patterns that have a p; then significance. */
function adjust(patterns: Pattern[]): void {
  const q = benjaminiHochberg(patterns.map((pattern) => pattern.p ?? Number.NaN));
  patterns.forEach((pattern, k) => {
    pattern.q = Number.isNaN(q[k]) ? null : q[k];
    pattern.significant = pattern.q !== null && pattern.q < SIGNIFICANCE_LEVEL && pattern.n >= MINIMUM_STORIES;
  });
}
