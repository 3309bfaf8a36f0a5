import { openDatabase } from '/work/wt-compare/src/db/connection.ts';
import { seedDemo } from '/work/wt-compare/src/services/seed-demo.ts';
import { contextForTenantSlug } from '/work/wt-compare/src/services/context.ts';
import { findQuestionnaire } from '/work/wt-compare/src/db/repositories/questionnaires.repository.ts';
import { publishedAnswers } from '/work/wt-compare/src/services/answer-snapshot.ts';
import { pagePublishedTexts } from '/work/wt-compare/src/db/repositories/compare-texts.repository.ts';
import { compareVariables } from '/work/wt-compare/src/domain/patterns/compare.ts';
import { stemTokens } from '/work/wt-compare/src/domain/words/index.ts';
const h = await openDatabase({ kind: 'pglite-memory' }); await h.migrate(); await seedDemo(h.db, { stories: 2000 });
const ctx = await contextForTenantSlug(h.db, 'voorbeeld');
const q = (await findQuestionnaire(ctx.db, ctx.tenantId, 'zo-thuis'))!;
const keys = q.definition.questions.filter((x) => x.type !== 'text').map((x) => x.key);
await publishedAnswers(ctx, q, keys);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const all = await publishedAnswers(ctx, q, keys); const tA = performance.now() - t;
  t = performance.now(); const texts = await pagePublishedTexts(ctx.db, ctx.tenantId, q.id, null, 2000); const tT = performance.now() - t;
  t = performance.now(); const cache = new Map(); for (const s of texts) stemTokens(s.title + '\n' + s.text, cache, s.language); const tS = performance.now() - t;
  const codes = Int32Array.from(all.answers.map((_, i) => i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : -1));
  t = performance.now(); compareVariables(q.definition, all.answers.filter((_, i) => codes[i] >= 0), codes.filter((c) => c >= 0), ['a', 'b'], new Set(['wijk'])); const tC = performance.now() - t;
  console.log({ snapshot: tA.toFixed(0), texts: tT.toFixed(0), stem: tS.toFixed(0), compare: tC.toFixed(0) });
}
await h.close();
