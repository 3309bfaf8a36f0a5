// Street + house number ("Dorpsstraat 12a", "Van Goghlaan 3-II", "Kerkweg 7 bis", "Laan van
// Meerdervoort 12"). Recognised by the endings of Dutch street names; city names ending in
// -dam, -burg or -veld are deliberately not endings, so "in Rotterdam 3 keer" keeps its count.

/** Endings of street names; a capitalised word with one of these, then a house number. */
const ENDINGS = [
  'straatweg',
  'straatje',
  'straat',
  'laantje',
  'laan',
  'weg',
  'pleintje',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'hof',
  'hoven',
  'park',
  'pad',
  'steeg',
  'markt',
  'plantsoen',
  'boulevard',
  'allee',
  'wal',
  'ring',
  'baan',
  'erf',
  'oord',
  'weide',
  'akker',
  'kamp',
  'werf',
  'stoep',
  'promenade',
  'passage',
  'vaart',
  'wetering',
  'brink',
  'gaarde',
  'hoeve',
].join('|');
/** Lower-case typed street names: only endings that are rarely an ordinary noun ("snelweg 3" is not an address). */
const LOWER_ENDINGS = 'straat|straatje|laan|gracht|kade|singel|dreef|steeg|plantsoen';
/** Street-type words that start a name: "Laan van Meerdervoort", "Oude Gracht", "Grote Markt". */
const LEADING_TYPES = 'Laan|Gracht|Markt|Kade|Plein|Weg|Dijk|Singel|Straat|Hof|Dreef|Wal|Steeg|Singel|Brink';
const LOWER_PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|op|aan|in|bij|la|le|du)";
const UPPER_PARTICLE = "(?:Van|De|Der|Den|Het|Ter|Ten|Sint|St\\.|'T)";
const TITLE =
  '(?:Burgemeester|Burg\\.|Prins|Prinses|Koning|Koningin|Graaf|Gravin|Hertog|Jonkheer|Dokter|Dr\\.|Professor|Prof\\.|Generaal|Kapitein|Admiraal|Pastoor|Dominee|President|Minister|Wethouder|Pater|Meester|Mr\\.|Kardinaal|Bisschop|Sint)';
/** Adjectives before a street-type word: "Oude Gracht", "Grote Markt", "Korte Singel". */
const ADJECTIVE = '(?:Oude|Nieuwe|Grote|Kleine|Lange|Korte|Hoge|Lage|Brede|Smalle|Achter|Voor|Binnen|Buiten|Noord|Zuid|Oost|West|Wester|Ooster|Heilige)';
const CAP = "[A-ZÀ-Ý][\\p{L}'’-]*";
const SP = '[ \\u00a0]+';
/**
 * What may stand before the word with the street ending. Only particles and titles: a plain
 * capitalised word before it ("Hallo Dorpsstraat 3") is left alone, so no sentence word is lost;
 * a first name before a street ("Anna Paulownastraat 3") stays, which names nobody once the
 * house number is gone.
 */
const STREET_PREFIX = `(?:${ADJECTIVE}${SP}|${CAP}${SP}${LOWER_PARTICLE}${SP}(?:${LOWER_PARTICLE}${SP})*|${UPPER_PARTICLE}${SP}(?:${LOWER_PARTICLE}${SP})*|${TITLE}${SP}(?:(?:${LOWER_PARTICLE}|${CAP})${SP}){0,2})`;

const HOUSE_NUMBER = String.raw`[ \u00a0]+(?:nr\.?[ \u00a0]*|nummer[ \u00a0]+)?\d{1,5}(?:[ \u00a0]?[-/][ \u00a0]?(?:[IVX]{1,4}|\d{1,4}|[A-Za-z]{1,3})(?![\p{L}\d])|[ \u00a0]+(?:bis|hs|huis|bg|zw|boven|rood|I{1,3}|IV)(?![\p{L}\d])|[ \u00a0]?[A-Za-z](?![\p{L}\d]))?(?![\d%]|[.,:]\d)`;

const STREET = [
  // "Burgemeester de Withstraat", "Van Goghlaan", "Jan van Galenstraat", "Dorpsstraat"
  `${STREET_PREFIX}?[A-ZÀ-Ý][\\p{L}'’-]+(?:${ENDINGS})`,
  // "dorpsstraat" typed in lower case
  `[a-zà-ÿ][\\p{L}-]+(?:${LOWER_ENDINGS})`,
  // "Laan van Meerdervoort", "Oude Gracht", "Grote Markt"
  `(?:${ADJECTIVE}${SP})?(?:${LEADING_TYPES})(?:${SP}(?:${LOWER_PARTICLE}${SP}){0,3}${CAP})?`,
].join('|');

const ADDRESS = new RegExp(`(?<![\\p{L}\\d])(?:${STREET})${HOUSE_NUMBER}`, 'gu');

export function redactAddresses(text: string, marker: () => string): string {
  return text.replace(ADDRESS, () => marker());
}
