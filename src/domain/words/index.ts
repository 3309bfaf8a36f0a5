export { stemDutch } from './dutch-stemmer.ts';
export { DUTCH_STOP_WORDS } from './dutch-stop-words.ts';
export { tokenize } from './tokenize.ts';
export { parseGroupFilter, matchesFilter } from './group-filter.ts';
export { rankWords, stemTokens, StemCounter, DEFAULT_TOP, type WordsDocument, type DistinctiveWord } from './distinctive-words.ts';
