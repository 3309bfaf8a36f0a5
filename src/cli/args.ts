import { parseArgs } from 'node:util';
import type { CommandSpec, ParsedArgs } from './command-spec.ts';

export class UsageError extends Error {}

/** Every command takes --tenant (default "voorbeeld") besides its own options. */
export function parseCommandLine(argv: string[], spec: CommandSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { tenant: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...spec.options },
    });
    if (positionals.length !== spec.positionals.length) {
      throw new UsageError(`Gebruik: duiding ${spec.name} ${spec.positionals.map((p) => p.toUpperCase()).join(' ')} (zie --help)`);
    }
    for (const required of spec.requiredOptions ?? []) {
      if (!(values as Record<string, unknown>)[required]) throw new UsageError(`--${required} ontbreekt (zie duiding ${spec.name} --help)`);
    }
    return { positionals, options: values as ParsedArgs['options'], tenant: (values.tenant as string) ?? 'voorbeeld' };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${(error as Error).message}\n(zie duiding ${spec.name} --help)`);
  }
}
