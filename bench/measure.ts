// Helpers of `npm run bench`: timing whole commands as a user runs them (separate processes, the
// compiled dist/), medians, peak memory of a child, the size of a directory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin/duiding.mjs');
const TIME = '/usr/bin/time';

export interface Run {
  seconds: number;
  /** Peak resident memory of the child, when /usr/bin/time can tell. */
  peakRss: number | null;
  /** User + system CPU seconds of the child, when /usr/bin/time can tell. */
  cpuSeconds: number | null;
  stdout: string;
}

/** Runs a command to its end; times it from spawn to exit, as a shell would. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Run {
  const timed = fs.existsSync(TIME);
  const started = performance.now();
  const result = spawnSync(timed ? TIME : command, timed ? ['-f', '%M %U %S', command, ...args] : args, {
    env: { ...process.env, ...env },
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const [kb, user, system] = timed ? (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [NaN, NaN, NaN];
  const cpu = user + system;
  return { seconds, peakRss: Number.isFinite(kb) ? kb * 1024 : null, cpuSeconds: Number.isFinite(cpu) ? cpu : null, stdout: result.stdout };
}

/** Starts `duiding serve` and resolves when it says it is ready; returns the time and a stop function. */
export async function startServer(env: Record<string, string>): Promise<{ seconds: number; stop(): Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env } });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Duiding draait op')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`serve ended early (${code}): ${output}`)));
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The bench measures what users run: the compiled dist/, built now if src/ changed since. */
export async function ensureBuilt() {
  const { distIsFresh } = await import('../bin/dist-freshness.mjs');
  if (distIsFresh(new URL(`file://${ROOT}/`))) return;
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build.mjs failed');
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

export function printTargets(targets: Target[]) {
  const width = Math.max(...targets.map((t) => t.name.length));
  const targetWidth = Math.max(...targets.map((t) => t.target.length));
  console.log(`${'target'.padEnd(width)}  ${'goal'.padEnd(targetWidth)}  ${'verdict'.padEnd(7)}  measured`);
  for (const t of targets) {
    const verdict = t.met === null ? '------' : t.met ? 'MET' : 'MISSED';
    console.log(`${t.name.padEnd(width)}  ${t.target.padEnd(targetWidth)}  ${verdict.padEnd(7)}  ${t.measured}`);
  }
}
