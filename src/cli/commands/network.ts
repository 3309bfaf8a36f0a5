// `duiding network create|join|leave`: the operator's side of the regional learning network
// (docs/network.md). Joining from the command line is an operator's action on behalf of a
// municipality: the beheerder's consent is given outside Duiding, and the command says so. On
// the pages (/netwerken/aansluiten) a beheerder of the municipality gives that consent itself.
import { createNetwork, joinNetworkAsOperator, leaveNetworkAsOperator } from '../../services/network/operator.ts';
import type { CommandSpec, ParsedArgs } from '../command-spec.ts';
import { UsageError } from '../args.ts';
import { withDatabase } from '../runtime.ts';

/** --tenant is required here: the default municipality (voorbeeld) must never join by accident. */
function explicitTenant(args: ParsedArgs, command: string): string {
  const tenant = args.options.tenant;
  if (typeof tenant !== 'string' || tenant === '') throw new UsageError(`"duiding ${command}" heeft --tenant SLUG nodig: welke gemeente?`);
  return tenant;
}

export const networkCreateCommand: CommandSpec = {
  name: 'network create',
  positionals: [],
  options: { slug: { type: 'string' }, name: { type: 'string' } },
  requiredOptions: ['slug', 'name'],
  help:
    'duiding network create --slug SLUG --name "Regio X"\n\n' +
    'Maakt een lerend netwerk van gemeenten, bijvoorbeeld een regio die samen jeugdhulp inkoopt. Het netwerk\n' +
    'heeft nog geen leden: een gemeente sluit aan met "duiding network join" of op de pagina Netwerken.\n' +
    '  --slug SLUG   korte code in adressen en opdrachten (kleine letters, cijfers, streepjes), bijvoorbeeld eemland\n' +
    '  --name NAAM   de naam, bijvoorbeeld "Regio Eemland"\n',
  async run(args, config) {
    const created = await withDatabase(config, (h) => createNetwork(h.db, { slug: args.options.slug as string, name: args.options.name as string }));
    process.stdout.write(`Netwerk "${created.name}" (${created.slug}) is aangemaakt. Het heeft nog geen leden.\n`);
    return 0;
  },
};

export const networkJoinCommand: CommandSpec = {
  name: 'network join',
  positionals: [],
  options: { network: { type: 'string' } },
  requiredOptions: ['network'],
  help:
    'duiding network join --network SLUG --tenant SLUG\n\n' +
    'Sluit een gemeente aan bij een netwerk. Dit is een handeling van de beheerder van de installatie namens\n' +
    'de gemeente: zorg dat een beheerder van die gemeente ermee heeft ingestemd. Op de pagina Netwerken geeft\n' +
    'een beheerder van de gemeente die toestemming zelf. Het auditlog van de gemeente noemt de opdrachtregel.\n' +
    '  --network SLUG   het netwerk\n' +
    '  --tenant SLUG    de gemeente die aansluit (verplicht)\n',
  async run(args, config) {
    const tenant = explicitTenant(args, 'network join');
    const joined = await withDatabase(config, (h) => joinNetworkAsOperator(h.db, { network: args.options.network as string, tenant }));
    process.stdout.write(
      `${joined.tenant} is lid van "${joined.network}".\n` +
        'Let op: u sloot deze gemeente aan als beheerder van de installatie. Dat mag alleen met toestemming van een beheerder van de gemeente.\n',
    );
    return 0;
  },
};

export const networkLeaveCommand: CommandSpec = {
  name: 'network leave',
  positionals: [],
  options: { network: { type: 'string' } },
  requiredOptions: ['network'],
  help:
    'duiding network leave --network SLUG --tenant SLUG\n\n' +
    'Haalt een gemeente uit een netwerk. Vanaf nu telt haar informatie in geen enkele nieuwe vergelijking mee;\n' +
    'rapporten die al gepubliceerd zijn houden hun momentopname. Ook dit doet u namens de gemeente.\n' +
    '  --network SLUG   het netwerk\n' +
    '  --tenant SLUG    de gemeente die het netwerk verlaat (verplicht)\n',
  async run(args, config) {
    const tenant = explicitTenant(args, 'network leave');
    const left = await withDatabase(config, (h) => leaveNetworkAsOperator(h.db, { network: args.options.network as string, tenant }));
    process.stdout.write(`${left.tenant} is geen lid meer van "${left.network}". Nieuwe vergelijkingen gebruiken haar informatie niet meer.\n`);
    return 0;
  },
};
