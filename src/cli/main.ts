// The `duiding` command. Each command is a small module; this file only dispatches and turns
// errors into readable messages and exit codes.
import { loadConfig, ConfigError } from '../config.ts';
import { DataDirectoryLockedError } from '../db/lock-file.ts';
import { formatProblem, InputRejected } from '../domain/problems.ts';
import type { CommandSpec } from './command-spec.ts';
import { COMMANDS } from './commands.ts';
import { parseCommandLine, UsageError } from './args.ts';
import { GENERAL_HELP } from './help.ts';
import { FileMissing } from './runtime.ts';
import { ServerSocketUnavailable } from '../db/socket-client.ts';

export async function main(argv: string[]): Promise<number> {
  // `duiding export stories | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const words = argv.filter((a) => !a.startsWith('-'));
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const spec = findCommand(words);
  if (!spec) {
    if (words.length === 0) {
      process.stdout.write(generalHelp());
      return 0;
    }
    // `duiding import --help` lists the import commands; `duiding import areas` (unknown) is an error.
    const group = COMMANDS.filter((c) => c.name.split(' ').length > 1 && c.name.startsWith(`${words[0]} `));
    if (group.length > 0 && words.length === 1 && wantsHelp) {
      process.stdout.write(group.map((c) => c.help.split('\n', 1)[0]).join('\n') + '\n');
      return 0;
    }
    process.stderr.write(`${unknownCommandMessage(words, group)}\n(zie duiding --help)\n`);
    return 2;
  }
  if (wantsHelp) {
    process.stdout.write(spec.help);
    return 0;
  }
  try {
    const args = parseCommandLine(argv.slice(spec.name.split(' ').length), spec);
    const config = loadConfig();
    return await spec.run(args, config);
  } catch (error) {
    return reportError(error, spec.name.startsWith('import') || spec.name === 'cbs import' || spec.name === 'seed-demo' || spec.name === 'tenant import');
  }
}

/** Names what is unknown: the command, or the subcommand of a known group. */
function unknownCommandMessage(words: string[], group: CommandSpec[]): string {
  if (group.length === 0) return `Onbekend commando: "${words[0]}".`;
  const known = group.map((c) => c.name.split(' ')[1]).join(', ');
  if (words.length === 1) return `"duiding ${words[0]}" heeft een subcommando nodig (${known}).`;
  return `Onbekend subcommando "${words[1]}" van "duiding ${words[0]}" (bekend zijn: ${known}).`;
}

/** The general help, with a line for every command it does not mention yet (added later). */
export function generalHelp(): string {
  const listed = (name: string) => new RegExp(`^  ${name.replace(/[-]/g, '\\-')}( |$)`, 'm').test(GENERAL_HELP);
  const more = COMMANDS.filter((c) => !listed(c.name)).map((c) => `  ${c.help.split('\n', 1)[0]!.replace(/^duiding /, '')}`);
  if (more.length === 0) return GENERAL_HELP;
  return GENERAL_HELP.replace('\nAlgemene opties:', `${more.join('\n')}\n\nAlgemene opties:`);
}

function findCommand(words: string[]): CommandSpec | undefined {
  return COMMANDS.find((c) => {
    const parts = c.name.split(' ');
    return parts.every((p, i) => words[i] === p);
  });
}

function reportError(error: unknown, writes: boolean): number {
  if (error instanceof InputRejected) {
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const found = error.problems.length === 1 ? '1 probleem gevonden' : `${error.problems.length} problemen gevonden`;
    process.stderr.write(`\n${found}${writes ? '; er is niets opgeslagen' : ''}.\n`);
    return 1;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    return 64;
  }
  if (error instanceof ConfigError || error instanceof DataDirectoryLockedError || error instanceof ServerSocketUnavailable || error instanceof FileMissing) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  process.stderr.write(`Onverwachte fout: ${(error as Error)?.stack ?? String(error)}\n`);
  return 70;
}
