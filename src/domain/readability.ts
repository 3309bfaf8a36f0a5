// Dutch readability: Flesch–Douma (W. H. Douma, 1960), the Dutch adaptation of Flesch's Reading
// Ease:  206,835 − 0,77 × (lettergrepen per 100 woorden) − 0,93 × (woorden per zin).
// Higher is easier: 60–70 is plain ("normaal"), 70+ is easy. docs/language.md says which
// thresholds the tests hold the teller's texts and the monitor's sentences to, and why.
//
// Syllables are counted as vowel groups, where a group splits into the vowel sounds Dutch
// spells with several letters (aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, ou, au, and the three-
// letter aai, ooi, oei, eeu, ieu): "beoordeling" = be-oor-de-ling, 4. A trema starts a new
// syllable ("ideeën" = i-dee-en, 3; "geïnteresseerd", 5). Known misses are loanwords such as
// "museum" (mu-se-um, counted 2): few enough not to move a score.

const TRIGRAPHS = ['aai', 'ooi', 'oei', 'eeu', 'ieu'];
const DIGRAPHS = ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ui', 'ou', 'au'];
/** "ij" becomes this one letter before counting (it is one vowel sound, and j is otherwise a consonant). */
const IJ = 'ĳ';
const PLAIN = new Set('aeiouy' + IJ);
const TREMA = new Set('äëïöü');

/** Accents that do not change the count (é, è, ó, â) become their plain letter; trema stays. */
function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/ij/g, IJ)
    .replace(/[áàâ]/g, 'a')
    .replace(/[éèê]/g, 'e')
    .replace(/[íìî]/g, 'i')
    .replace(/[óòô]/g, 'o')
    .replace(/[úùû]/g, 'u');
}

/** Syllables in one run of vowels, e.g. "eoo" (be-oor) = 2, "eeë" (ideeën) = 2. */
function syllablesInRun(run: string): number {
  let count = 0;
  let i = 0;
  while (i < run.length) {
    if (TREMA.has(run[i])) {
      count++;
      i++;
      continue;
    }
    const three = run.slice(i, i + 3);
    const two = run.slice(i, i + 2);
    if (three.length === 3 && TRIGRAPHS.includes(three)) i += 3;
    else if (two.length === 2 && DIGRAPHS.includes(two)) i += 2;
    else i += 1;
    count++;
  }
  return count;
}

/** Syllables of one Dutch word; at least 1 for any word with a letter or digit. */
export function dutchSyllables(word: string): number {
  const letters = normalise(word).replace(/[^a-zäëïöü\d\u0133]/g, '');
  if (!letters) return 0;
  // A number is read aloud; "1.204" or "2026" counts as two syllables, a rough mean.
  if (/^\d+$/.test(letters)) return 2;
  let count = 0;
  let run = '';
  for (const ch of letters) {
    if (PLAIN.has(ch) || TREMA.has(ch)) run += ch;
    else if (run) {
      count += syllablesInRun(run);
      run = '';
    }
  }
  if (run) count += syllablesInRun(run);
  return Math.max(1, count);
}

/** Words: runs of letters and digits (with inner . , ' - as in "1.204", "0,42", "zo'n", "e-mail"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\d]+(?:[.,'’-][\p{L}\d]+)*/gu) ?? [];
}

/**
 * Sentences: split after . ! ? followed by a space, except inside quotation marks, so that
 * 'Het antwoord op "Voelde u zich gehoord?" verschilt' stays one sentence.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (!quoted && /[.!?]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      sentences.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => wordsOf(s).length > 0);
}

export interface Readability {
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** Flesch–Douma of a text (one or more sentences). */
export function fleschDouma(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, w) => sum + dutchSyllables(w), 0);
  if (!words.length) return { score: 100, words: 0, sentences: 0, syllables: 0 };
  const score = 206.835 - 0.77 * ((syllables / words.length) * 100) - 0.93 * (words.length / sentences.length);
  return { score, words: words.length, sentences: sentences.length, syllables };
}
