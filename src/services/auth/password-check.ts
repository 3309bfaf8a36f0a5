// Checks a password without reading password_hash (issue 14, item 6): the database hands out the
// Argon2 parameters and salt (duiding_password_params), we hash the attempt with exactly those,
// and the database compares (duiding_password_matches). An unknown person, or one without a
// password, costs the same Argon2 work, so timing tells nothing.
import { randomBytes } from 'node:crypto';
import { hash, type Options } from '@node-rs/argon2';
import { passwordHashMatches, passwordParams } from '../../db/repositories/credentials.repository.ts';
import type { Tx } from '../../db/repositories/tenants.repository.ts';

const PHC = /^\$(argon2id|argon2i|argon2d)\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)$/;
// @node-rs/argon2's enums (const enums in its typings): Algorithm.Argon2d/i/id = 0/1/2, Version.V0x10/V0x13 = 0/1.
const ALGORITHM = { argon2d: 0, argon2i: 1, argon2id: 2 } as const;

function optionsOf(params: string, hashChars: number): Options | null {
  const m = PHC.exec(params);
  if (!m) return null;
  return {
    algorithm: ALGORITHM[m[1] as keyof typeof ALGORITHM],
    version: m[2] === '16' ? 0 : 1,
    memoryCost: Number(m[3]),
    timeCost: Number(m[4]),
    parallelism: Number(m[5]),
    salt: Buffer.from(m[6]!, 'base64'),
    outputLen: Math.floor((hashChars * 3) / 4),
  } as Options;
}

/** True when this person has a password and it is this one. userId null: an unknown person. */
export async function passwordMatches(db: Tx, userId: string | null, password: string): Promise<boolean> {
  const stored = userId ? await passwordParams(db, userId) : null;
  const options = stored ? optionsOf(stored.params, stored.hashChars) : null;
  if (!userId || !options) {
    await hash(password, { salt: randomBytes(16) }).catch(() => '');
    return false;
  }
  const candidate = await hash(password, options).catch(() => null);
  return candidate !== null && (await passwordHashMatches(db, userId, candidate));
}
