// Dutch stop words: the Snowball Dutch list (snowballstem.org/algorithms/dutch/stop.txt), which is
// also PostgreSQL's `dutch.stop`, plus the everyday apostrophe contractions and a few very common
// words of spoken Dutch that the Snowball list leaves out. Matched on the lowercased surface form,
// before stemming.

const SNOWBALL = `
de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem
dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb
hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer
doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen
kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere`;

// z'n, m'n, d'r, 't, 's: contractions of zijn, mijn, haar/daar, het, des/is.
const CONTRACTIONS = `z'n m'n d'r 't 's`;

const SPOKEN = `we wij jij jullie hen jouw onze jou erg heel wel even toe waar wanneer welke werden`;

export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([SNOWBALL, CONTRACTIONS, SPOKEN].join(' ').split(/\s+/).filter(Boolean));

export function isDutchStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word);
}
