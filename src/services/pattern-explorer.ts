// The analyst's pattern workbench (/patronen, issue 11): the whole scan as a list to work through,
// one pattern with the data of the chart that fits it, and the stories behind a selection with
// the words that set them apart. Every statistic comes from the scan (services/patterns.ts),
// every selection is a cell of domain/patterns/cell.ts, the filters are the API's own
// (parseStoryFilter via resolveFilter). Read by analists and gespreksleiders, never the council.
import { listQuestionnaires, findQuestionnaire, listCollections, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { countPendingStories } from '../db/repositories/selection-texts.repository.ts';
import { listAreas } from '../db/repositories/tenants.repository.ts';
import { categoryLabel, higherEnd, isShareVariable, questionKeyOf, variableLabel, type Bilingual } from '../domain/monitor/labels.ts';
import { patternChart } from '../domain/monitor/pattern-chart.ts';
import { patternSentence } from '../domain/monitor/sentences.ts';
import { strengthOf, type Strength } from '../domain/monitor/strength.ts';
import { extent, grid, histogram, thresholds, type Bin, type Grid } from '../domain/pattern-charts/bins.ts';
import { groupSpreads, type GroupSpread } from '../domain/pattern-charts/groups.ts';
import { ternaryData, type TernaryData } from '../domain/pattern-charts/ternary.ts';
import { parseCell, type Cell, type CellInput } from '../domain/patterns/cell.ts';
import type { FilterInput } from '../domain/patterns/filter.ts';
import type { Pattern } from '../domain/patterns/types.ts';
import { deriveVariables, type AnalysisVariables } from '../domain/patterns/variables.ts';
import { InputRejected } from '../domain/problems.ts';
import type { Question, Questionnaire } from '../domain/questionnaire/types.ts';
import type { WordsDocument } from '../domain/words/index.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';
import { loadFilteredColumns, resolveFilter, scanQuestionnaire, type ScanResult } from './patterns.ts';
import { selectionWords } from './selection-words.ts';
import { storiesBehind, type StoriesBehindResult } from './stories-behind.ts';

const PATTERNS_PER_PAGE = 25;
export type PatternSort = 'sterkte' | 'q' | 'vraag';
export const PATTERN_SORTS: readonly PatternSort[] = ['sterkte', 'q', 'vraag'];

interface FilterChoice {
  key: string;
  label: Bilingual;
  options: { value: string; label: Bilingual }[];
}

/** What the filter form offers: every question the API filters on, and the collections. */
export interface FilterChoices {
  questions: FilterChoice[];
  collections: string[];
}

export interface PatternRow {
  pattern: Pattern;
  a: Bilingual;
  b: Bilingual;
  sentence: Bilingual;
  strength: Strength | null;
}

export interface PatternList {
  questionnaire: { key: string; title: Bilingual };
  scan: Pick<ScanResult, 'stories' | 'filter' | 'scanned_at' | 'cached'>;
  /** Patterns in the whole scan, and after the question search. */
  scanned: number;
  total: number;
  page: number;
  pages: number;
  rows: PatternRow[];
  choices: FilterChoices;
}

export interface PatternListQuery {
  filter: FilterInput;
  search?: string | null;
  sort?: PatternSort;
  page?: number;
}

export async function patternQuestionnaires(ctx: ServiceContext): Promise<{ key: string; title: Bilingual }[]> {
  const rows = await listQuestionnaires(ctx.db, ctx.tenantId);
  const found = await Promise.all(rows.map((r) => findQuestionnaire(ctx.db, ctx.tenantId, r.key)));
  return found.flatMap((q) => (q ? [{ key: q.key, title: bilingual(q.definition.title, q.key) }] : []));
}

export async function patternList(ctx: ServiceContext, key: string, query: PatternListQuery): Promise<PatternList> {
  const questionnaire = await questionnaireOf(ctx, key);
  const scan = await scanQuestionnaire(ctx, key, { filter: query.filter });
  const definition = questionnaire.definition;
  const areaNames = await areaNamesOf(ctx);
  const search = query.search?.trim().toLowerCase() ?? '';
  const labelled = scan.patterns.map((pattern) => ({
    pattern,
    a: variableLabel(definition, pattern.a),
    b: variableLabel(definition, pattern.b),
    strength: strengthOf(pattern),
  }));
  const found = search
    ? labelled.filter((row) => [row.a.nl, row.a.en, row.b.nl, row.b.en, row.pattern.a, row.pattern.b].some((text) => text.toLowerCase().includes(search)))
    : labelled;
  sortRows(found, query.sort ?? 'sterkte');
  const pages = Math.max(1, Math.ceil(found.length / PATTERNS_PER_PAGE));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = found
    .slice((page - 1) * PATTERNS_PER_PAGE, page * PATTERNS_PER_PAGE)
    .map((row) => ({ ...row, sentence: sentenceOf(definition, row.pattern, row.a, row.b, areaNames) }));
  return {
    questionnaire: { key: questionnaire.key, title: bilingual(definition.title, questionnaire.key) },
    scan: { stories: scan.stories, filter: scan.filter, scanned_at: scan.scanned_at, cached: scan.cached },
    scanned: scan.patterns.length,
    total: found.length,
    page,
    pages,
    rows,
    choices: await filterChoices(ctx, questionnaire, areaNames),
  };
}

function sortRows(rows: { pattern: Pattern; a: Bilingual; b: Bilingual; strength: Strength | null }[], sort: PatternSort): void {
  const q = (p: Pattern) => p.q ?? Infinity;
  const strength = (s: Strength | null) => s?.relative ?? -1;
  const collator = new Intl.Collator('nl');
  if (sort === 'q') rows.sort((x, y) => q(x.pattern) - q(y.pattern) || strength(y.strength) - strength(x.strength));
  else if (sort === 'vraag') rows.sort((x, y) => collator.compare(x.a.nl, y.a.nl) || collator.compare(x.b.nl, y.b.nl));
  // Relative to the measure's own "large" boundary (Cohen), so ε², V, r and ρ compare fairly.
  else rows.sort((x, y) => strength(y.strength) - strength(x.strength) || q(x.pattern) - q(y.pattern));
}

function sentenceOf(definition: Questionnaire, pattern: Pattern, a: Bilingual, b: Bilingual, areaNames: Record<string, string>): Bilingual {
  const labels = {
    category: (variable: string, value: string) => categoryLabel(definition, variable, value, areaNames),
    higher: (variable: string) => higherEnd(definition, variable),
    isShare: (variable: string) => isShareVariable(definition, variable),
  };
  // The workbench is never read by the council: nothing to suppress.
  const chart = patternChart(pattern, labels, { threshold: 0, apply: false });
  return patternSentence({ test: pattern.test, n: pattern.n, a, b, chart, strength: strengthOf(pattern)?.label });
}

async function filterChoices(ctx: ServiceContext, questionnaire: StoredQuestionnaire, areaNames: Record<string, string>): Promise<FilterChoices> {
  const questions = questionnaire.definition.questions.flatMap((question): FilterChoice[] => {
    const label = bilingual(question.text, question.key);
    if (question.type === 'choice' || question.type === 'multichoice') {
      return [{ key: question.key, label, options: question.options.map((o) => ({ value: o.key, label: bilingual(o.text, o.key) })) }];
    }
    if (question.type === 'area') {
      const areas = question.areas ?? Object.entries(areaNames).map(([code, name]) => ({ code, name }));
      return [{ key: question.key, label, options: areas.map((a) => ({ value: a.code, label: { nl: a.name, en: a.name } })) }];
    }
    return [];
  });
  const collections = (await listCollections(ctx.db, ctx.tenantId, questionnaire.id)).map((c) => c.slug);
  return { questions, collections };
}

// ---------------------------------------------------------------------------------------------
// One pattern and its charts

export interface HistogramChart {
  kind: 'histogram';
  variable: string;
  label: Bilingual;
  bins: Bin[];
}

export interface TernaryChart {
  kind: 'ternary';
  question: string;
  label: Bilingual;
  corners: [Bilingual, Bilingual, Bilingual];
  /** The categorical variable the centroids are grouped by, if any. */
  groupedBy: string | null;
  groupLabels: Record<string, Bilingual>;
  data: TernaryData;
}

export interface StonesChart {
  kind: 'stones';
  question: string;
  stone: string;
  label: Bilingual;
  axes: { x: Bilingual; y: Bilingual };
  grid: Grid;
}

export type SideChart = HistogramChart | TernaryChart | StonesChart;

export type MainChart =
  | { kind: 'table'; rows: { value: string; label: Bilingual }[]; columns: { value: string; label: Bilingual }[]; counts: number[][] }
  | { kind: 'groups'; groups: (GroupSpread & { display: Bilingual })[]; share: boolean }
  | { kind: 'scatter'; grid: Grid; points: [number, number][] | null };

export interface PatternDetail {
  questionnaire: { key: string; title: Bilingual };
  row: PatternRow;
  main: MainChart;
  sides: SideChart[];
  filter: ScanResult['filter'];
}

/** Above this many stories a scatter shows the density of its cells instead of every point. */
const SCATTER_POINTS_MAX = 400;
const SCATTER_STEPS = 6;
const SCALE_STEPS = 10;
const STONE_STEPS = 5;

export async function patternDetail(ctx: ServiceContext, key: string, names: { a: string; b: string }, filterInput: FilterInput): Promise<PatternDetail> {
  const questionnaire = await questionnaireOf(ctx, key);
  const scan = await scanQuestionnaire(ctx, key, { filter: filterInput });
  const pattern = scan.patterns.find((p) => p.a === names.a && p.b === names.b);
  if (!pattern) {
    throw new InputRejected(
      [
        {
          field: 'patroon',
          code: 'unknown-pattern',
          nl: `de scan heeft geen patroon "${names.a}" × "${names.b}"`,
          en: `the scan has no pattern "${names.a}" × "${names.b}"`,
        },
      ],
      404,
    );
  }
  const definition = questionnaire.definition;
  const areaNames = await areaNamesOf(ctx);
  const a = variableLabel(definition, pattern.a);
  const b = variableLabel(definition, pattern.b);
  const filter = await resolveFilter(ctx, questionnaire, filterInput);
  const variables = deriveVariables(definition, await loadFilteredColumns(ctx, questionnaire, filter, null));
  const category = (variable: string, value: string) => categoryLabel(definition, variable, value, areaNames);
  return {
    questionnaire: { key: questionnaire.key, title: bilingual(definition.title, questionnaire.key) },
    row: { pattern, a, b, strength: strengthOf(pattern), sentence: sentenceOf(definition, pattern, a, b, areaNames) },
    main: mainChart(pattern, variables, category, isShareVariable(definition, pattern.a)),
    sides: [pattern.a, pattern.b].flatMap((name) => sideCharts(definition, variables, name, pattern, category)),
    filter: scan.filter,
  };
}

function mainChart(pattern: Pattern, variables: AnalysisVariables, category: (v: string, value: string) => Bilingual, share: boolean): MainChart {
  if (pattern.test === 'chi-square') {
    const { rows, columns, counts } = pattern.table;
    return {
      kind: 'table',
      rows: rows.map((value) => ({ value, label: category(pattern.a, value) })),
      columns: columns.map((value) => ({ value, label: category(pattern.b, value) })),
      counts,
    };
  }
  const x = numericOf(variables, pattern.a);
  if (pattern.test === 'spearman') {
    const y = numericOf(variables, pattern.b);
    const [x0, x1] = extent(x) ?? [0, 1];
    const [y0, y1] = extent(y) ?? [0, 1];
    const g = grid(x, y, thresholds(x0, x1, SCATTER_STEPS), x1, thresholds(y0, y1, SCATTER_STEPS), y1);
    const points: [number, number][] = [];
    if (pattern.n <= SCATTER_POINTS_MAX) for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) points.push([x[i], y[i]]);
    return { kind: 'scatter', grid: g, points: pattern.n <= SCATTER_POINTS_MAX ? points : null };
  }
  const groups = variables.categorical.find((v) => v.name === pattern.b)!;
  // The scan's medians are the ones stated; the quartiles only draw the box around them.
  const medians = new Map(pattern.groups.map((g) => [g.label, g.median]));
  return {
    kind: 'groups',
    share,
    groups: groupSpreads(x, groups).map((g) => ({ ...g, median: medians.get(g.label) ?? g.median, display: category(pattern.b, g.label) })),
  };
}

function sideCharts(
  definition: Questionnaire,
  variables: AnalysisVariables,
  name: string,
  pattern: Pattern,
  category: (v: string, value: string) => Bilingual,
): SideChart[] {
  const question = definition.questions.find((q) => q.key === questionKeyOf(name));
  if (!question) return [];
  const other = name === pattern.a ? pattern.b : pattern.a;
  if (question.type === 'slider') {
    const values = numericOf(variables, name);
    return [
      { kind: 'histogram', variable: name, label: bilingual(question.text, question.key), bins: histogram(values, thresholds(0, 100, SCALE_STEPS), 100) },
    ];
  }
  if (question.type === 'triad') return [ternaryOf(question, variables, other, category)];
  if (question.type === 'stones') {
    const [, stone] = name.split('.');
    const x = numericOf(variables, `${question.key}.${stone}.x`);
    const y = numericOf(variables, `${question.key}.${stone}.y`);
    const starts = thresholds(0, 100, STONE_STEPS);
    const text = question.stones.find((s) => s.key === stone)?.text;
    return [
      {
        kind: 'stones',
        question: question.key,
        stone,
        label: bilingual(text, stone),
        axes: { x: bilingual(question.x, 'x'), y: bilingual(question.y, 'y') },
        grid: grid(x, y, starts, 100, starts, 100),
      },
    ];
  }
  return [];
}

function ternaryOf(
  question: Extract<Question, { type: 'triad' }>,
  variables: AnalysisVariables,
  other: string,
  category: (v: string, value: string) => Bilingual,
): TernaryChart {
  const corners = [1, 2, 3].map((c) => numericOf(variables, `${question.key}.${c}`)) as [Float64Array, Float64Array, Float64Array];
  const groups = variables.categorical.find((v) => v.name === other) ?? null;
  return {
    kind: 'ternary',
    question: question.key,
    label: bilingual(question.text, question.key),
    corners: question.corners.map((c, i) => bilingual(c, String(i + 1))) as [Bilingual, Bilingual, Bilingual],
    groupedBy: groups?.name ?? null,
    groupLabels: Object.fromEntries((groups?.labels ?? []).map((l) => [l, category(other, l)])),
    data: ternaryData(corners, groups),
  };
}

function numericOf(variables: AnalysisVariables, name: string): Float64Array {
  return variables.numeric.find((v) => v.name === name)?.values ?? new Float64Array(0);
}

// ---------------------------------------------------------------------------------------------
// The stories behind a selection

export interface SelectionQuery {
  filter: FilterInput;
  cell: CellInput;
  search?: string | null;
  page?: number;
  pageSize?: number;
  /** false: leave out the distinctive words (the one-story reader does not show them). */
  words?: boolean;
}

interface SelectionCondition {
  variable: Bilingual;
  text: Bilingual;
}

export interface Selection {
  questionnaire: { key: string; title: Bilingual; questions: Question[] };
  conditions: SelectionCondition[];
  stories: StoriesBehindResult;
  words: WordsDocument | null;
  pending: number;
  filter: ScanResult['filter'];
  areaNames: Record<string, string>;
}

const SELECTION_WORDS = 15;

export async function selectionStories(ctx: ServiceContext, key: string, query: SelectionQuery): Promise<Selection> {
  const questionnaire = await questionnaireOf(ctx, key);
  const definition = questionnaire.definition;
  const cell = parseCell(definition, query.cell);
  const filter = await resolveFilter(ctx, questionnaire, query.filter);
  const wantWords = query.words !== false;
  const { ids, ...stories } = await storiesBehind(ctx, key, {
    filter: query.filter,
    cell: query.cell,
    search: query.search,
    page: query.page,
    pageSize: query.pageSize,
    withIds: wantWords,
  });
  const areaNames = await areaNamesOf(ctx);
  // The words over the whole selection, not only this page.
  const words = wantWords && ids && ids.length > 0 ? await selectionWords(ctx, questionnaire.id, new Set(ids), SELECTION_WORDS) : null;
  return {
    questionnaire: { key: questionnaire.key, title: bilingual(definition.title, questionnaire.key), questions: definition.questions },
    conditions: describeCell(definition, cell, areaNames),
    stories,
    words,
    pending: await countPendingStories(ctx.db, ctx.tenantId, questionnaire.id),
    filter: { collection: filter.collection, period: filter.period?.label ?? null, answers: filter.answers },
    areaNames,
  };
}

/** The cell in words: "Hoe voelt u zich…: boos", "Voelde u zich gehoord?: van 20 tot en met 39,5". */
function describeCell(definition: Questionnaire, cell: Cell, areaNames: Record<string, string>): SelectionCondition[] {
  const number = (value: number, lang: 'nl' | 'en') => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(value);
  const range = (min: number | null, max: number | null, lang: 'nl' | 'en') => {
    if (min !== null && max !== null)
      return lang === 'nl' ? `van ${number(min, lang)} tot en met ${number(max, lang)}` : `from ${number(min, lang)} to ${number(max, lang)} inclusive`;
    if (min !== null) return lang === 'nl' ? `${number(min, lang)} of meer` : `${number(min, lang)} or more`;
    return lang === 'nl' ? `${number(max ?? 0, lang)} of minder` : `${number(max ?? 0, lang)} or less`;
  };
  return [
    ...cell.groups.map((g) => ({ variable: variableLabel(definition, g.variable), text: categoryLabel(definition, g.variable, g.value, areaNames) })),
    ...cell.ranges.map((r) => {
      const percent = isShareVariable(definition, r.variable);
      const scale = (v: number | null) => (v === null || !percent ? v : Math.round(v * 1000) / 10);
      const unit = percent ? '%' : '';
      return {
        variable: variableLabel(definition, r.variable),
        text: { nl: range(scale(r.min), scale(r.max), 'nl') + unit, en: range(scale(r.min), scale(r.max), 'en') + unit },
      };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------

async function questionnaireOf(ctx: ServiceContext, key: string): Promise<StoredQuestionnaire> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, key);
  if (!questionnaire) throw unknownQuestionnaire(key);
  return questionnaire;
}

async function areaNamesOf(ctx: ServiceContext): Promise<Record<string, string>> {
  return Object.fromEntries((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name]));
}

function bilingual(text: Record<string, string> | undefined, fallback: string): Bilingual {
  return { nl: text?.nl ?? text?.en ?? fallback, en: text?.en ?? text?.nl ?? fallback };
}
