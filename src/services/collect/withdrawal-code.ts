// Withdrawal codes: human-typable (4 groups of 4 from 31 characters without 0/O, 1/I/L: ~79
// bits), only their SHA-256 stored. A fast hash suffices because the code is random and long:
// nobody can guess one, and a lookup by hash must find the story across municipalities.
//
// Idempotency: a retry of the same submission must get the same code back, and a hash cannot be
// turned back into a code. So a code for a submission with a client-made id is derived with an
// HMAC, under a per-municipality key kept in tenants.settings, from the collection, that id and a
// digest of the submission's content. A retry with the same id and content gets the same code;
// someone who only learned the id (but not the story) cannot obtain the code, because a
// different content gives a different code whose hash does not match, and is refused.
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { setTenantSettingOnce, tenantSettings } from '../../db/repositories/collect.repository.ts';
import type { Tx } from '../../db/repositories/tenants.repository.ts';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SETTING = 'withdrawalKey';

export function randomWithdrawalCode(): string {
  return format(Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
}

/** Deterministic code for one submission (see above); 32 HMAC bytes, 16 used, bias < 1/32. */
export function derivedWithdrawalCode(key: Buffer, parts: string[]): string {
  const mac = createHmac('sha256', key).update(parts.join('\u001f')).digest();
  let chars = '';
  for (let i = 0; i < 16; i++) chars += ALPHABET[((mac[2 * i] << 8) | mac[2 * i + 1]) % ALPHABET.length];
  return format(chars);
}

/** What people type: any case, with or without dashes and spaces. */
export function normaliseWithdrawalCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 16 || ![...compact].every((c) => ALPHABET.includes(c))) return null;
  return compact;
}

export function hashWithdrawalCode(code: string): string {
  const compact = normaliseWithdrawalCode(code) ?? code;
  return createHash('sha256').update(`duiding-withdrawal:${compact}`).digest('hex');
}

/** Digest of the submission's content, part of the HMAC input; never stored. */
export function contentDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function format(chars: string): string {
  return chars.match(/.{4}/g)!.join('-');
}

const keys = new Map<string, Buffer>();

/** After `duiding restore` swapped the database under a running server: its keys may differ. */
export function forgetWithdrawalKeys(): void {
  keys.clear();
}

/** The municipality's HMAC key, made on first use (concurrent first uses agree on one). */
export async function withdrawalKey(db: Tx, tenantId: string): Promise<Buffer> {
  const cached = keys.get(tenantId);
  if (cached) return cached;
  let value = (await tenantSettings(db, tenantId))[SETTING];
  if (typeof value !== 'string') {
    await setTenantSettingOnce(db, tenantId, SETTING, randomBytes(32).toString('base64url'));
    value = (await tenantSettings(db, tenantId))[SETTING];
  }
  const key = Buffer.from(value as string, 'base64url');
  keys.set(tenantId, key);
  return key;
}
