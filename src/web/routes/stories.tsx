// The story list (/verhalen) with its filters, and the same list as CSV (/verhalen.csv) with the
// status and quote-consent columns. Thin: guard → the story-list service → render or stream.
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { csvRow } from '../../domain/csv/writer.ts';
import { neutraliseFormula } from '../../domain/csv/formula.ts';
import { formatProblem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import { allows } from '../../services/auth/policy.ts';
import { compareChoices } from '../../services/compare-page.ts';
import { listQuestionnaireKeys } from '../../services/import-questionnaire.ts';
import { filteredStories, filteredStoriesForExport, storyListCollections, type FilteredStories } from '../../services/story-list.ts';
import { requirePage } from '../guards.tsx';
import { StoriesPage } from '../pages/stories.tsx';
import { storyQueryFrom } from '../pages/story-filters.ts';

/** The CSV's columns: who, when, where, status and consent, then the story itself. */
const CSV_COLUMNS = ['story_id', 'collected_at', 'questionnaire', 'collection', 'status', 'consent_quote', 'title', 'text'];

export function storyListRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/verhalen', requirePage('stories.read'), async (c) => {
    const v = c.var.view;
    const ctx = serviceContext(c);
    const all = c.req.queries();
    let data: FilteredStories = { questionnaire: null, total: 0, page: 1, pages: 1, stories: [] };
    let problems: string[] = [];
    await orFormAgain(
      async () => {
        data = await filteredStories(ctx, storyQueryFrom(all));
      },
      (refused) => {
        problems = refused.map((p) => formatProblem(p, v.lang));
      },
    );
    const roles = v.session!.roles;
    const page = (
      <StoriesPage
        view={v}
        data={data}
        query={all}
        questionnaires={(await listQuestionnaireKeys(ctx)).map((q) => q.key)}
        collections={await storyListCollections(ctx)}
        choices={data.questionnaire ? await compareChoices(ctx, data.questionnaire) : null}
        problems={problems}
        canImport={allows(roles, 'stories.import')}
        canExport={allows(roles, 'stories.export')}
      />
    );
    return c.html(page, problems.length > 0 ? 400 : 200);
  });

  app.get('/verhalen.csv', requirePage('stories.export'), async (c) => {
    const v = c.var.view;
    let chunks: AsyncGenerator<Awaited<ReturnType<typeof filteredStories>>['stories']>;
    return orFormAgain(
      async () => {
        chunks = filteredStoriesForExport(serviceContext(c), storyQueryFrom(c.req.queries()));
        // The first chunk checks the query before any byte is sent: a bad filter is a 400, not a broken file.
        const first = await chunks.next();
        c.header('content-type', 'text/csv; charset=utf-8');
        c.header('content-disposition', 'attachment; filename="verhalen.csv"');
        return stream(c, async (s) => {
          await s.write(csvRow(CSV_COLUMNS));
          const write = async (rows: FilteredStories['stories']) => {
            for (const r of rows) {
              const consent = r.consentQuote === null ? '' : r.consentQuote ? 'ja' : 'nee';
              await s.write(
                csvRow([
                  r.ref,
                  r.collectedAt.toISOString(),
                  r.questionnaire,
                  r.collection,
                  r.status,
                  consent,
                  neutraliseFormula(r.title),
                  neutraliseFormula(r.text),
                ]),
              );
            }
          };
          if (!first.done) await write(first.value);
          for await (const rows of chunks) await write(rows);
        });
      },
      (problems) => c.text(problems.map((p) => formatProblem(p, v.lang)).join('\n'), 400),
    );
  });
  return app;
}
