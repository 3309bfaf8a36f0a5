// `duiding redact`: reads text on standard input and writes it with personal details removed,
// by exactly the rules applied to every story before it is stored, so anyone can check them.
import type { CommandSpec } from '../command-spec.ts';
import { redact } from '../../services/redaction.ts';

export const redactCommand: CommandSpec = {
  name: 'redact',
  positionals: [],
  options: { counts: { type: 'boolean' } },
  help:
    'duiding redact [--counts] < tekst.txt\n\n' +
    'Leest tekst van standaardinvoer en schrijft die zonder persoonsgegevens naar standaarduitvoer:\n' +
    'BSN → [BSN], telefoonnummer → [TELEFOON], e-mailadres → [E-MAIL], IBAN → [IBAN],\n' +
    'postcode → [POSTCODE], straat en huisnummer → [ADRES]. Jaartallen, bedragen, tijden,\n' +
    'cijfers en aantallen blijven staan. Dit zijn dezelfde regels als voor elk verhaal.\n' +
    '  --counts             meld op standaardfout hoeveel van elk soort is weggehaald\n',
  async run(args) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const result = redact(Buffer.concat(chunks).toString('utf8'));
    process.stdout.write(result.text);
    if (args.options.counts) {
      const c = result.counts;
      process.stderr.write(`Weggehaald: BSN ${c.bsn}, telefoon ${c.phone}, e-mail ${c.email}, IBAN ${c.iban}, postcode ${c.postcode}, adres ${c.address}\n`);
    }
    return 0;
  },
};
