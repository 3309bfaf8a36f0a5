// The original Snowball Dutch stemmer (snowballstem.org/algorithms/dutch/stemmer.html, the
// algorithm Snowball 2.x ships as "dutch" and Snowball 3 keeps as "dutch_porter"). It is the
// stemmer behind PostgreSQL's `dutch` text-search configuration (ts_lexize('dutch_stem', …)),
// so the words found here match what the story search finds. Follows dutch.sbl step by step.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const ACCENTS: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u', á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.has(ch);
const isNonVowel = (ch: string | undefined) => ch !== undefined && !VOWELS.has(ch);

/** Stems one lowercase Dutch word. */
export function stemDutch(word: string): string {
  // Prelude: remove umlauts and acute accents; initial y, y after a vowel and i between vowels
  // become consonants (Y, I).
  const w = [...word].map((ch) => ACCENTS[ch] ?? ch);
  if (w[0] === 'y') w[0] = 'Y';
  for (let i = 0; i < w.length; ) {
    if (isVowel(w[i])) {
      if (w[i + 1] === 'i' && isVowel(w[i + 2])) {
        w[i + 1] = 'I';
        i += 3;
        continue;
      }
      if (w[i + 1] === 'y') {
        w[i + 1] = 'Y';
        i += 2;
        continue;
      }
    }
    i++;
  }
  let s = w.join('');

  // Regions: R1 after the first non-vowel following a vowel, but at least 3 letters in; R2 the same within R1.
  let p1 = s.length;
  let p2 = s.length;
  if (s.length >= 3) {
    // gopast v gopast non-v: position just after the first non-vowel that follows a vowel.
    const gopast = (from: number): number => {
      let i = from;
      while (i < s.length && !isVowel(s[i])) i++;
      if (i >= s.length) return -1;
      i++;
      while (i < s.length && isVowel(s[i])) i++;
      if (i >= s.length) return -1;
      return i + 1;
    };
    const r1 = gopast(0);
    if (r1 >= 0) {
      p1 = Math.max(r1, 3);
      const r2 = gopast(r1);
      if (r2 >= 0) p2 = r2;
    }
  }

  const inR1 = (pos: number) => pos >= p1;
  const inR2 = (pos: number) => pos >= p2;
  const undouble = () => {
    if (/(kk|dd|tt)$/.test(s)) s = s.slice(0, -1);
  };
  // en_ending: in R1, preceded by a non-vowel and not by "gem"; then undouble.
  const enEnding = (start: number): boolean => {
    if (!inR1(start) || !isNonVowel(s[start - 1]) || s.slice(0, start).endsWith('gem')) return false;
    s = s.slice(0, start);
    undouble();
    return true;
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    if (!s.endsWith('e')) return;
    const start = s.length - 1;
    if (!inR1(start) || !isNonVowel(s[start - 1])) return;
    s = s.slice(0, start);
    eFound = true;
    undouble();
  };

  // Step 1.
  const step1 = longest(s, ['heden', 'ene', 'en', 'se', 's']);
  if (step1 === 'heden') {
    const start = s.length - 5;
    if (inR1(start)) s = s.slice(0, start) + 'heid';
  } else if (step1 === 'en' || step1 === 'ene') {
    enEnding(s.length - step1.length);
  } else if (step1 === 's' || step1 === 'se') {
    const start = s.length - step1.length;
    const before = s[start - 1];
    if (inR1(start) && isNonVowel(before) && before !== 'j') s = s.slice(0, start);
  }

  // Step 2.
  eEnding();

  // Step 3a.
  if (s.endsWith('heid')) {
    const start = s.length - 4;
    if (inR2(start) && s[start - 1] !== 'c') {
      s = s.slice(0, start);
      if (s.endsWith('en')) enEnding(s.length - 2);
    }
  }

  // Step 3b.
  const step3 = longest(s, ['end', 'ing', 'ig', 'lijk', 'baar', 'bar']);
  if (step3) {
    const start = s.length - step3.length;
    if (step3 === 'end' || step3 === 'ing') {
      if (inR2(start)) {
        s = s.slice(0, start);
        const igStart = s.length - 2;
        if (s.endsWith('ig') && inR2(igStart) && s[igStart - 1] !== 'e') s = s.slice(0, igStart);
        else undouble();
      }
    } else if (step3 === 'ig') {
      if (inR2(start) && s[start - 1] !== 'e') s = s.slice(0, start);
    } else if (step3 === 'lijk') {
      if (inR2(start)) {
        s = s.slice(0, start);
        eEnding();
      }
    } else if (step3 === 'baar') {
      if (inR2(start)) s = s.slice(0, start);
    } else if (step3 === 'bar') {
      if (inR2(start) && eFound) s = s.slice(0, start);
    }
  }

  // Step 4: undouble a vowel in a final non-vowel, double vowel, non-vowel (maan → man).
  const n = s.length;
  if (n >= 4) {
    const last = s[n - 1];
    const pair = s.slice(n - 3, n - 1);
    if (isNonVowel(last) && last !== 'I' && ['aa', 'ee', 'oo', 'uu'].includes(pair) && isNonVowel(s[n - 4])) {
      s = s.slice(0, n - 2) + last;
    }
  }

  return s.replace(/I/g, 'i').replace(/Y/g, 'y');
}

function longest(s: string, suffixes: string[]): string | null {
  let best: string | null = null;
  for (const suffix of suffixes) if (s.endsWith(suffix) && (best === null || suffix.length > best.length)) best = suffix;
  return best;
}
