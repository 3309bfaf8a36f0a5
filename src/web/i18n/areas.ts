// Texts of the area register, the CBS import and the choropleth maps.
const fmtRange = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

export const areasNl = {
  map: {
    title: (indicator: string, period: string) => `Kaart: ${indicator} per gebied, ${period}`,
    desc: (n: number, period: string) =>
      `Kaart van ${n} gebieden in ${period}. Hoe donkerder het gebied, hoe hoger de waarde. De cijfers staan ook in de tabel.`,
    legend: 'Legenda',
    step: fmtRange,
    suppressed: 'te weinig om te tonen (gearceerd)',
    missing: 'geen cijfer (licht grijs)',
    toTable: 'De cijfers van de kaart als tabel',
    area: (name: string, value: string) => `${name}: ${value}`,
    tooFew: 'te weinig om te tonen',
    noValue: 'geen cijfer',
  },
  importForm: {
    areasTitle: 'Gebiedenregister (CSV, XLSX of GeoJSON)',
    areasHint:
      'Gemeenten, wijken en buurten met hun CBS-code: de kolommen code, name, year en eventueel parent, of een GeoJSON-bestand (zoals PDOK "wijken en buurten") met de vormen voor de kaart. Cijfers voor een gebied dat niet in het register staat, worden geweigerd.',
    areasFile: 'Bestand met gebieden',
    year: 'Jaar van de indeling (voor GeoJSON zonder jaar)',
    areasSubmit: 'Gebieden inlezen',
    areasTemplate: 'Sjabloon gebiedenregister (CSV)',
    areasDone: (n: number, years: string, withGeometry: number) =>
      `${n} gebieden ingelezen (indeling ${years})${withGeometry ? `, ${withGeometry} met een vorm voor de kaart` : ''}.`,
    cbsTitle: 'Cijfers van CBS StatLine',
    cbsHint:
      'Haal cijfers op bij het CBS, bijvoorbeeld tabel 85984NED "Kerncijfers wijken en buurten". Noem per indicator de eigen sleutel en de sleutel van het CBS, zoals wmo_clienten=WmoClienten_100.',
    table: 'Tabelnummer van het CBS',
    indicators: "Indicatoren (sleutel=CBS-sleutel, gescheiden door komma's)",
    cbsAreas: 'Alleen deze gemeenten (bijvoorbeeld GM0599; leeg is alle)',
    addAreas: 'Gebieden die nog niet in het register staan overnemen van het CBS',
    cbsSubmit: 'Cijfers ophalen',
    cbsDone: (n: number, table: string, api: string) => `${n} waarnemingen opgeslagen uit CBS-tabel ${table} (OData ${api}).`,
  },
};

export const areasEn: typeof areasNl = {
  map: {
    title: (indicator, period) => `Map: ${indicator} per area, ${period}`,
    desc: (n, period) => `Map of ${n} areas in ${period}. The darker the area, the higher the value. The figures are in the table as well.`,
    legend: 'Legend',
    step: fmtRange,
    suppressed: 'too few to show (hatched)',
    missing: 'no figure (light grey)',
    toTable: 'The figures of the map as a table',
    area: (name, value) => `${name}: ${value}`,
    tooFew: 'too few to show',
    noValue: 'no figure',
  },
  importForm: {
    areasTitle: 'Area register (CSV, XLSX or GeoJSON)',
    areasHint:
      'Municipalities, districts and neighbourhoods with their CBS code: the columns code, name, year and optionally parent, or a GeoJSON file (such as PDOK "wijken en buurten") with the shapes for the map. Figures for an area that is not in the register are refused.',
    areasFile: 'File with areas',
    year: 'Year of the division (for GeoJSON without a year)',
    areasSubmit: 'Import areas',
    areasTemplate: 'Area register template (CSV)',
    areasDone: (n, years, withGeometry) => `${n} areas imported (division ${years})${withGeometry ? `, ${withGeometry} with a shape for the map` : ''}.`,
    cbsTitle: 'Figures from CBS StatLine',
    cbsHint:
      'Fetch figures from CBS (Statistics Netherlands), for example table 85984NED "Kerncijfers wijken en buurten". Give per indicator your own key and the CBS key, such as wmo_clienten=WmoClienten_100.',
    table: 'CBS table number',
    indicators: 'Indicators (key=CBS key, separated by commas)',
    cbsAreas: 'Only these municipalities (for example GM0599; empty is all)',
    addAreas: 'Take areas that are not in the register yet from CBS',
    cbsSubmit: 'Fetch figures',
    cbsDone: (n, table, api) => `${n} observations saved from CBS table ${table} (OData ${api}).`,
  },
};
