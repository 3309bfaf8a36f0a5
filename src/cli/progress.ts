// A progress bar on a terminal; silent when output goes to a file or a pipe (CI logs, scripts).
import type { ProgressListener } from '../services/context.ts';

const LABELS = { check: 'controleren', write: 'opslaan' } as const;

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressListener & { end(): void } {
  const enabled = Boolean(stream.isTTY);
  let shown = false;
  const listener = ((phase, done, total) => {
    if (!enabled) return;
    shown = true;
    const width = 30;
    const bar =
      total && total > 0
        ? '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░') + ` ${Math.round((done / total) * 100)}%`
        : '';
    stream.write(`\r${LABELS[phase].padEnd(12)} ${bar} ${done.toLocaleString('nl-NL')}${total ? ` / ${total.toLocaleString('nl-NL')}` : ''}   `);
  }) as ProgressListener & { end(): void };
  listener.end = () => {
    if (shown) stream.write('\n');
    shown = false;
  };
  return listener;
}
