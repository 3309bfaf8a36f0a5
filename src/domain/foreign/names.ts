// Keys and texts from another tool's labels: its titles carry HTML and punctuation, Duiding's
// keys are letters, digits, _ and - (questionnaire/parse-support.ts SLUG).
import { FIXED_STORY_COLUMNS } from '../stories/csv-codec.ts';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** "quality<br>demands" → "quality demands"; tags removed, the common entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Needed yes/no" → "needed_yes_no"; at most 40 characters, cut at a word. */
function slug(text: string, fallback: string): string {
  const ascii = plainText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (ascii === '') return fallback;
  if (ascii.length <= 40) return ascii;
  const cut = ascii.slice(0, 40);
  const word = cut.lastIndexOf('_');
  return word >= 12 ? cut.slice(0, word) : cut;
}

/** Hands out keys unique within one scope: the second "scope" becomes "scope_2". */
export class KeyAllocator {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const key of reserved) this.used.add(key);
  }

  take(text: string, fallback: string): string {
    const base = slug(text, fallback);
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}_${n}`;
    this.used.add(key);
    return key;
  }
}

/** Question keys may not be a fixed story column (title, text, …). */
export function questionKeys(): KeyAllocator {
  return new KeyAllocator(FIXED_STORY_COLUMNS);
}

/** FNV-1a, 64 bits, as 16 hex digits: a stable id for a story that has none of its own. */
export function fnv64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

const LANGUAGES: Record<string, string> = {
  english: 'en',
  engels: 'en',
  dutch: 'nl',
  nederlands: 'nl',
  german: 'de',
  deutsch: 'de',
  duits: 'de',
  french: 'fr',
  francais: 'fr',
  frans: 'fr',
  spanish: 'es',
  espanol: 'es',
  turkish: 'tr',
  turks: 'tr',
  arabic: 'ar',
  arabisch: 'ar',
  polish: 'pl',
  pools: 'pl',
  ukrainian: 'uk',
  oekraiens: 'uk',
};

/** "English" or "en" → "en"; null when it is no language we know. */
export function languageCode(text: string): string | null {
  const t = text
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(t) && t.length <= 3) return t;
  return LANGUAGES[t] ?? null;
}
