export { scanPatterns } from './scan.ts';
export type { Answers } from './variables.ts';
export type * from './types.ts';
