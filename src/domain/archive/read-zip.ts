// Reading a ZIP we are about to restore from: fflate unpacks it, and we check every entry's
// CRC-32 against the central directory ourselves, because fflate does not, and a flipped byte in
// a stored entry would otherwise become a silently wrong value in the database.
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Problem } from '../problems.ts';

export type ZipContents = Map<string, Buffer>;

export function readZip(archive: Uint8Array, archiveName: string): { files: ZipContents; problems: Problem[] } {
  const damaged = (detail: string): Problem => ({
    file: archiveName,
    code: 'damaged-zip',
    nl: `geen geldig of een beschadigd ZIP-bestand (${detail}); er is niets ingelezen`,
    en: `not a valid ZIP file, or a damaged one (${detail}); nothing was read`,
  });
  let expected: Map<string, number>;
  let unpacked: Record<string, Uint8Array>;
  try {
    expected = centralDirectoryCrcs(archive);
    unpacked = unzipSync(archive);
  } catch (error) {
    return { files: new Map(), problems: [damaged((error as Error).message)] };
  }
  const files: ZipContents = new Map();
  const problems: Problem[] = [];
  for (const [name, data] of Object.entries(unpacked)) {
    if (name.endsWith('/')) continue;
    const crc = expected.get(name);
    if (crc === undefined || crc32(data) >>> 0 !== crc) {
      problems.push({
        ...damaged('CRC-32'),
        file: name,
        nl: `${archiveName}: dit bestand in de ZIP is beschadigd (controlegetal klopt niet)`,
        en: `${archiveName}: this file in the ZIP is damaged (CRC mismatch)`,
      });
      continue;
    }
    files.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return { files, problems };
}

/** Name → CRC-32 from the central directory (PKWARE APPNOTE 4.3.12, 4.3.16). */
function centralDirectoryCrcs(archive: Uint8Array): Map<string, number> {
  const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('end of central directory not found');
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const crcs = new Map<string, number>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) throw new Error('central directory is damaged');
    const nameLength = view.readUInt16LE(at + 28);
    const extra = view.readUInt16LE(at + 30);
    const comment = view.readUInt16LE(at + 32);
    crcs.set(view.toString('utf8', at + 46, at + 46 + nameLength), view.readUInt32LE(at + 16));
    at += 46 + nameLength + extra + comment;
  }
  return crcs;
}
