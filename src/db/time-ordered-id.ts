// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits; successive ids of one
// process also increase within a millisecond (the 12-bit rand_a field counts up). A bulk import
// gives its stories these ids so that every B-tree over story ids (stories' primary key, the
// answers' primary key of 1.2 million rows at 100,000 stories) grows at its right edge: pages
// fill up to the fillfactor instead of splitting half-empty at random places, which makes the
// answers' index a quarter smaller and its inserts cache-friendly (docs/architecture.md,
// "Storage of answers"). The id reveals when the story was imported, as created_at already does.
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export function timeOrderedUuid(now = Date.now()): string {
  if (now <= lastMs) {
    counter++;
    if (counter > 0xfff) {
      lastMs++; // more than 4,096 ids in one millisecond: borrow the next one
      counter = 0;
    }
  } else {
    lastMs = now;
    counter = 0;
  }
  const bytes = randomFillSync(Buffer.alloc(16));
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
