// The workbench pages (server-rendered, Dutch first, English with ?lang=en). Handlers stay thin:
// check the session and role → call one service → render a page.
import { Hono, type Context } from 'hono';
import { areaImport, AREAS_TEMPLATE_CSV } from './routes/import-areas.tsx';
import type { AreaOutcome } from './pages/import-areas.tsx';
import { defaultCbsConfig, type CbsConfig } from '../config.ts';
import { indicatorTableMaps, mappedAreas } from '../services/area-maps.ts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formatProblem, InputRejected } from '../domain/problems.ts';
import type { RequestEnv as AppEnv } from '../http/request-env.ts';
import type { RequestEnv } from '../http/request-env.ts';
import { allows, type Permission } from '../services/auth/policy.ts';
import { browseStories, importChoices, indicatorTables, readStory, workbenchOverview } from '../services/browse.ts';
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
import { requirePage as guardPage } from './guards.tsx';
import { formCsrfMatches } from './form-security.ts';
import { ImportPage, type ImportForm, type ImportOutcome } from './pages/import.tsx';
import type { ForeignOutcome } from './pages/import-foreign.tsx';
import { foreignImport, senseMakerDownload } from './routes/import-foreign.tsx';
import { IndicatorsPage } from './pages/indicators.tsx';
import { MessagePage } from './pages/message.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { StoriesPage } from './pages/stories.tsx';
import { StoryPageView } from './pages/story.tsx';
import { readFormFileText, withFormFile } from './uploaded-file.ts';
import { serviceContextOf, viewOf } from './view.ts';
import { designerRoutes } from './routes/designer.tsx';
import { opgavenPageRoutes } from './routes/opgaven.tsx';
import { dialoguePageRoutes } from './routes/dialogues.tsx';
import { moderationRoutes } from './routes/moderation.tsx';
import { patternPageRoutes } from './routes/patterns.tsx';

export interface WebOptions {
  /** Secure flag on the cookies this module sets (session, language); true behind HTTPS. */
  secureCookies: boolean;
  /** CBS open data for the CBS import form (config.ts); default: CBS's own addresses. */
  cbs?: CbsConfig;
}

type Page = ReturnType<typeof MessagePage>;

export function webRoutes(options: WebOptions = { secureCookies: true }) {
  const app = new Hono<AppEnv>();
  const view = (c: Context<AppEnv>) => viewOf(c, options.secureCookies);
  const render = (c: Context<AppEnv>, page: Page, status: ContentfulStatusCode = 200) => c.html(page, status);

  const requirePage = (permission: Permission) => guardPage(permission, options.secureCookies);

  app.route('/', assetRoutes());

  // Sign-in, sign-out, password links and single sign-on: routes/sign-in.tsx; accounts: routes/accounts.tsx.
  app.route('/', signInRoutes(options));
  app.route('/', accountRoutes(options));

  app.get('/', requirePage('overview.read'), async (c) => {
    const v = view(c);
    const data = await workbenchOverview(serviceContextOf(c));
    return render(c, <OverviewPage view={v} data={data} canImport={allows(v.session!.roles, 'stories.import')} />);
  });

  app.get('/verhalen', requirePage('stories.read'), async (c) => {
    const v = view(c);
    const page = Number.parseInt(c.req.query('pagina') ?? '1', 10);
    const data = await browseStories(serviceContextOf(c), { query: c.req.query('zoek'), page: Number.isFinite(page) ? page : 1 });
    return render(c, <StoriesPage view={v} data={data} canImport={allows(v.session!.roles, 'stories.import')} />);
  });

  app.get('/verhalen/:id', requirePage('stories.read'), async (c) => {
    const v = view(c);
    const story = await readStory(serviceContextOf(c), c.req.param('id'));
    if (!story) return render(c, <MessagePage view={v} title={v.t.story.notFoundTitle} message={v.t.story.notFound} />, 404);
    return render(c, <StoryPageView view={v} story={story} />);
  });

  app.get('/cijfers', requirePage('indicators.read'), async (c) => {
    const v = view(c);
    const tables = await indicatorTables(serviceContextOf(c));
    const maps = indicatorTableMaps(await mappedAreas(serviceContextOf(c)), tables);
    return render(c, <IndicatorsPage view={v} tables={tables} maps={maps} canImport={allows(v.session!.roles, 'stories.import')} />);
  });

  const importPage = async (c: Context<AppEnv>, outcome?: ImportOutcome, selectedQuestionnaire?: string, foreignOutcome?: ForeignOutcome, areaOutcome?: AreaOutcome) => {
    const v = view(c);
    const roles = v.session!.roles;
    const choices = await importChoices(serviceContextOf(c));
    const may = {
      questionnaire: allows(roles, 'questionnaires.write'),
      stories: allows(roles, 'stories.import'),
      indicators: allows(roles, 'indicators.write'),
      exportStories: allows(roles, 'stories.export'),
      readIndicators: allows(roles, 'indicators.read'),
    };
    const status = outcome?.problems || foreignOutcome?.problems || areaOutcome?.problems ? 400 : 200;
    return render(c, <ImportPage view={v} {...choices} may={may} outcome={outcome} selectedQuestionnaire={selectedQuestionnaire} foreignOutcome={foreignOutcome} areaOutcome={areaOutcome} />, status);
  };

  app.get('/importeren', requirePage('stories.import'), (c) => importPage(c));

  // The area register and CBS StatLine (routes/import-areas.tsx), before the general form route below.
  const cbs = options.cbs ?? defaultCbsConfig();
  for (const form of ['gebieden', 'cbs'] as const) {
    app.post(`/importeren/${form}`, requirePage('stories.import'), (c) => areaImport(c, form, view(c), cbs, (outcome) => importPage(c, undefined, undefined, undefined, outcome)));
  }

  // NarraFirma and SenseMaker (routes/import-foreign.tsx), before the general form route below.
  for (const tool of ['narrafirma', 'sensemaker'] as const) {
    app.post(`/importeren/${tool}`, requirePage('stories.import'), (c) => foreignImport(c, tool, view(c), (outcome) => importPage(c, undefined, undefined, outcome)));
  }
  app.get('/importeren/sensemaker/:key', requirePage('stories.export'), (c) => senseMakerDownload(c, view(c)));

  // The area register's template (routes/import-areas.tsx), before the general template route.
  app.get('/importeren/sjablonen/gebieden.csv', requirePage('stories.import'), (c) => {
    if (!allows(view(c).session!.roles, 'indicators.write')) return c.notFound();
    return c.body(AREAS_TEMPLATE_CSV, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="gebieden.csv"' });
  });

  // Templates: a header row per kind (and for figures an example), as CSV or XLSX.
  app.get('/importeren/sjablonen/:file', requirePage('stories.import'), async (c) => {
    const match = /^(cijfers|definities|verhalen|vragenlijst)\.(csv|xlsx|json)$/.exec(c.req.param('file'));
    // A questionnaire is JSON or XLSX; the tables are CSV or XLSX.
    if (!match || match[2] === (match[1] === 'vragenlijst' ? 'csv' : 'json')) return c.notFound();
    const kind = match[1] as TemplateKind;
    const roles = view(c).session!.roles;
    const needs: Permission = kind === 'verhalen' ? 'stories.import' : kind === 'vragenlijst' ? 'questionnaires.write' : 'indicators.write';
    if (!allows(roles, needs)) return c.notFound();
    const template = await importTemplate(serviceContextOf(c), kind, match[2] === 'xlsx' ? 'xlsx' : 'csv', c.req.query('vragenlijst'));
    if (!template) return c.notFound();
    const disposition = `attachment; filename="${template.filename}"`;
    if (template.csv !== undefined) return c.body(template.csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition });
    if (template.json !== undefined) return c.body(template.json, 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': disposition });
    const body = Readable.toWeb(xlsxStream(template.sheets!)) as unknown as ReadableStream<Uint8Array>;
    return c.body(body, 200, { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': disposition });
  });

  const FORMS: Record<ImportForm, Permission> = { vragenlijst: 'questionnaires.write', verhalen: 'stories.import', cijfers: 'indicators.write' };

  app.post('/importeren/:form', requirePage('stories.import'), async (c) => {
    const v = view(c);
    const session = v.session!;
    const formName = c.req.param('form') as ImportForm;
    if (!Object.hasOwn(FORMS, formName)) return c.notFound();
    const body = await c.req.parseBody();
    if (!formCsrfMatches(body, session)) {
      return render(c, <MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.csrf} />, 403);
    }
    if (!allows(session.roles, FORMS[formName])) {
      return render(c, <MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.forbidden} />, 403);
    }
    const p = v.t.importPage;
    const file = body.file;
    const questionnaireKey = typeof body.questionnaire === 'string' ? body.questionnaire : '';
    if (!(file instanceof File) || file.size === 0) return importPage(c, { form: formName, problems: [p.noFile] }, questionnaireKey);
    const ctx = serviceContextOf(c);
    try {
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
        const result = await withFormFile(file, (source) => importStories(ctx, { source, questionnaireKey, collectionSlug: collection }));
        summary = p.storiesDone(result.stories, result.replaced, result.collectionsCreated);
        if (result.read) summary += ` ${v.t.importTemplates.readAs(describeRead(result.read, v.lang))}`;
      } else {
        const result = await withFormFile(file, (source) => importIndicators(ctx, source));
        summary = p.indicatorsDone(result.kind, result.rows, result.definitionsCreated);
        if (result.read) summary += ` ${v.t.importTemplates.readAs(describeRead(result.read, v.lang))}`;
      }
      return importPage(c, { form: formName, summary }, questionnaireKey);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      return importPage(c, { form: formName, problems: error.problems.map((problem) => formatProblem(problem, v.lang)) }, questionnaireKey);
    }
  });

  app.route('/', adminDataRoutes(options));
  app.route('/', tellerRoutes(options));
  app.route('/', designerRoutes(options));
  app.route('/', opgavenPageRoutes(options));
  app.route('/', dialoguePageRoutes(options));
  app.route('/', monitorPageRoutes(options));
  app.route('/', reportPageRoutes(options));
  app.route('/', moderationRoutes(options));
  app.route('/', patternPageRoutes(options));
  return app;
}
