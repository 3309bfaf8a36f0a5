export { scanPatterns } from './scan.ts';
export { deriveVariables, CHOSEN, NOT_CHOSEN } from './variables.ts';
export type { AnalysisVariables, Answers, CategoricalVariable, NumericVariable } from './variables.ts';
export type * from './types.ts';
