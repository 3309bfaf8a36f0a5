export { stemDutch } from './dutch-stemmer.ts';
export { DUTCH_STOP_WORDS, isDutchStopWord } from './dutch-stop-words.ts';
export { tokenize } from './tokenize.ts';
export { weightedLogOdds, DEFAULT_ALPHA0, DEFAULT_MIN_COUNT, type LogOddsRow, type LogOddsInput } from './log-odds.ts';
export { parseGroupFilter, matchesFilter, type GroupFilter } from './group-filter.ts';
export { distinctiveWords, rankWords, stemTokens, StemCounter, DEFAULT_TOP, type WordsDocument, type DistinctiveWord, type WordStory, type WordsOptions } from './distinctive-words.ts';
