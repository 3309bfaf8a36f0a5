// `duiding import areas FILE` (the area register) and `duiding cbs import TABLE` (CBS figures).
import { type CommandSpec, TENANT_HELP } from '../command-spec.ts';
import { InputRejected } from '../../domain/problems.ts';
import { importAreas } from '../../services/areas.ts';
import { importCbs, parseIndicatorMapping } from '../../services/cbs/import.ts';
import { describeRead } from '../../services/tables/table-source.ts';
import { fileSource, withTenant } from '../runtime.ts';

export const importAreasCommand: CommandSpec = {
  name: 'import areas',
  positionals: ['file'],
  options: { year: { type: 'string' } },
  help:
    'duiding import areas FILE [--year JAAR]\n\n' +
    'Leest het gebiedenregister (gemeenten, wijken en buurten met hun CBS-code, de "Wijk- en buurtindeling").\n' +
    'FILE is CSV of XLSX met de kolommen code,name,year[,parent] (ook: gebiedscode,naam,jaar,hoort_bij),\n' +
    'of GeoJSON (zoals PDOK "wijken en buurten") met de eigenschappen code/name of wijkcode/wijknaam,\n' +
    'buurtcode/buurtnaam, gemeentecode/gemeentenaam; de vorm wordt de kaart. Alles of niets.\n' +
    'Een gebied houdt zijn naam per jaar: een hernoemde of gesplitste wijk houdt zijn geschiedenis.\n' +
    '  --year JAAR          jaar van de indeling voor GeoJSON zonder eigenschap "jaar"\n' +
    TENANT_HELP,
  async run(args, config) {
    const yearText = args.options.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
      throw new InputRejected([
        { field: '--year', code: 'invalid-year', nl: `"${yearText}" is geen jaar (zoals 2024)`, en: `"${yearText}" is not a year (such as 2024)` },
      ]);
    }
    const source = fileSource(args.positionals[0]!);
    const result = await withTenant(config, args.tenant, (ctx) => importAreas(ctx, source, { year: yearText === undefined ? undefined : Number(yearText) }));
    process.stdout.write(`Gelezen als ${result.read.format === 'geojson' ? 'GeoJSON' : describeRead(result.read)}.\n`);
    process.stdout.write(
      `${result.areas} gebieden ingelezen (indeling ${result.years.join(', ')})${result.withGeometry ? `, ${result.withGeometry} met een vorm voor de kaart` : ''}.\n`,
    );
    return 0;
  },
};

export const cbsImportCommand: CommandSpec = {
  name: 'cbs import',
  positionals: ['table'],
  options: { indicators: { type: 'string' }, areas: { type: 'string' }, 'add-areas': { type: 'boolean' } },
  requiredOptions: ['indicators'],
  help:
    'duiding cbs import TABLE --indicators KEY=CBSKEY,… [--areas GM0599] [--add-areas]\n\n' +
    'Haalt cijfers op bij CBS StatLine (open data: OData v4, anders v3) en slaat ze op als waarnemingen,\n' +
    'met de herkomst (tabel, editie, periode, tijdstip van ophalen) bij de indicator. Kent 85984NED\n' +
    '"Kerncijfers wijken en buurten" (zoals JongerenMetJeugdzorgInNatura_98, WmoClienten_100).\n' +
    'Gebieden die niet in het gebiedenregister staan keuren de import af; er wordt dan niets opgeslagen.\n' +
    "  --indicators LIJST   KEY=CBSKEY, gescheiden door komma's (jeugdzorg=JongerenMetJeugdzorgInNatura_98)\n" +
    '  --areas GM0599,…     alleen deze gemeenten met hun wijken en buurten\n' +
    '  --add-areas          neem ontbrekende gebieden over uit de tabel van CBS (naam en code)\n' +
    'Omgeving: DUIDING_CBS_V4_URL, DUIDING_CBS_V3_URL, DUIDING_CBS_TIMEOUT_MS (30000).\n' +
    TENANT_HELP,
  async run(args, config) {
    const { mapping, problems } = parseIndicatorMapping(args.options.indicators as string);
    if (problems.length > 0) throw new InputRejected(problems.map((p) => ({ ...p, field: '--indicators' })));
    const areas = ((args.options.areas as string | undefined) ?? '')
      .split(',')
      .map((a) => a.trim().toUpperCase())
      .filter(Boolean);
    const result = await withTenant(config, args.tenant, (ctx) =>
      importCbs(ctx, config.cbs, { table: args.positionals[0]!, indicators: mapping, areas, addAreas: Boolean(args.options['add-areas']) }),
    );
    if (result.v4Failure) process.stdout.write(`OData v4 lukte niet (${result.v4Failure}); opgehaald met OData v3.\n`);
    process.stdout.write(`CBS ${result.table} "${result.title}" (editie ${result.modified}, periode ${result.period}, OData ${result.api}).\n`);
    process.stdout.write(
      `${result.observations} waarnemingen opgeslagen` +
        `${result.definitionsCreated.length ? `; nieuwe indicatoren: ${result.definitionsCreated.join(', ')}` : ''}` +
        `${result.areasAdded.length ? `; ${result.areasAdded.length} gebieden toegevoegd aan het register` : ''}.\n`,
    );
    return 0;
  },
};
