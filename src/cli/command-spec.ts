// The shape of one `duiding` command. Its own module, so that the command list (commands.ts), the
// argument parser (args.ts) and the commands in commands/ can all use it without importing each
// other in a circle.
import type { Config } from '../config.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** A command line parsed against a CommandSpec (args.ts). */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  tenant: string;
}

export interface CommandSpec {
  name: string;
  positionals: string[];
  options: OptionSpec;
  requiredOptions?: string[];
  help: string;
  run(args: ParsedArgs, config: Config): Promise<number>;
}

/** The line every command's help ends with: all take --tenant. */
export const TENANT_HELP = '  --tenant SLUG        de gemeente (standaard: voorbeeld)\n';
