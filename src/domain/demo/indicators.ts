// Cold data for the demo: indicator definitions and observations per wijk, gemeente, year and
// (for waiting time) provider. Values come from the same hidden wijk and provider facts as the
// stories, so warm and cold data agree: Molenwijk's wachttijd_weken is high and rising.
import type { IndicatorDefinition, Observation } from '../indicators/types.ts';
import { GEMEENTE_CODE, PROVIDERS, WIJKEN, YEARS, type WijkProfile, type Year } from './municipality.ts';
import { mixSeed, Prng } from './prng.ts';
import { medianWait } from './stories.ts';

const SOURCE = 'Fictief (demo)';

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    key: 'jeugdhulp_verblijf_per_1000',
    name: 'Jeugdhulp met verblijf per 1.000 jongeren',
    unit: 'per 1.000 jongeren',
    direction: 'down',
    source: SOURCE,
    definition: 'Aantal jongeren (0–17 jaar) met jeugdhulp met verblijf, zoals pleegzorg of een leefgroep, per 1.000 jongeren in het gebied.',
    domain: 'jeugd',
  },
  {
    key: 'wachttijd_weken',
    name: 'Gemiddelde wachttijd jeugdhulp',
    unit: 'weken',
    direction: 'down',
    source: SOURCE,
    definition: 'Gemiddeld aantal weken tussen aanmelding en start van de jeugdhulp.',
    domain: 'jeugd',
  },
  {
    key: 'kosten_per_client',
    name: 'Kosten jeugdhulp per cliënt',
    unit: 'euro',
    direction: 'down',
    source: SOURCE,
    definition: 'Totale uitgaven aan jeugdhulp in het jaar, gedeeld door het aantal jongeren met jeugdhulp.',
    domain: 'jeugd',
  },
  {
    key: 'jongeren_met_jeugdhulp_pct',
    name: 'Jongeren met jeugdhulp',
    unit: 'procent',
    direction: 'none',
    source: SOURCE,
    definition: 'Percentage jongeren (0–17 jaar) dat in het jaar jeugdhulp kreeg.',
    domain: 'jeugd',
  },
  {
    key: 'wmo_mantelzorg_ondersteuning_per_1000',
    name: 'Mantelzorgers met ondersteuning (Wmo) per 1.000 inwoners',
    unit: 'per 1.000 inwoners',
    direction: 'none',
    source: SOURCE,
    definition: 'Aantal mantelzorgers dat ondersteuning kreeg via de Wmo, zoals respijtzorg, per 1.000 inwoners.',
    domain: 'wmo',
  },
];

/** Deliberately missing values (suppressed small numbers, a late delivery): value null, never 0. */
const MISSING = new Set(['kosten_per_client|WK999908|2025', 'jeugdhulp_verblijf_per_1000|WK999907|2026']);

const round1 = (x: number) => Math.round(x * 10) / 10;
const youthIn = (w: WijkProfile, year: Year) => Math.round(w.youth * (year === 2026 ? 1.01 : 1));
const totalWeight = PROVIDERS.reduce((s, p) => s + p.weight, 0);
/** Mean of a log-normal with the stories' spread (sigma 0.5) and the given median. */
const meanWait = (median: number) => median * Math.exp(0.125);

function observation(
  indicator: string,
  area: string,
  period: string,
  value: number | null,
  provider: string | null = null,
  numerator: number | null = null,
  denominator: number | null = null,
): Observation {
  return { indicator, area, period, value, provider, numerator, denominator };
}

function wijkWait(wijkIndex: number, year: Year): number {
  return PROVIDERS.reduce((s, p, pi) => s + (p.weight / totalWeight) * meanWait(medianWait(wijkIndex, pi, year)), 0);
}

interface WijkValues {
  wait: number;
  stays: number;
  clients: number;
  costs: number;
  carers: number;
}

function wijkValues(rng: Prng, w: WijkProfile, i: number, year: Year): WijkValues {
  const wait = wijkWait(i, year) + rng.normal(0, 0.3);
  const youth = youthIn(w, year);
  const stayRate = 8 * w.need + 0.25 * (wait - 6) + rng.normal(0, 0.4);
  const clientPct = 9.5 * w.need + rng.normal(0, 0.5);
  const perClient = (9500 * (0.8 + 0.2 * w.need) + 150 * (wait - 6) + rng.normal(0, 300)) * (year === 2026 ? 1.04 : 1);
  const clients = Math.round((clientPct / 100) * youth);
  return {
    wait,
    stays: Math.round((stayRate / 1000) * youth),
    clients,
    costs: Math.round(perClient * clients),
    carers: Math.round(((14 + rng.normal(0, 2)) / 1000) * w.inhabitants),
  };
}

function areaObservations(area: string, period: string, v: WijkValues, youth: number, inhabitants: number): Observation[] {
  return [
    observation('jeugdhulp_verblijf_per_1000', area, period, round1((1000 * v.stays) / youth), null, v.stays, youth),
    observation('wachttijd_weken', area, period, round1(v.wait)),
    observation('kosten_per_client', area, period, Math.round(v.costs / v.clients), null, v.costs, v.clients),
    observation('jongeren_met_jeugdhulp_pct', area, period, round1((100 * v.clients) / youth), null, v.clients, youth),
    observation('wmo_mantelzorg_ondersteuning_per_1000', area, period, round1((1000 * v.carers) / inhabitants), null, v.carers, inhabitants),
  ];
}

export function generateObservations(seed: number): Observation[] {
  const rng = new Prng(mixSeed(seed, 0x0b5e));
  const out: Observation[] = [];
  for (const year of YEARS) {
    const period = String(year);
    const total: WijkValues = { wait: 0, stays: 0, clients: 0, costs: 0, carers: 0 };
    let youth = 0;
    let inhabitants = 0;
    WIJKEN.forEach((w, i) => {
      const v = wijkValues(rng, w, i, year);
      out.push(...areaObservations(w.code, period, v, youthIn(w, year), w.inhabitants));
      total.wait += v.wait * youthIn(w, year);
      total.stays += v.stays;
      total.clients += v.clients;
      total.costs += v.costs;
      total.carers += v.carers;
      youth += youthIn(w, year);
      inhabitants += w.inhabitants;
    });
    total.wait /= youth;
    out.push(...areaObservations(GEMEENTE_CODE, period, total, youth, inhabitants));
    PROVIDERS.forEach((p, pi) => {
      const wait = WIJKEN.reduce((s, w, i) => s + youthIn(w, year) * meanWait(medianWait(i, pi, year)), 0) / youth;
      out.push(observation('wachttijd_weken', GEMEENTE_CODE, period, round1(wait + rng.normal(0, 0.2)), p.provider.code));
    });
  }
  return out.map((o) =>
    MISSING.has(`${o.indicator}|${o.area}|${o.period}`) && o.provider === null ? { ...o, value: null, numerator: null, denominator: null } : o,
  );
}
