// The answer snapshot's binary layout (format 2): columns of typed arrays instead of JSON, so that
// reading 100,000 stories costs a few copies of memory instead of parsing millions of JSON
// tokens. Deflated at level 1 (the state bytes and codes shrink to almost nothing).
//
//   u32 header length · header JSON {n, columns: [{name, kind, book?}]} · padding to 8
//   ids: n × 16 bytes (uuid)
//   per column, each section u32 byte length + bytes + padding to 8:
//     state  Uint8Array(n): 0 no answer, 1 a value, 2 not applicable
//     number  Float64Array(n)                     the exact doubles (SciPy parity)
//     code    Int32Array(n) into the column's book   choice, area, text
//     codes   Int32Array(n + 1) offsets · Int32Array codes   multichoice
//     numbers Int32Array(n + 1) offsets · Float64Array values  triad
//     json    one JSON array of n values           anything else (stones)
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { answerAt, type AnswerColumn } from '../domain/patterns/columns.ts';
import { NOT_APPLICABLE, isNotApplicable, type AnswerValue } from '../domain/questionnaire/types.ts';

export interface SnapshotColumns {
  ids: string[];
  /** One array per column, aligned with ids; null = no answer. */
  columns: Record<string, (AnswerValue | null)[]>;
}

type Kind = 'number' | 'code' | 'codes' | 'numbers' | 'json';
interface ColumnHead {
  name: string;
  kind: Kind;
  book?: string[];
}

const NONE = 0;
const VALUE = 1;
const NA = 2;

export function encodeSnapshot(document: SnapshotColumns): Buffer {
  return deflateSnapshot(encodeSnapshotRaw(document));
}

export const deflateSnapshot = (raw: Buffer): Buffer => deflateRawSync(raw, { level: 1 });

/** The layout before deflating: what decodeSnapshotRaw reads. */
export function encodeSnapshotRaw(document: SnapshotColumns): Buffer {
  const n = document.ids.length;
  const heads: ColumnHead[] = [];
  const sections: Uint8Array[] = [idBytes(document.ids)];
  for (const [name, values] of Object.entries(document.columns)) {
    const kind = kindOf(values);
    const state = new Uint8Array(n);
    values.forEach((v, i) => (state[i] = v === null || v === undefined ? NONE : isNotApplicable(v) ? NA : VALUE));
    sections.push(state);
    const present = (i: number) => state[i] === VALUE;
    const head: ColumnHead = { name, kind };
    if (kind === 'number') {
      const numbers = new Float64Array(n);
      for (let i = 0; i < n; i++) if (present(i)) numbers[i] = values[i] as number;
      sections.push(bytesOf(numbers));
    } else if (kind === 'code' || kind === 'codes') {
      const book = new Map<string, number>();
      const code = (s: string) => book.get(s) ?? book.set(s, book.size).get(s)!;
      if (kind === 'code') {
        const codes = new Int32Array(n);
        for (let i = 0; i < n; i++) if (present(i)) codes[i] = code(values[i] as string);
        sections.push(bytesOf(codes));
      } else {
        const { offsets, flat } = flatten(values, present, (list) => (list as string[]).map(code));
        sections.push(bytesOf(offsets), bytesOf(Int32Array.from(flat)));
      }
      head.book = [...book.keys()];
    } else if (kind === 'numbers') {
      const { offsets, flat } = flatten(values, present, (list) => list as number[]);
      sections.push(bytesOf(offsets), bytesOf(Float64Array.from(flat)));
    } else {
      sections.push(Buffer.from(JSON.stringify(values.map((v, i) => (present(i) ? v : null))), 'utf8'));
    }
    heads.push(head);
  }
  const header = Buffer.from(JSON.stringify({ n, columns: heads }), 'utf8');
  const parts: Uint8Array[] = [u32(header.length), header, padding(4 + header.length)];
  for (const section of sections) parts.push(u32(section.byteLength), section, padding(4 + section.byteLength));
  return Buffer.concat(parts);
}

/** The snapshot as one array of answers per column (null = no answer): for updating it. */
export function decodeSnapshot(data: Uint8Array): SnapshotColumns {
  const typed = decodeSnapshotRaw(inflateRawSync(data));
  const columns: SnapshotColumns['columns'] = {};
  for (const [name, column] of typed.columns) columns[name] = Array.from({ length: typed.count }, (_, i) => answerAt(column, i) ?? null);
  return { ids: typed.ids, columns };
}

/** The snapshot as the scan reads it: typed columns by name, no object per story. */
export interface TypedSnapshot {
  count: number;
  /** Decoded on first use (the scan itself needs no ids). */
  readonly ids: string[];
  columns: Map<string, AnswerColumn>;
}

export function decodeSnapshotColumns(data: Uint8Array): TypedSnapshot {
  return decodeSnapshotRaw(inflateRawSync(data));
}

export function decodeSnapshotRaw(buffer: Buffer): TypedSnapshot {
  let at = 0;
  const next = (): Buffer => {
    const length = buffer.readUInt32LE(at);
    const section = buffer.subarray(at + 4, at + 4 + length);
    at = align(at + 4 + length);
    return section;
  };
  const { n, columns: heads } = JSON.parse(next().toString('utf8')) as { n: number; columns: ColumnHead[] };
  const idSection = next();
  let ids: string[] | undefined;
  const columns = new Map<string, AnswerColumn>();
  for (const head of heads) {
    const state = new Uint8Array(copyOf(next()));
    if (head.kind === 'number') {
      columns.set(head.name, { kind: 'number', state, numbers: new Float64Array(copyOf(next())) });
    } else if (head.kind === 'code') {
      columns.set(head.name, { kind: 'code', state, codes: new Int32Array(copyOf(next())), book: head.book! });
    } else if (head.kind === 'codes') {
      const offsets = new Int32Array(copyOf(next()));
      columns.set(head.name, { kind: 'codes', state, offsets, codes: new Int32Array(copyOf(next())), book: head.book! });
    } else if (head.kind === 'numbers') {
      const offsets = new Int32Array(copyOf(next()));
      columns.set(head.name, { kind: 'numbers', state, offsets, numbers: new Float64Array(copyOf(next())) });
    } else {
      const json = JSON.parse(next().toString('utf8')) as (AnswerValue | null)[];
      const values = json.map((value, i) => (state[i] === VALUE ? (value ?? undefined) : state[i] === NA ? NOT_APPLICABLE : undefined));
      columns.set(head.name, { kind: 'values', values });
    }
  }
  return {
    count: n,
    get ids() {
      ids ??= idsOf(idSection, n);
      return ids;
    },
    columns,
  };
}

/** The narrowest kind that holds every value of the column exactly. */
function kindOf(values: readonly (AnswerValue | null)[]): Kind {
  let kind: Kind | null = null;
  let emptyList = false;
  for (const v of values) {
    if (v === null || v === undefined || isNotApplicable(v)) continue;
    if (Array.isArray(v) && v.length === 0) {
      emptyList = true; // fits either list kind
      continue;
    }
    const k: Kind =
      typeof v === 'number'
        ? 'number'
        : typeof v === 'string'
          ? 'code'
          : Array.isArray(v) && v.every((x) => typeof x === 'string')
            ? 'codes'
            : Array.isArray(v) && v.every((x) => typeof x === 'number')
              ? 'numbers'
              : 'json';
    if (kind === null) kind = k;
    else if (kind !== k) return 'json';
  }
  if (emptyList && kind !== null && kind !== 'codes' && kind !== 'numbers') return 'json';
  return kind ?? (emptyList ? 'codes' : 'number');
}

function flatten<T>(values: readonly (AnswerValue | null)[], present: (i: number) => boolean, items: (value: AnswerValue) => T[]) {
  const offsets = new Int32Array(values.length + 1);
  const flat: T[] = [];
  for (let i = 0; i < values.length; i++) {
    if (present(i)) flat.push(...items(values[i]!));
    offsets[i + 1] = flat.length;
  }
  return { offsets, flat };
}

const align = (offset: number) => (offset + 7) & ~7;
const padding = (length: number) => new Uint8Array(align(length) - length);
const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
/** A copy on its own ArrayBuffer: typed arrays need their element size's alignment. */
const copyOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

function idBytes(ids: string[]): Buffer {
  const bytes = Buffer.alloc(ids.length * 16);
  ids.forEach((id, i) => bytes.write(id.replaceAll('-', ''), i * 16, 16, 'hex'));
  return bytes;
}

function idsOf(bytes: Buffer, n: number): string[] {
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const h = bytes.toString('hex', i * 16, i * 16 + 16);
    ids[i] = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return ids;
}
