// Inter-coder agreement on a questionnaire's codebook (issue 11). Two analysts who coded the same
// stories are compared on those stories only (a story counts as coded by an analyst when that
// analyst applied any code of the codebook to it): per code, did each of them apply it (whole
// story or any passage)? Cohen's κ per code; Krippendorff's α (nominal) over every story × code
// decision of the codebook. The math is in domain/stats/agreement.ts.
import { analystNames, codingsOfQuestionnaire, listCodes } from '../../db/repositories/coding.repository.ts';
import { codebookOrder } from '../../domain/coding/codebook.ts';
import { cohensKappa, krippendorffAlphaNominal } from '../../domain/stats/agreement.ts';
import type { ServiceContext } from '../context.ts';
import { definitions, loadCodebook } from './codebook.ts';

interface Analyst {
  id: string;
  name: string;
  /** Stories this analyst coded with any code. */
  stories: number;
}

interface CodeAgreement {
  slug: string;
  label: string;
  /** Stories both analysts coded (the n of κ). */
  n: number;
  /** Stories each gave this code, and both. */
  first: number;
  second: number;
  both: number;
  /** null: undefined, when neither (or both, on every story) used the code. */
  kappa: number | null;
}

export interface Agreement {
  analysts: Analyst[];
  /** The two compared, or null when fewer than two analysts share a story. */
  pair: [Analyst, Analyst] | null;
  /** Stories both coded. */
  n: number;
  codes: CodeAgreement[];
  alpha: number | null;
  /** Story × code decisions α is computed over. */
  decisions: number;
}

export async function codingAgreement(ctx: ServiceContext, questionnaireKey: string, chosen: { first?: string; second?: string } = {}): Promise<Agreement> {
  const book = await loadCodebook(ctx, questionnaireKey);
  const codes = codebookOrder(definitions(await listCodes(ctx.db, ctx.tenantId, book.questionnaire.id)));
  const idOf = new Map(book.stored.map((c) => [c.slug, c.id]));
  // analyst → story → code ids
  const coded = new Map<string, Map<string, Set<string>>>();
  for (const c of await codingsOfQuestionnaire(ctx.db, ctx.tenantId, book.questionnaire.id)) {
    let stories = coded.get(c.analystId);
    if (!stories) coded.set(c.analystId, (stories = new Map()));
    let set = stories.get(c.storyId);
    if (!set) stories.set(c.storyId, (set = new Set()));
    set.add(c.codeId);
  }
  const names = await analystNames(ctx.db, [...coded.keys()]);
  const analysts = [...coded.entries()]
    .map(([id, stories]) => ({ id, name: names.get(id) ?? id.slice(0, 8), stories: stories.size }))
    .sort((a, b) => b.stories - a.stories || a.name.localeCompare(b.name, 'nl'));
  const pair = choosePair(analysts, coded, chosen);
  if (!pair) return { analysts, pair: null, n: 0, codes: [], alpha: null, decisions: 0 };

  const [one, two] = [coded.get(pair[0].id)!, coded.get(pair[1].id)!];
  const shared = [...one.keys()].filter((story) => two.has(story)).sort();
  const units: (0 | 1)[][] = [];
  const perCode = codes.map((code) => {
    const id = idOf.get(code.slug)!;
    const a = shared.map((story) => (one.get(story)!.has(id) ? 1 : 0));
    const b = shared.map((story) => (two.get(story)!.has(id) ? 1 : 0));
    a.forEach((x, i) => units.push([x, b[i]!]));
    return {
      slug: code.slug,
      label: code.label,
      n: shared.length,
      first: a.reduce<number>((s, x) => s + x, 0),
      second: b.reduce<number>((s, x) => s + x, 0),
      both: a.filter((x, i) => x === 1 && b[i] === 1).length,
      kappa: shared.length ? cohensKappa(a, b).kappa : null,
    };
  });
  const alpha = krippendorffAlphaNominal(units);
  return { analysts, pair, n: shared.length, codes: perCode, alpha: alpha.alpha, decisions: units.length };
}

/** The pair asked for, else the two analysts with the most stories in common. */
function choosePair(analysts: Analyst[], coded: Map<string, Map<string, Set<string>>>, chosen: { first?: string; second?: string }): [Analyst, Analyst] | null {
  const byId = new Map(analysts.map((a) => [a.id, a]));
  if (chosen.first && chosen.second && chosen.first !== chosen.second && byId.has(chosen.first) && byId.has(chosen.second)) {
    return [byId.get(chosen.first)!, byId.get(chosen.second)!];
  }
  let best: [Analyst, Analyst] | null = null;
  let most = 0;
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) {
      const a = coded.get(analysts[i]!.id)!;
      const b = coded.get(analysts[j]!.id)!;
      let common = 0;
      for (const story of a.keys()) if (b.has(story)) common++;
      if (common > most) [most, best] = [common, [analysts[i]!, analysts[j]!]];
    }
  }
  return best;
}
