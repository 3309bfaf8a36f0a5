// Generates the demo stories. Each story has hidden facts (wijk, provider, waiting time, how heard
// the teller felt) from which both its answers and its words are drawn. Built-in patterns:
// jongeren feel less heard than ouders; Gezinspunt scores higher on gehoord; Molenwijk has long
// and growing waits; longer waits go with a lower cijfer, more "thuis = nee" and angrier stories.
import type { AnswerValue, StoryRecord } from '../questionnaire/types.ts';
import { NOT_APPLICABLE } from '../questionnaire/types.ts';
import { PROVIDERS, WIJKEN, type Year } from './municipality.ts';
import { BOY_NAMES, GIRL_NAMES } from './names.ts';
import { EN } from './phrases-en.ts';
import { NL } from './phrases-nl.ts';
import { clamp, mixSeed, Prng } from './prng.ts';
import { PROMPTS, ROLLEN, STONES, WAT_HIELP, type Gevoel, type Rol, type WatHielp } from './questionnaire.ts';
import { tellStory, type StoryFacts } from './story-text.ts';

const WIJK_WEIGHTS = WIJKEN.map((w) => w.youth * w.need);
const PROVIDER_WEIGHTS = PROVIDERS.map((p) => p.weight);
const ROL_WEIGHTS = [30, 40, 18, 12];
const HEARD_BY_ROL: Record<Rol, number> = { jongere: -16, ouder: 0, professional: 6, mantelzorger: -4 };
const TRIAD_BY_ROL: Record<Rol, [number, number, number]> = {
  jongere: [0.3, 0.3, 0.4],
  ouder: [0.3, 0.45, 0.25],
  professional: [0.15, 0.7, 0.15],
  mantelzorger: [0.5, 0.3, 0.2],
};
/** Days from 1 January that stories may fall on: all of 2025, 2026 up to and including 23 November. */
const DAYS_IN: Record<Year, number> = { 2025: 365, 2026: 327 };

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Median waiting time (weeks) that stories and indicator values share. */
export function medianWait(wijkIndex: number, providerIndex: number, year: Year): number {
  const w = WIJKEN[wijkIndex]!;
  return Math.max(0.5, w.waitWeeks + (year === 2026 ? w.waitTrend : 0) + PROVIDERS[providerIndex]!.waitOffset);
}

/** The teller's age band; `age` is the jongere's own age, else the child's. */
function ageBand(rol: Rol, age: number, rng: Prng): string {
  if (rol === 'jongere') return age <= 17 ? '12-17' : '18-26';
  const weights: Record<Exclude<Rol, 'jongere'>, number[]> = {
    ouder: age >= 10 ? [0, 0, 45, 55, 0] : [0, 8, 72, 20, 0],
    mantelzorger: [0, 0, 5, 45, 50],
    professional: [0, 15, 50, 35, 0],
  };
  return ['12-17', '18-26', '27-44', '45-66', '67-plus'][rng.weightedIndex(weights[rol])]!;
}

function gevoelFor(e: number, weeks: number, heard: number, thuis: string, rng: Prng): Gevoel {
  if (e > 0.9) return 'opgelucht';
  if (e > 0.1) return 'tevreden';
  if (e > -0.6) return 'onzeker';
  if (thuis === 'nee' && rng.chance(0.5)) return 'verdrietig';
  return rng.chance(weeks >= 8 || heard < 35 ? 0.75 : 0.45) ? 'boos' : 'verdrietig';
}

function whatHelped(rng: Prng, providerCode: string, rol: Rol, weeks: number, heard: number, e: number): WatHielp[] {
  const weights: Record<WatHielp, number> = {
    'vaste-contactpersoon': 1 + (providerCode === 'gezinspunt' ? 2.5 : 0) + (heard > 65 ? 1.5 : 0),
    'snel-hulp': weeks <= 4 ? 2.5 : weeks <= 8 ? 0.6 : 0.1,
    luisteren: heard > 60 ? 2 : 0.4,
    school: 0.8,
    familie: rol === 'mantelzorger' ? 2 : 0.9,
    praktisch: 0.6,
    niets: e < -0.6 ? 3 : e < 0 ? 0.4 : 0.02,
  };
  const pool = [...WAT_HIELP];
  const chosen: WatHielp[] = [];
  const count = 1 + rng.weightedIndex([35, 40, 25]);
  while (chosen.length < count) {
    const i = rng.weightedIndex(pool.map((k) => weights[k]));
    const key = pool.splice(i, 1)[0]!;
    if (key === 'niets') return ['niets'];
    chosen.push(key);
  }
  return chosen;
}

function triad(rng: Prng, rol: Rol): [number, number, number] {
  const raw = TRIAD_BY_ROL[rol].map((b) => b * Math.exp(rng.normal(0, 0.5)));
  const sum = raw[0]! + raw[1]! + raw[2]!;
  const a = round(raw[0]! / sum, 3);
  const b = round(raw[1]! / sum, 3);
  return [a, b, Math.max(0, round(1 - a - b, 3))];
}

function stones(rng: Prng, weeks: number, heard: number): Record<string, [number, number]> {
  const slow: Record<string, number> = { wijkteam: 1.5, jeugdhulp: 3.5, school: 0.5 };
  const point = (stone: string): [number, number] => [
    Math.round(clamp(75 - slow[stone]! * weeks + rng.normal(0, 15), 0, 100)),
    Math.round(clamp(15 + 0.7 * heard + rng.normal(0, 15), 0, 100)),
  ];
  return Object.fromEntries(STONES.map((s) => [s, point(s)]));
}

function generateStory(index: number, seed: number): StoryRecord {
  const rng = new Prng(mixSeed(seed, index + 1));
  const year: Year = rng.chance(0.45) ? 2025 : 2026;
  const wijkIndex = rng.weightedIndex(WIJK_WEIGHTS);
  const providerIndex = rng.weightedIndex(PROVIDER_WEIGHTS);
  const wijk = WIJKEN[wijkIndex]!;
  const provider = PROVIDERS[providerIndex]!;
  const rol = ROLLEN[rng.weightedIndex(ROL_WEIGHTS)]!;
  const boy = rng.chance(0.5);
  const name = rng.pick(boy ? BOY_NAMES : GIRL_NAMES);
  const age = rol === 'jongere' ? rng.int(12, 23) : rng.int(rol === 'professional' ? 8 : 4, 17);

  const weeks = Math.round(clamp(medianWait(wijkIndex, providerIndex, year) * Math.exp(rng.normal(0, 0.5)), 0, 104));
  const heard = Math.round(clamp(62 + HEARD_BY_ROL[rol] + provider.heardOffset - (weeks - 6) + rng.normal(0, 16), 0, 100));
  const pNee = logistic(-3.2 + 0.14 * weeks + 1.5 * (wijk.need - 1) - 0.015 * (heard - 60));
  const thuis = rng.chance(pNee) ? 'nee' : (['ja', 'deels', 'weet-niet'] as const)[rng.weightedIndex([80, 15, 5])]!;
  const e = (heard - 55) / 20 - (weeks - 7) / 10 + rng.normal(0, 0.7);
  const gevoel = gevoelFor(e, weeks, heard, thuis, rng);
  const helped = whatHelped(rng, provider.provider.code, rol, weeks, heard, e);
  const cijfer = Math.round(clamp(7 - 0.12 * (weeks - 6) + 0.03 * (heard - 60) + rng.normal(0, 1), 1, 10));
  const promptWeights = [2, weeks >= 8 ? 3 : 1, thuis === 'nee' || thuis === 'deels' ? 3 : 1];

  const language = rng.chance(0.04) ? 'en' : 'nl';
  const facts: StoryFacts = {
    rol,
    boy,
    name,
    age,
    weeks,
    heard,
    thuis,
    gevoel,
    wijkName: wijk.name,
    wijkIn: wijk.inName,
    providerCode: provider.provider.code,
    providerName: provider.provider.name,
    schoolGood: rng.chance(0.3 + heard / 200),
    contact: helped.includes('vaste-contactpersoon'),
  };
  const told = tellStory(language === 'en' ? EN : NL, facts, rng);

  const answers: Record<string, AnswerValue> = {};
  const r = rng.next();
  if (r < 0.03) answers.gehoord = NOT_APPLICABLE;
  else if (r >= 0.05) answers.gehoord = heard;
  if (rng.chance(0.94)) answers.wie_hielp = triad(rng, rol);
  if (rng.chance(0.9)) answers.steun = stones(rng, weeks, heard);
  answers.gevoel = gevoel;
  if (rng.chance(0.96)) answers.thuis = thuis;
  if (rng.chance(0.95)) answers.wat_hielp = helped;
  if (rng.chance(0.97)) answers.cijfer = cijfer;
  if (rng.chance(rol === 'professional' ? 0.3 : 0.02)) answers.wachtweken = NOT_APPLICABLE;
  else if (rng.chance(0.94)) answers.wachtweken = weeks;
  if (rng.chance(0.45)) answers.tip = told.tip;
  answers.rol = rol;
  if (rng.chance(0.96)) answers.leeftijd = ageBand(rol, age, rng);
  answers.wijk = wijk.code;
  if (rng.chance(0.97)) answers.aanbieder = provider.provider.code;

  const day = rng.int(0, DAYS_IN[year] - 1);
  return {
    ref: `demo-${String(index + 1).padStart(6, '0')}`,
    collectedAt: new Date(Date.UTC(year, 0, 1 + day, rng.int(7, 21), rng.int(0, 59))),
    collection: `zo-thuis-${year}`,
    language,
    prompt: PROMPTS[rng.weightedIndex(promptWeights)]!,
    title: told.title,
    text: told.text,
    answers,
  };
}

export function generateStories(count: number, seed: number): StoryRecord[] {
  const stories = new Array<StoryRecord>(count);
  for (let i = 0; i < count; i++) stories[i] = generateStory(i, seed);
  return stories;
}
