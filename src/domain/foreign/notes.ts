// What a conversion could not carry over (kept as a list for the person importing), and what
// stops it (problems: then nothing is written). Both have the shape of a Problem: file, line,
// column, Dutch and English.
import type { Problem } from '../problems.ts';

export type Note = Problem;

export class Findings {
  readonly problems: Problem[] = [];
  readonly notes: Note[] = [];
  /** Notes of the same code and column are counted after the first few, not listed. */
  private readonly seen = new Map<string, number>();

  constructor(readonly file: string) {}

  problem(p: Omit<Problem, 'file'> & { file?: string }): void {
    this.problems.push({ file: this.file, ...p });
  }

  note(n: Omit<Note, 'file'> & { file?: string }): void {
    const id = `${n.code}\u0000${n.column ?? ''}`;
    const count = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, count);
    if (count <= 3) this.notes.push({ file: this.file, ...n });
  }

  /** "…and 12 more like this" lines for the notes that were only counted. */
  summaries(): Note[] {
    const out: Note[] = [];
    for (const [id, count] of this.seen) {
      if (count <= 3) continue;
      const [code, column] = id.split('\u0000');
      out.push({
        file: this.file,
        ...(column ? { column } : {}),
        code: code!,
        nl: `en nog ${count - 3} keer hetzelfde (${code})`,
        en: `and ${count - 3} more of the same (${code})`,
      });
    }
    return out;
  }
}
