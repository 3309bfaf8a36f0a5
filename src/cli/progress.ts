// A progress bar on a terminal; silent when output goes to a file or a pipe (CI logs, scripts).
import type { ProgressListener } from '../services/context.ts';

const LABELS = { check: 'controleren', write: 'opslaan' } as const;

/**
 * Progress of a long first start: the bar on a terminal; otherwise (a log file, a service
 * manager) one line at each quarter, so that a minute without output never looks like a hang.
 */
export function seedingProgress(stream: NodeJS.WriteStream = process.stdout): ProgressListener & { end(): void } {
  if (stream.isTTY) return terminalProgress(stream);
  let lastQuarter = -1;
  let lastPhase = '';
  const listener = ((phase, done, total) => {
    if (!total) return;
    const quarter = Math.floor((done / total) * 4);
    if (phase === lastPhase && quarter === lastQuarter) return;
    lastPhase = phase;
    lastQuarter = quarter;
    stream.write(`${LABELS[phase]}: ${quarter * 25}% (${done.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')})\n`);
  }) as ProgressListener & { end(): void };
  listener.end = () => {};
  return listener;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressListener & { end(): void } {
  const enabled = Boolean(stream.isTTY);
  let shown = false;
  const listener = ((phase, done, total) => {
    if (!enabled) return;
    shown = true;
    const width = 30;
    const bar = total && total > 0 ? '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░') + ` ${Math.round((done / total) * 100)}%` : '';
    stream.write(`\r${LABELS[phase].padEnd(12)} ${bar} ${done.toLocaleString('nl-NL')}${total ? ` / ${total.toLocaleString('nl-NL')}` : ''}   `);
  }) as ProgressListener & { end(): void };
  listener.end = () => {
    if (shown) stream.write('\n');
    shown = false;
  };
  return listener;
}
