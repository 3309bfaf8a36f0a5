export { scanPatterns, MINIMUM_STORIES, SIGNIFICANCE_LEVEL } from './scan.ts';
export { deriveVariables, compareCodePoints, CHOSEN, NOT_CHOSEN } from './variables.ts';
export type { AnalysisVariables, Answers, CategoricalVariable, NumericVariable } from './variables.ts';
export type * from './types.ts';
