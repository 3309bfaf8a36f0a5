// Just enough of UTF-8 to read a file in chunks strictly: where the last complete character of a
// chunk ends, and where the first invalid byte sits (to name its line and character).

/** Bytes [0, end) hold whole characters; the rest is the start of a character cut by the chunk. */
export function utf8CompleteEnd(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  // At most three continuation bytes (10xxxxxx) precede the end of a cut character.
  while (i >= 0 && i > bytes.length - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + size > bytes.length ? i : bytes.length;
}

/** Index of the first byte that does not start a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (more < 0 || i + more > b.length - 1) return i;
    const c1 = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates (ED A0..BF) and code points above U+10FFFF.
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k <= more; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return -1;
}
