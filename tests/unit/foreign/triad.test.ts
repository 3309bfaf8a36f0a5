// SenseMaker's own coordinates: every triad of the real ADemo export gives _percentX/_percentY
// and the three corner weights. Our conversion must agree both ways to 1e-9.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentFromTriadWeights, triadWeightsFromPercent } from '../../../src/domain/foreign/triad.ts';
import { csvRecords, haveDatasets, json, SENSEMAKER } from './fixtures.ts';

interface Sample {
  x: number;
  y: number;
  weights: [number, number, number];
}

function samples(): Sample[] {
  const [header, ...rows] = csvRecords(path.join(SENSEMAKER, 'ADemo_Data.csv'));
  const definition = json(path.join(SENSEMAKER, 'ADemo_Definition.json')) as {
    signifiers: { id: string; type: string; content: { labels: { id: string }[] } }[];
  };
  const at = (name: string) => header!.fields.indexOf(name);
  const out: Sample[] = [];
  for (const triad of definition.signifiers.filter((s) => s.type === 'triad')) {
    const [x, y] = [at(`${triad.id}_percentX`), at(`${triad.id}_percentY`)];
    const labels = triad.content.labels.map((l) => at(`${triad.id}_${l.id}`));
    expect([x, y, ...labels].every((i) => i >= 0)).toBe(true);
    for (const row of rows) {
      if (row.fields[x] === '') continue;
      out.push({ x: Number(row.fields[x]), y: Number(row.fields[y]), weights: labels.map((i) => Number(row.fields[i])) as [number, number, number] });
    }
  }
  return out;
}

describe.skipIf(!haveDatasets)('triad conversion against SenseMaker ADemo', () => {
  const all = haveDatasets ? samples() : [];

  it('has the real triads to test (five triads, 129 stories, NA left out)', () => {
    expect(all.length).toBe(598);
  });

  it("turns _percentX/_percentY into SenseMaker's three weights to 1e-9", () => {
    for (const s of all) {
      const ours = triadWeightsFromPercent(s.x, s.y);
      ours.forEach((w, k) => expect(Math.abs(w - s.weights[k]!)).toBeLessThan(1e-9));
    }
  });

  it("turns SenseMaker's three weights back into _percentX/_percentY to 1e-9", () => {
    for (const s of all) {
      const { x, y } = percentFromTriadWeights(s.weights);
      expect(Math.abs(x - s.x)).toBeLessThan(1e-9);
      expect(Math.abs(y - s.y)).toBeLessThan(1e-9);
    }
  });
});

describe('triad geometry', () => {
  it('puts the corners where SenseMaker draws them: top, bottom left, bottom right', () => {
    expect(triadWeightsFromPercent(0.5, 1)).toEqual([1, 0, 0]);
    expect(triadWeightsFromPercent(0, 0)).toEqual([0, 1, 0]);
    expect(triadWeightsFromPercent(1, 0)).toEqual([0, 0, 1]);
  });

  it('normalises weights of any scale before placing the point', () => {
    expect(percentFromTriadWeights([2, 1, 1])).toEqual({ x: 0.5, y: 0.5 });
  });
});
