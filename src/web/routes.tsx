// The workbench pages (server-rendered, Dutch first, English with ?lang=en). Handlers stay thin:
// check the session and role → call one service → render a page.
import { Hono, type Context } from 'hono';
import { areaImport, AREAS_TEMPLATE_CSV } from './routes/import-areas.tsx';
import type { AreaOutcome } from './pages/import-areas.tsx';
import { defaultCbsConfig, type CbsConfig } from '../config.ts';
import { indicatorTableMaps, mappedAreas } from '../services/area-maps.ts';
import { formatProblem } from '../domain/problems.ts';
import { pageView, type PageEnv as AppEnv } from './view.ts';
import { allows, type Permission } from '../services/auth/policy.ts';
import { importChoices, indicatorTables, readStory, workbenchOverview } from '../services/browse.ts';
import { importQuestionnaire } from '../services/import-questionnaire.ts';
import { importStories } from '../services/import-stories.ts';
import { importIndicators } from '../services/indicators.ts';
import { importTemplate, type TemplateKind } from '../services/import-templates.ts';
import { importQuestionnaireWorkbook } from '../services/questionnaire-xlsx.ts';
import { describeRead } from '../services/tables/table-source.ts';
import { xlsxStream, XLSX_CONTENT_TYPE } from '../services/tables/xlsx-write.ts';
import { Readable } from 'node:stream';
import { assetRoutes } from './assets.ts';
import { monitorPageRoutes } from './routes/monitor.tsx';
import { reportPageRoutes } from './routes/reports.tsx';
import { accountRoutes } from './routes/accounts.tsx';
import { signInRoutes } from './routes/sign-in.tsx';
import { tellerRoutes } from './routes/teller.tsx';
import { adminDataRoutes } from './routes/admin-data.tsx';
import { requirePage } from './guards.tsx';
import { formCsrfMatches } from './form-security.ts';
import { ImportPage, type ImportForm, type ImportOutcome } from './pages/import.tsx';
import type { ForeignOutcome } from './pages/import-foreign.tsx';
import { foreignImport, senseMakerDownload } from './routes/import-foreign.tsx';
import { IndicatorsPage } from './pages/indicators.tsx';
import { MessagePage } from './pages/message.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { StoryPageView } from './pages/story.tsx';
import { storyShareState } from '../services/network-share/story-release.ts';
import { readFormFileText, uploadName, withFormFile } from './uploaded-file.ts';
import { startJob, type JobQueue } from '../services/jobs/jobs.ts';
import { jobPageRoutes } from './routes/jobs.tsx';
import { orFormAgain, serviceContext } from '../http/kit.ts';
import type { Problem } from '../domain/problems.ts';
import { designerRoutes } from './routes/designer.tsx';
import { opgavenPageRoutes } from './routes/opgaven.tsx';
import { dialoguePageRoutes } from './routes/dialogues.tsx';
import { moderationRoutes } from './routes/moderation.tsx';
import { comparePageRoutes } from './routes/compare.tsx';
import { networkComparePageRoutes, networkLibraryPageRoutes } from './routes/network-compare.tsx';
import { storyListRoutes } from './routes/stories.tsx';
import { codingPageRoutes } from './routes/coding.tsx';
import { networkPageRoutes } from './routes/network.tsx';
import { networkReportPageRoutes } from './routes/network-report.tsx';
import { networkReviewPageRoutes } from './routes/network-review.tsx';
import { networkSharePageRoutes } from './routes/network-share.tsx';
import { patternPageRoutes } from './routes/patterns.tsx';
import { observationPageRoutes } from './routes/observations.tsx';

export interface WebOptions {
  /** CBS open data for the CBS import form (config.ts); default: CBS's own addresses. */
  cbs?: CbsConfig;
  /** Where long work goes (services/jobs): reports, big story imports, the full export, retention. */
  jobs: WebJobs;
}

interface WebJobs {
  queue: JobQueue;
  /** A story upload of at least this many bytes is imported as a job, with a progress page. */
  importInBackgroundFrom: number;
}

export function webRoutes(options: WebOptions) {
  const app = new Hono<AppEnv>();
  // The view (language, texts, the signed-in person) once per request, before every guard.
  app.use('*', pageView());

  app.route('/', assetRoutes());

  // Sign-in, sign-out, password links and single sign-on: routes/sign-in.tsx; accounts: routes/accounts.tsx.
  app.route('/', signInRoutes());
  app.route('/', accountRoutes());

  app.get('/', requirePage('overview.read'), async (c) => {
    const v = c.var.view;
    const data = await workbenchOverview(serviceContext(c));
    return c.html(<OverviewPage view={v} data={data} canImport={v.may('stories.import')} />);
  });

  // The story list with its filters and CSV: routes/stories.tsx.
  app.route('/', storyListRoutes());

  app.get('/verhalen/:id', requirePage('stories.read'), async (c) => {
    const v = c.var.view;
    const story = await readStory(serviceContext(c), c.req.param('id'));
    if (!story) return c.html(<MessagePage view={v} title={v.t.story.notFoundTitle} message={v.t.story.notFound} />, 404);
    const share = v.may('network.release') ? await storyShareState(serviceContext(c), story.id) : null;
    return c.html(<StoryPageView view={v} story={story} share={share} />);
  });

  app.get('/cijfers', requirePage('indicators.read'), async (c) => {
    const v = c.var.view;
    const tables = await indicatorTables(serviceContext(c));
    const maps = indicatorTableMaps(await mappedAreas(serviceContext(c)), tables);
    return c.html(<IndicatorsPage view={v} tables={tables} maps={maps} canImport={v.may('stories.import')} />);
  });

  const importPage = async (
    c: Context<AppEnv>,
    outcome?: ImportOutcome,
    selectedQuestionnaire?: string,
    foreignOutcome?: ForeignOutcome,
    areaOutcome?: AreaOutcome,
  ) => {
    const v = c.var.view;
    const roles = v.session!.roles;
    const choices = await importChoices(serviceContext(c));
    const may = {
      questionnaire: allows(roles, 'questionnaires.write'),
      stories: allows(roles, 'stories.import'),
      indicators: allows(roles, 'indicators.write'),
      exportStories: allows(roles, 'stories.export'),
      readIndicators: allows(roles, 'indicators.read'),
    };
    const status = outcome?.problems || foreignOutcome?.problems || areaOutcome?.problems ? 400 : 200;
    return c.html(
      <ImportPage
        view={v}
        {...choices}
        may={may}
        outcome={outcome}
        selectedQuestionnaire={selectedQuestionnaire}
        foreignOutcome={foreignOutcome}
        areaOutcome={areaOutcome}
      />,
      status,
    );
  };

  app.get('/importeren', requirePage('stories.import'), (c) => importPage(c));

  // The area register and CBS StatLine (routes/import-areas.tsx), before the general form route below.
  const cbs = options.cbs ?? defaultCbsConfig();
  for (const form of ['gebieden', 'cbs'] as const) {
    app.post(`/importeren/${form}`, requirePage('stories.import'), (c) =>
      areaImport(c, form, c.var.view, cbs, (outcome) => importPage(c, undefined, undefined, undefined, outcome)),
    );
  }

  // NarraFirma and SenseMaker (routes/import-foreign.tsx), before the general form route below.
  for (const tool of ['narrafirma', 'sensemaker'] as const) {
    app.post(`/importeren/${tool}`, requirePage('stories.import'), (c) =>
      foreignImport(c, tool, c.var.view, (outcome) => importPage(c, undefined, undefined, outcome)),
    );
  }
  app.get('/importeren/sensemaker/:key', requirePage('stories.export'), (c) => senseMakerDownload(c));

  // The area register's template (routes/import-areas.tsx), before the general template route.
  app.get('/importeren/sjablonen/gebieden.csv', requirePage('stories.import'), (c) => {
    if (!allows(c.var.view.session!.roles, 'indicators.write')) return c.notFound();
    return c.body(AREAS_TEMPLATE_CSV, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="gebieden.csv"' });
  });

  // Templates: a header row per kind (and for figures an example), as CSV or XLSX.
  app.get('/importeren/sjablonen/:file', requirePage('stories.import'), async (c) => {
    const match = /^(cijfers|definities|verhalen|vragenlijst)\.(csv|xlsx|json)$/.exec(c.req.param('file'));
    // A questionnaire is JSON or XLSX; the tables are CSV or XLSX.
    if (!match || match[2] === (match[1] === 'vragenlijst' ? 'csv' : 'json')) return c.notFound();
    const kind = match[1] as TemplateKind;
    const roles = c.var.view.session!.roles;
    const needs: Permission = kind === 'verhalen' ? 'stories.import' : kind === 'vragenlijst' ? 'questionnaires.write' : 'indicators.write';
    if (!allows(roles, needs)) return c.notFound();
    const template = await importTemplate(serviceContext(c), kind, match[2] === 'xlsx' ? 'xlsx' : 'csv', c.req.query('vragenlijst'));
    if (!template) return c.notFound();
    const disposition = `attachment; filename="${template.filename}"`;
    if (template.csv !== undefined) return c.body(template.csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition });
    if (template.json !== undefined)
      return c.body(template.json, 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': disposition });
    const body = Readable.toWeb(xlsxStream(template.sheets!)) as unknown as ReadableStream<Uint8Array>;
    return c.body(body, 200, { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': disposition });
  });

  const FORMS: Record<ImportForm, Permission> = { vragenlijst: 'questionnaires.write', verhalen: 'stories.import', cijfers: 'indicators.write' };

  app.post('/importeren/:form', requirePage('stories.import'), async (c) => {
    const v = c.var.view;
    const session = v.session!;
    const formName = c.req.param('form') as ImportForm;
    if (!Object.hasOwn(FORMS, formName)) return c.notFound();
    const body = await c.req.parseBody();
    if (!formCsrfMatches(body, session)) {
      return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.csrf} />, 403);
    }
    if (!allows(session.roles, FORMS[formName])) {
      return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.forbidden} />, 403);
    }
    const p = v.t.importPage;
    const file = body.file;
    const questionnaireKey = typeof body.questionnaire === 'string' ? body.questionnaire : '';
    if (!(file instanceof File) || file.size === 0) return importPage(c, { form: formName, problems: [p.noFile] }, questionnaireKey);
    const ctx = serviceContext(c);
    const refused = (problems: Problem[]) =>
      importPage(c, { form: formName, problems: problems.map((problem) => formatProblem(problem, v.lang)) }, questionnaireKey);
    return orFormAgain(
      async () => {
        let summary: string;
        if (formName === 'vragenlijst' && /\.xlsx$/i.test(file.name)) {
          const result = await withFormFile(file, (source) => importQuestionnaireWorkbook(ctx, source));
          summary = p.questionnaireDone(result.key, result.version, result.outcome);
        } else if (formName === 'vragenlijst') {
          let json: unknown;
          try {
            json = JSON.parse(await readFormFileText(file));
          } catch {
            return importPage(c, { form: formName, problems: [p.notJson] });
          }
          const result = await importQuestionnaire(ctx, json, file.name);
          summary = p.questionnaireDone(result.key, result.version, result.outcome);
        } else if (formName === 'verhalen') {
          const collection = typeof body.collection === 'string' && body.collection.trim() ? body.collection.trim() : undefined;
          if (file.size >= options.jobs.importInBackgroundFrom) {
            // Big: stored with a job and imported in the background, with a progress page.
            const fileName = uploadName(file);
            const params = { questionnaire: questionnaireKey, collection: collection ?? null, fileName };
            const jobId = await startJob(ctx, options.jobs.queue, 'stories-import', params, file.stream() as unknown as AsyncIterable<Uint8Array>);
            return c.redirect(`/taken/${jobId}`, 303);
          }
          const result = await withFormFile(file, (source) => importStories(ctx, { source, questionnaireKey, collectionSlug: collection }));
          summary = p.storiesDone(result.stories, result.replaced, result.collectionsCreated, result.codings);
          if (result.read) summary += ` ${v.t.importTemplates.readAs(describeRead(result.read, v.lang))}`;
        } else {
          const result = await withFormFile(file, (source) => importIndicators(ctx, source));
          summary = p.indicatorsDone(result.kind, result.rows, result.definitionsCreated);
          if (result.read) summary += ` ${v.t.importTemplates.readAs(describeRead(result.read, v.lang))}`;
        }
        return importPage(c, { form: formName, summary }, questionnaireKey);
      },
      refused,
      ['input', 'not-found'],
    );
  });

  app.route('/', adminDataRoutes(options.jobs.queue));
  app.route('/', jobPageRoutes());
  app.route('/', tellerRoutes());
  app.route('/', designerRoutes());
  app.route('/', opgavenPageRoutes());
  app.route('/', dialoguePageRoutes());
  app.route('/', monitorPageRoutes());
  app.route('/', reportPageRoutes(options.jobs.queue));
  app.route('/', moderationRoutes());
  app.route('/', comparePageRoutes());
  app.route('/', networkComparePageRoutes());
  app.route('/', networkLibraryPageRoutes());
  app.route('/', networkReviewPageRoutes());
  app.route('/', networkReportPageRoutes());
  app.route('/', networkSharePageRoutes());
  app.route('/', codingPageRoutes());
  app.route('/', networkPageRoutes());
  app.route('/', patternPageRoutes());
  app.route('/', observationPageRoutes());
  return app;
}
