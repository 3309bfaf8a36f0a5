// POST /importeren/narrafirma and /importeren/sensemaker: both files go to temporary files (the
// importer reads the stories twice), then one service call; the page shows the outcome.
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { formatProblem } from '../../domain/problems.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { allows } from '../../services/auth/policy.ts';
import { exportSenseMaker } from '../../services/export-sensemaker.ts';
import { importNarraFirma, importSenseMaker, type ForeignImportResult } from '../../services/import-foreign.ts';
import { formCsrfMatches } from '../form-security.ts';
import type { ForeignForm, ForeignOutcome } from '../pages/import-foreign.tsx';
import { MessagePage } from '../pages/message.tsx';
import { withFormFile } from '../uploaded-file.ts';
import type { View } from '../view.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';

export async function foreignImport(
  c: Context<AppEnv>,
  tool: ForeignForm,
  v: View,
  showPage: (outcome: ForeignOutcome) => Promise<Response>,
): Promise<Response> {
  const session = v.session!;
  const body = await c.req.parseBody();
  if (!formCsrfMatches(body, session)) return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.csrf} />, 403);
  // The import makes a questionnaire and stories: it needs both rights.
  if (!allows(session.roles, 'questionnaires.write') || !allows(session.roles, 'stories.import')) {
    return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.forbidden} />, 403);
  }
  const f = v.t.foreignImport;
  const key = typeof body.questionnaire === 'string' ? body.questionnaire.trim() : '';
  const first = tool === 'narrafirma' ? body.form : body.definition;
  const stories = body.stories;
  if (key === '') return showPage({ form: tool, key, problems: [f.noKey] });
  if (!(first instanceof File) || first.size === 0 || !(stories instanceof File) || stories.size === 0)
    return showPage({ form: tool, key, problems: [f.noFiles] });
  const ctx = serviceContext(c);
  return orFormAgain(
    async () => {
      const result: ForeignImportResult = await withFormFile(first, (firstSource) =>
        withFormFile(stories, (storiesSource) =>
          tool === 'narrafirma'
            ? importNarraFirma(ctx, { questionnaireKey: key, form: firstSource, stories: storiesSource })
            : importSenseMaker(ctx, { questionnaireKey: key, definition: firstSource, stories: storiesSource }),
        ),
      );
      const p = v.t.importPage;
      return showPage({
        form: tool,
        key,
        summary: [
          p.questionnaireDone(result.questionnaire.key, result.questionnaire.version, result.questionnaire.outcome),
          p.storiesDone(result.stories, result.replaced, result.collectionsCreated),
        ],
        notMapped: result.notMapped.map((n) => formatProblem(n, v.lang)),
      });
    },
    (problems) => showPage({ form: tool, key, problems: problems.map((problem) => formatProblem(problem, v.lang)) }),
    ['input', 'not-found'],
  );
}

/** GET /importeren/sensemaker/:key: the stories of a questionnaire in SenseMaker's export layout. */
export async function senseMakerDownload(c: Context<AppEnv>): Promise<Response> {
  const key = c.req.param('key') ?? '';
  // An unknown questionnaire: the error page (app.onError) names it.
  const chunks = await exportSenseMaker(serviceContext(c), key);
  c.header('content-type', 'text/csv; charset=utf-8');
  c.header('content-disposition', `attachment; filename="${key}-sensemaker.csv"`);
  return stream(c, async (s) => {
    for await (const chunk of chunks) await s.write(chunk);
  });
}
