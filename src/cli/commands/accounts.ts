// `duiding user reset-link` and `duiding tenant create`: accounts without a mail server. The link
// is printed; whoever runs the command passes it on in person.
import { linkPath, resetLinkForEmail } from '../../services/auth/one-time-links.ts';
import { createTenantWithAdmin, type FirstStart } from '../../services/auth/tenant-setup.ts';
import type { CommandSpec } from '../command-spec.ts';
import { withDatabase } from '../runtime.ts';

export const userResetLinkCommand: CommandSpec = {
  name: 'user reset-link',
  positionals: [],
  options: { email: { type: 'string' } },
  requiredOptions: ['email'],
  help:
    'duiding user reset-link --email ADRES [--tenant SLUG]\n\n' +
    'Maakt een eenmalige link waarmee deze persoon een nieuw wachtwoord kiest (geen mailserver nodig).\n' +
    'De link werkt één keer en 24 uur; een oudere link van deze persoon vervalt. Na gebruik eindigen alle\n' +
    'sessies van deze persoon. Geef de link persoonlijk door.\n' +
    '  --email ADRES   het e-mailadres van het account\n' +
    '  --tenant SLUG   de gemeente van het account; nodig als dit e-mailadres bij meer gemeenten een\n' +
    '                  account heeft (elk account hoort bij één gemeente en heeft een eigen wachtwoord)\n',
  async run(args, config) {
    // Not args.tenant: its default (voorbeeld) would pick the demo account of the same address.
    const tenant = args.options.tenant as string | undefined;
    const token = await withDatabase(config, (h) => resetLinkForEmail(h.db, args.options.email as string, tenant));
    process.stdout.write(`Wachtwoordlink (werkt één keer, 24 uur geldig):\n${config.publicUrl}${linkPath(token)}\n`);
    return 0;
  },
};

export const tenantCreateCommand: CommandSpec = {
  name: 'tenant create',
  positionals: [],
  options: { slug: { type: 'string' }, name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } },
  requiredOptions: ['slug', 'name', 'admin-email'],
  help:
    'duiding tenant create --slug SLUG --name "Gemeente X" --admin-email ADRES [--admin-name NAAM]\n\n' +
    'Maakt een gemeente met haar eerste beheerder, en drukt een eenmalige link af waarmee de beheerder\n' +
    'een wachtwoord kiest. Het account is altijd nieuw en hoort alleen bij deze gemeente, ook als het\n' +
    'e-mailadres elders al een account heeft.\n' +
    '  --slug SLUG          korte naam in adressen en opdrachten, bijvoorbeeld utrecht\n' +
    '  --name NAAM          de naam, bijvoorbeeld "Gemeente Utrecht"\n' +
    '  --admin-email ADRES  het e-mailadres van de beheerder\n' +
    '  --admin-name NAAM    de naam van de beheerder (anders het deel voor de @)\n',
  async run(args, config) {
    const o = args.options;
    const created = await withDatabase(config, (h) =>
      createTenantWithAdmin(h.db, {
        slug: o.slug as string,
        name: o.name as string,
        adminEmail: o['admin-email'] as string,
        adminName: o['admin-name'] as string | undefined,
      }),
    );
    process.stdout.write(`Gemeente "${created.slug}" is aangemaakt met ${o['admin-email']} als beheerder.\n`);
    process.stdout.write(
      `Link om het wachtwoord van de beheerder in te stellen (werkt één keer, 24 uur geldig):\n${config.publicUrl}${linkPath(created.token)}\n`,
    );
    return 0;
  },
};

/** What `serve` prints about the first administrator (see services/auth/tenant-setup.ts). */
export function firstStartMessage(firstStart: FirstStart, url: string): string {
  if (firstStart.kind === 'link') {
    return (
      `\nEerste start: er is nog geen beheerder. Open deze link om uw e-mailadres en wachtwoord in te stellen\n` +
      `(werkt één keer, 24 uur geldig; bij een herstart komt er een nieuwe):\n${url}${linkPath(firstStart.token)}\n`
    );
  }
  if (firstStart.kind === 'hint') {
    return `\nNog geen echte gemeente. Maak er een met:\n  npx duiding tenant create --slug SLUG --name "Gemeente X" --admin-email beheerder@gemeente.nl\n`;
  }
  return '';
}
