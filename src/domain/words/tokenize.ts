// Splits story text into word tokens: lowercased, letters only (Dutch diacritics kept), numbers
// and anything with a digit dropped, hyphens and other punctuation separate words. An apostrophe
// between letters stays inside the word ("z'n", "auto's"); the plural/possessive "'s" is then cut
// off ("auto's" → "auto"), so the contraction forms can be stop words.

const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}\p{Nd}]+)*/gu;
const DIGIT = /\p{Nd}/u;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    let token = match[0].replace(/’/g, "'");
    if (DIGIT.test(token)) continue;
    if (token.endsWith("'s") && token.length > 3) token = token.slice(0, -2);
    if ([...token].length < 2) continue;
    tokens.push(token);
  }
  return tokens;
}
