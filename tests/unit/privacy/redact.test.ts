import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIban, passesElfproef } from '../../../src/domain/privacy/checks.ts';
import { redact, redactText } from '../../../src/domain/privacy/redact.ts';

// Every row: a personal detail as people write it, and the marker it must become. The detail is
// embedded in a sentence so that the surrounding words are checked to survive as well.
const PERSONAL: [string, string][] = [
  // BSN (valid by the elfproef)
  ['111222333', '[BSN]'],
  ['123456782', '[BSN]'],
  ['1234.56.782', '[BSN]'],
  ['123.456.782', '[BSN]'],
  ['123 456 782', '[BSN]'],
  ['12 34 56 782', '[BSN]'],
  ['123-456-782', '[BSN]'],
  // mobile
  ['0612345678', '[TELEFOON]'],
  ['06-12345678', '[TELEFOON]'],
  ['06 12345678', '[TELEFOON]'],
  ['06 1234 5678', '[TELEFOON]'],
  ['06 12 34 56 78', '[TELEFOON]'],
  ['06-12 34 56 78', '[TELEFOON]'],
  ['06 - 1234 5678', '[TELEFOON]'],
  ['(06) 12345678', '[TELEFOON]'],
  ['+31612345678', '[TELEFOON]'],
  ['+31 6 12345678', '[TELEFOON]'],
  ['+31 6 1234 5678', '[TELEFOON]'],
  ['+31-6-12345678', '[TELEFOON]'],
  ['+31 (0)6 12345678', '[TELEFOON]'],
  ['+31(0)612345678', '[TELEFOON]'],
  ['0031 6 12345678', '[TELEFOON]'],
  ['0031612345678', '[TELEFOON]'],
  ['06.12.34.56.78', '[TELEFOON]'],
  // landline
  ['010-1234567', '[TELEFOON]'],
  ['010 123 4567', '[TELEFOON]'],
  ['020-123 45 67', '[TELEFOON]'],
  ['(020) 123 4567', '[TELEFOON]'],
  ['(0592) 123456', '[TELEFOON]'],
  ['0592-123456', '[TELEFOON]'],
  ['0592 12 34 56', '[TELEFOON]'],
  ['0201234567', '[TELEFOON]'],
  ['+31 20 123 4567', '[TELEFOON]'],
  ['+31 (0)20 123 4567', '[TELEFOON]'],
  ['0031 (0)592 123456', '[TELEFOON]'],
  ['020/1234567', '[TELEFOON]'],
  ['088 – 123 45 67', '[TELEFOON]'],
  // e-mail
  ['jan.jansen@example.nl', '[E-MAIL]'],
  ['J.de.Vries+zorg@gemeente-voorbeeld.nl', '[E-MAIL]'],
  ['moeder_2010@mail.co.uk', '[E-MAIL]'],
  ['piet [at] voorbeeld.nl', '[E-MAIL]'],
  // IBAN (mod 97 valid)
  ['NL91ABNA0417164300', '[IBAN]'],
  ['NL91 ABNA 0417 1643 00', '[IBAN]'],
  ['nl91 abna 0417 1643 00', '[IBAN]'],
  ['NL44RABO0123456789', '[IBAN]'],
  ['NL44 RABO 0123 4567 89', '[IBAN]'],
  ['BE68539007547034', '[IBAN]'],
  ['DE89 3704 0044 0532 0130 00', '[IBAN]'],
  // postcode, with or without house number
  ['1234 AB', '[POSTCODE]'],
  ['1234AB', '[POSTCODE]'],
  ['1234ab', '[POSTCODE]'],
  ['1234 AB 12', '[POSTCODE]'],
  ['1234AB12', '[POSTCODE]'],
  ['9999 ZZ 1a', '[POSTCODE]'],
  // street + house number
  ['Dorpsstraat 12', '[ADRES]'],
  ['Dorpsstraat 12a', '[ADRES]'],
  ['Dorpsstraat 12 A', '[ADRES]'],
  ['Van Goghlaan 3-II', '[ADRES]'],
  ['Kerkweg 7 bis', '[ADRES]'],
  ['Laan van Meerdervoort 12', '[ADRES]'],
  ['Burgemeester de Withstraat 101-3', '[ADRES]'],
  ['Van der Helststraat 4 hs', '[ADRES]'],
  ['Oude Gracht 230', '[ADRES]'],
  ['Grote Markt 5', '[ADRES]'],
  ['Prins Hendrikkade 99-1', '[ADRES]'],
  ['Stationsplein 1', '[ADRES]'],
  ['Nieuwe Binnenweg 12B', '[ADRES]'],
  ['dorpsstraat 8', '[ADRES]'],
  ['Kastanjedreef 44', '[ADRES]'],
  ['Eikenlaan nr. 3', '[ADRES]'],
];

// Numbers that identify nobody: they must come out exactly as they went in.
const SURVIVING: string[] = [
  'In 2019 is mijn zoon geboren en in 2024 en 2025 ging het beter.',
  'Het kostte € 1.250,00 per maand, soms €1250 of 1.250 euro.',
  'Een bedrag van EUR 45,50 en 123.456.789 euro subsidie.',
  'We hadden om 14:30 een afspraak, daarna om 9.15 uur.',
  'Op 06-03-2024 om 14:30 belde de wijkcoach, en op 12/03/2024 weer.',
  'Op 1 januari 2025 begon het, op 2025-03-01 eindigde het.',
  'Mijn cijfer was een 7,5 en daarna een 8.',
  'Ongeveer 85% van de tijd, soms 12,5 procent.',
  'We zijn met 12 kinderen en 3 ouders; 150 mensen kwamen.',
  'Wachtlijst: 123456789 aanmeldingen (faalt de elfproef).',
  'Het nummer 111222334 klopt niet.',
  'Ik heb 3 jaar in Rotterdam 2 keer verhuisd.',
  'Ik wacht al 16 weken, dat is 112 dagen.',
  'Groep 7 en klas 3, 2 x per week.',
  'Het dossier had 0 fouten en kostte 0,00 euro.',
  'Hij is 16 jaar, zijn zus 1234 dagen oud.',
  'We reden 100 km op de snelweg 3 uur lang.',
  'Score 4/5 en daarna 10/10.',
  'Vanaf 2024 en verder, 2019 in totaal.',
];

describe('redact: personal details become markers', () => {
  it.each(PERSONAL)('%s → %s', (detail, marker) => {
    expect(redactText(`Mijn gegevens: ${detail}. Groet`)).toBe(`Mijn gegevens: ${marker}. Groet`);
    expect(redactText(detail)).toBe(marker);
  });

  it('handles several details in one story and counts them', () => {
    const story =
      'Bel mij op 06-12345678 of mail naar ouder@example.nl. Ik woon op Dorpsstraat 12a, 1234 AB Voorbeeld. ' +
      'BSN 1234.56.782, rekening NL91 ABNA 0417 1643 00.';
    const result = redact(story);
    expect(result.text).toBe('Bel mij op [TELEFOON] of mail naar [E-MAIL]. Ik woon op [ADRES], [POSTCODE] Voorbeeld. BSN [BSN], rekening [IBAN].');
    expect(result.counts).toEqual({ bsn: 1, phone: 1, email: 1, iban: 1, postcode: 1, address: 1 });
  });

  it('keeps the words next to an address', () => {
    expect(redactText('Ook Van Goghlaan 3-II was een adres.')).toBe('Ook [ADRES] was een adres.');
    expect(redactText('Toen woonden we aan de Kerkstraat 5 en 6 jaar later elders.')).toBe('Toen woonden we aan de [ADRES] en 6 jaar later elders.');
  });
});

describe('redact: numbers that are not personal stay', () => {
  it.each(SURVIVING)('%s', (sentence) => {
    expect(redactText(sentence)).toBe(sentence);
  });

  it('a nine-digit number is a BSN only when it passes the elfproef', () => {
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it('an IBAN is one only with a valid mod-97 check', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(redactText('code NL92 ABNA 0417 1643 00')).toBe('code NL92 ABNA 0417 1643 00');
  });
});

describe('redact: properties', () => {
  const pieces = fc.constantFrom(
    ...PERSONAL.map(([detail]) => detail),
    ...SURVIVING,
    ' ',
    ', ',
    '. ',
    '\n',
    'en',
    'Dorpsstraat',
    '12',
    '06',
    '-',
    '+31',
    '1234',
    'AB',
    '@',
    'NL91',
    '€ 1.250,00',
    '[BSN]',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(' ')),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
  );

  it('redacting twice gives the same as redacting once', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a detail of the table behind when it stands between spaces', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAL), fc.constantFrom('Hallo ', 'Tekst: ', ''), ([detail, marker], before) => {
        expect(redactText(`${before}${detail} ok`)).toBe(`${before}${marker} ok`);
      }),
    );
  });
});
