// Story measures per (area, period): every numeric analysis variable as median and mean, every
// option of a choice or multichoice question as a share (the mean of 0/1), each with its n.
import { CHOSEN, compareCodePoints, deriveVariables, type Answers } from '../patterns/variables.ts';
import type { AreaQuestion, Questionnaire } from '../questionnaire/types.ts';
import type { LinkAggregate } from './types.ts';

export interface LinkStory {
  answers: Answers;
  collectedAt: Date;
}

interface Cell {
  area: string;
  period: string;
}

interface CellAggregate {
  /** Stories in the cell that carry the variable. */
  n: number;
  /** Median, or the share for an option. */
  value: number;
  mean: number;
}

interface StoryMeasure {
  name: string;
  aggregate: LinkAggregate;
  /** Aligned with StoryAggregates.cells; null where no story in the cell carries the variable. */
  cells: (CellAggregate | null)[];
}

export interface StoryAggregates {
  /** Every (area, period) with at least one story, ordered by area then period. */
  cells: Cell[];
  measures: StoryMeasure[];
  stories: number;
  storiesWithoutArea: number;
}

const YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

/** The period of a story: the calendar year of collected_at in Dutch time. */
export function periodOf(collectedAt: Date): string {
  return YEAR.format(collectedAt);
}

/**
 * The question that places a story in an area: the one asked for by key, else the first area
 * question at wijk level, else the first area question. null when there is none (or the key
 * names no area question).
 */
export function chooseAreaQuestion(questionnaire: Questionnaire, key?: string): AreaQuestion | null {
  const areaQuestions = questionnaire.questions.filter((q): q is AreaQuestion => q.type === 'area');
  if (key !== undefined) return areaQuestions.find((q) => q.key === key) ?? null;
  return areaQuestions.find((q) => q.level === 'wijk') ?? areaQuestions[0] ?? null;
}

export function aggregateStories(questionnaire: Questionnaire, stories: ReadonlyArray<LinkStory>, areaQuestion: string): StoryAggregates {
  // Cell of each story (−1: no area answer).
  const cellIndex = new Int32Array(stories.length).fill(-1);
  const byKey = new Map<string, Cell>();
  let withoutArea = 0;
  for (const story of stories) {
    const area = story.answers[areaQuestion];
    if (typeof area !== 'string' || area === '') {
      withoutArea++;
      continue;
    }
    const period = periodOf(story.collectedAt);
    const key = `${area}|${period}`;
    if (!byKey.has(key)) byKey.set(key, { area, period });
  }
  const cells = [...byKey.values()].sort((a, b) => compareCodePoints(a.area, b.area) || compareCodePoints(a.period, b.period));
  const indexOf = new Map(cells.map((c, i) => [`${c.area}|${c.period}`, i]));
  stories.forEach((story, i) => {
    const area = story.answers[areaQuestion];
    if (typeof area === 'string' && area !== '') cellIndex[i] = indexOf.get(`${area}|${periodOf(story.collectedAt)}`)!;
  });

  const variables = deriveVariables(
    questionnaire,
    stories.map((s) => s.answers),
  );
  const measures: StoryMeasure[] = [];
  for (const variable of variables.numeric) {
    measures.push({ name: variable.name, aggregate: 'median', cells: numericCells(variable.values, cellIndex, cells.length) });
  }
  const typeOf = new Map(questionnaire.questions.map((q) => [q.key, q]));
  for (const variable of variables.categorical) {
    const question = typeOf.get(variable.question);
    if (question?.type === 'multichoice') {
      measures.push({ name: variable.name, aggregate: 'share', cells: shareCells(variable.codes, variable.labels.indexOf(CHOSEN), cellIndex, cells.length) });
    } else if (question?.type === 'choice') {
      // Options in questionnaire order; an option nobody chose has share 0 everywhere and says nothing.
      const order = question.options.map((o) => o.key).filter((key) => variable.labels.includes(key));
      for (const label of variable.labels) if (!order.includes(label)) order.push(label);
      for (const label of order) {
        measures.push({
          name: `${variable.name}=${label}`,
          aggregate: 'share',
          cells: shareCells(variable.codes, variable.labels.indexOf(label), cellIndex, cells.length),
        });
      }
    }
    // Area questions are what the points are made of, not a measure.
  }
  return { cells, measures, stories: stories.length, storiesWithoutArea: withoutArea };
}

function numericCells(values: Float64Array, cellIndex: Int32Array, cellCount: number): (CellAggregate | null)[] {
  const buckets: number[][] = Array.from({ length: cellCount }, () => []);
  for (let i = 0; i < values.length; i++) {
    if (cellIndex[i] >= 0 && !Number.isNaN(values[i])) buckets[cellIndex[i]].push(values[i]);
  }
  return buckets.map((bucket) => (bucket.length === 0 ? null : { n: bucket.length, value: median(bucket), mean: mean(bucket) }));
}

function shareCells(codes: Int32Array, chosen: number, cellIndex: Int32Array, cellCount: number): (CellAggregate | null)[] {
  const n = new Int32Array(cellCount);
  const yes = new Int32Array(cellCount);
  for (let i = 0; i < codes.length; i++) {
    if (cellIndex[i] < 0 || codes[i] < 0) continue;
    n[cellIndex[i]]++;
    if (codes[i] === chosen) yes[cellIndex[i]]++;
  }
  return Array.from(n, (count, c) => (count === 0 ? null : { n: count, value: yes[c] / count, mean: yes[c] / count }));
}

/** As numpy.median: the middle value, or the mean of the two middle values. */
export function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
