import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/domain/words/tokenize.ts';
import { DUTCH_STOP_WORDS, isDutchStopWord } from '../../../src/domain/words/dutch-stop-words.ts';
import { stemDutch } from '../../../src/domain/words/dutch-stemmer.ts';
import { stemTokens } from '../../../src/domain/words/distinctive-words.ts';

describe('tokenize', () => {
  it('lowercases and keeps Dutch diacritics', () => {
    expect(tokenize('Ideeën over België, café en geïnteresseerd')).toEqual(['ideeën', 'over', 'belgië', 'café', 'en', 'geïnteresseerd']);
  });

  it('composes decomposed diacritics (NFC)', () => {
    expect(tokenize('ideee\u0308n')).toEqual(['ideeën']);
  });

  it('drops numbers and words with digits, and one-letter words', () => {
    expect(tokenize('Ik wachtte 12 weken, 3e keer, covid19 en a b')).toEqual(['ik', 'wachtte', 'weken', 'keer', 'en']);
  });

  it("keeps apostrophes inside words and cuts the plural/possessive 's", () => {
    expect(tokenize("Z'n auto's en m’n baby's, 't huis")).toEqual(["z'n", 'auto', 'en', "m'n", 'baby', 'huis']);
  });

  it('splits on hyphens and other punctuation', () => {
    expect(tokenize('ex-partner/wijkteam: "hulp!"')).toEqual(['ex', 'partner', 'wijkteam', 'hulp']);
  });
});

describe('Dutch stop words', () => {
  it('holds the 101 words of the Snowball Dutch list and the contractions', () => {
    for (const word of ['de', 'en', 'van', 'ik', 'het', 'een', 'niet', 'andere', 'geweest', 'iemand', "z'n", "m'n"]) expect(isDutchStopWord(word)).toBe(true);
    expect(DUTCH_STOP_WORDS.size).toBeGreaterThanOrEqual(101);
  });

  it('keeps content words', () => {
    for (const word of ['wachtlijst', 'boos', 'hulp', 'contactpersoon', 'luisterde']) expect(isDutchStopWord(word)).toBe(false);
  });

  it('are removed before stemming', () => {
    expect(stemTokens('De wachtlijst was niet kort').map((t) => t.stem)).toEqual(['wachtlijst', 'kort']);
  });
});

describe('Snowball Dutch stemmer', () => {
  // Pairs checked against PostgreSQL's snowball `dutch` dictionary (ts_lexize without stop words).
  const PAIRS: [string, string][] = [
    ['wachtlijsten', 'wachtlijst'],
    ['wachtlijst', 'wachtlijst'],
    ['luisteren', 'luister'],
    ['luisterde', 'luisterd'],
    ['contactpersonen', 'contactperson'],
    ['kinderen', 'kinder'],
    ['jongeren', 'jonger'],
    ['steeds', 'sted'],
    ['lichamelijk', 'licham'],
    ['lichamelijke', 'licham'],
    ['opgingen', 'opging'],
    ['aanbiedingen', 'aanbied'],
    ['mogelijkheden', 'mogelijk'],
    ['duidelijkheid', 'duidelijk'],
    ['eenzaamheid', 'eenzam'],
    ['gemeenten', 'gemeent'],
    ['bereikbaar', 'bereik'],
    ['bereikbare', 'bereik'],
    ['gelukkig', 'gelukk'],
    ['vervelend', 'vervel'],
    ['lopende', 'lopend'],
    ['draaien', 'draai'],
    ['ooievaar', 'ooievar'],
    ['maan', 'man'],
    ['brood', 'brod'],
    ['boompje', 'boompj'],
    ['kopiëren', 'kopier'],
    ['geïnteresseerd', 'geinteresseerd'],
    ['ruïne', 'ruin'],
    ['ideeën', 'ideeen'],
    ['kwaliteit', 'kwaliteit'],
  ];
  it.each(PAIRS)('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('leaves short words alone', () => {
    expect(stemDutch('ja')).toBe('ja');
    expect(stemDutch('us')).toBe('us');
  });
});
