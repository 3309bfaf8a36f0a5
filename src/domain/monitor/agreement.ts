// Warm × cold per wijk: do the stories and the numbers point the same way? Across wijken the
// link's Spearman ρ says how story value and indicator usually go together; a wijk "agrees"
// when its position (above or below the middle wijk) on both follows that sign, and "disagrees"
// when it goes against it. Without a clear ρ, or a value on one side, it is "unclear".
export type Agreement = 'agree' | 'disagree' | 'unclear';

/** |ρ| below this is no clear direction to agree with. */
const CLEAR_RHO = 0.2;

export interface AreaValues {
  story: number | null;
  indicator: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function agreements(areas: ReadonlyArray<AreaValues>, rho: number | null): Agreement[] {
  const stories = areas.map((a) => a.story).filter((v): v is number => v !== null);
  const indicators = areas.map((a) => a.indicator).filter((v): v is number => v !== null);
  if (rho === null || Math.abs(rho) < CLEAR_RHO || stories.length < 2 || indicators.length < 2) return areas.map(() => 'unclear');
  const storyMiddle = median(stories);
  const indicatorMiddle = median(indicators);
  return areas.map(({ story, indicator }) => {
    if (story === null || indicator === null) return 'unclear';
    const product = Math.sign(story - storyMiddle) * Math.sign(indicator - indicatorMiddle);
    if (product === 0) return 'unclear';
    return product === Math.sign(rho) ? 'agree' : 'disagree';
  });
}
