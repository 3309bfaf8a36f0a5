// The Hono application: security middleware, the API (/api/v1, OpenAPI at /api/v1/openapi.json)
// and the pages. Handlers stay thin: validate → authorize → call one service → present.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { Database } from '../services/context.ts';
import { databaseAnswers } from '../services/health.ts';
import { BACKGROUND_IMPORT_BYTES, inProcessJobQueue, type JobQueue } from '../services/jobs/jobs.ts';
import { webRoutes } from '../web/routes.ts';
import { loadSession, requireCsrf, type AppEnv } from './middleware/session.ts';
import { formOrigin } from './middleware/form-origin.ts';
import { errorHandler, failureResponse, TOO_LARGE } from './errors.ts';
import { requestKit } from './kit.ts';
import { problemResponse } from './problem.ts';
import { adminDataRoutes } from './routes/admin-data.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { linkRoutes } from './routes/link.ts';
import { compareRoutes } from './routes/compare.ts';
import { networkCompareRoutes } from './routes/network-compare.ts';
import { networkReportRoutes } from './routes/network-reports.ts';
import { networkReviewRoutes } from './routes/network-reviews.ts';
import { networkShareRoutes } from './routes/network-share.ts';
import { opgavenRoutes } from './routes/opgaven.ts';
import { dialogueRoutes } from './routes/dialogues.ts';
import { questionnaireRoutes } from './routes/questionnaires.ts';
import { sessionRoutes } from './routes/session.ts';
import { wordsRoutes } from './routes/words.ts';
import { networkRoutes } from './routes/networks.ts';
import { monitorRoutes } from './routes/monitor.ts';
import { reportRoutes } from './routes/reports.ts';
import { collectRoutes } from './routes/collect.ts';
import { codingRoutes } from './routes/coding.ts';
import { observationRoutes } from './routes/observations.ts';
import { strictJsonBody } from './strict-json.ts';
import { STORY_IMPORT_LIMIT, streamingBodyLimit } from './upload.ts';
import { COLLECT_LIMIT, rateLimit, type RateLimitOptions } from './rate-limit.ts';
import type { CbsConfig, TrustedProxies } from '../config.ts';
import { resolveClientAddress } from './client-address.ts';
import { originAllowed } from '../web/form-security.ts';
import { errorPage } from '../web/error-page.tsx';
import { limitedTellerPage } from '../web/teller/limited-page.tsx';

export interface AppOptions {
  db: Database;
  logger: Logger;
  secureCookies: boolean;
  publicUrl: string;
  /** Per-address limit on the public story endpoints and forms (default 30/min); false only for benchmarks. */
  collectRateLimit?: RateLimitOptions | false;
  /** Proxies whose X-Forwarded-For is believed (DUIDING_TRUSTED_PROXIES); default none. */
  trustedProxies?: TrustedProxies;
  /** NODE_ENV=production: only the public URL's origin may post forms. */
  production?: boolean;
  /** CBS open data for the CBS import form; default CBS's own addresses. */
  cbs?: CbsConfig;
  /** The job queue `duiding serve` runs (pg-boss); without one, jobs run in this process. */
  jobs?: JobQueue;
  /** Story uploads from this size on are imported as a job (default BACKGROUND_IMPORT_BYTES). */
  importInBackgroundFrom?: number;
}

const MB = 1024 * 1024;

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({
    // Request validation failures become problem+json that names each field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const problems = result.error.issues.map((issue) => ({
          field: issue.path.join('.') || '(body)',
          code: 'invalid',
          nl: `ongeldige waarde: ${issue.message}`,
          en: issue.message,
        }));
        return problemResponse(c, 400, 'validation', { en: 'The request is not valid.', nl: 'Het verzoek klopt niet.' }, problems);
      }
    },
  });

  // First: the request kit (kit.ts; request-env.ts lists what a handler finds on the context), and
  // the one answer to "who is the client" that every limit keys on (http/client-address.ts).
  app.use('*', requestKit({ secureCookies: options.secureCookies }));
  let warnedHeader = false;
  app.use(
    '*',
    resolveClientAddress(options.trustedProxies ?? { kind: 'none' }, () => {
      if (warnedHeader) return;
      warnedHeader = true;
      options.logger.warn('X-Forwarded-For is ignored because DUIDING_TRUSTED_PROXIES is not set; behind a proxy, set it (docs/operations.md)');
    }),
  );
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings can hold search words from story texts; a one-time link's token is cut off.
    const path = c.req.path.startsWith('/wachtwoord/') ? '/wachtwoord/…' : c.req.path;
    // Every request at info in production (log collectors); at debug in development, so that the
    // console is not flooded and the start banner stays in view (LOG_LEVEL=debug shows them).
    options.logger[options.production ? 'info' : 'debug'](
      { method: c.req.method, path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  // Private by default: a response that did not say it may be cached (assets, theme CSS) is kept
  // out of every cache, browser and proxy alike, since it may carry story text or personal data.
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });
  // Imports may be large; everything else is small.
  app.use('/api/v1/questionnaires/:key/stories', streamingBodyLimit(STORY_IMPORT_LIMIT, tooLarge));
  app.use('/api/v1/indicators', bodyLimit({ maxSize: 50 * MB, onError: tooLarge }));
  app.use('/importeren/*', bodyLimit({ maxSize: STORY_IMPORT_LIMIT, onError: tooLarge }));
  app.use('*', async (c, next) => {
    // Only the questionnaire import is exempt; a teller's story (/api/v1/collections/{slug}/stories) gets 256 KB.
    if (/^\/api\/v1\/questionnaires\/[^/]+\/stories$/.test(c.req.path) || c.req.path === '/api/v1/indicators' || c.req.path.startsWith('/importeren/'))
      return next();
    return bodyLimit({ maxSize: 256 * 1024, onError: tooLarge })(c, next);
  });
  app.use('*', loadSession(options.db));
  // Cross-site form posts are refused by Origin, unless the request carries its session's CSRF token in a header.
  app.use('*', formOrigin(originAllowed(options.publicUrl, options.production ?? false)));
  app.use('*', requireCsrf());
  app.use('/api/v1/*', strictJsonBody());

  app.get('/health', async (c) => {
    return (await databaseAnswers(options.db)) ? c.json({ status: 'ok' }) : c.json({ status: 'unavailable' }, 503);
  });

  app.route('/', sessionRoutes());
  app.route('/', questionnaireRoutes());
  app.route('/', indicatorRoutes());
  app.route('/', wordsRoutes());
  app.route('/', networkRoutes());
  app.route('/', linkRoutes());
  app.route('/', compareRoutes());
  app.route('/', networkCompareRoutes());
  app.route('/', networkReviewRoutes());
  app.route('/', networkReportRoutes());
  app.route('/', networkShareRoutes());
  // One budget per client address for the collection API and the teller's forms without JavaScript.
  const storyLimit = options.collectRateLimit === false ? null : (options.collectRateLimit ?? COLLECT_LIMIT);
  if (storyLimit) app.on('POST', ['/vertel/:slug', '/intrekken'], rateLimit(options.db, storyLimit, limitedTellerPage));
  app.route('/', collectRoutes({ publicUrl: options.publicUrl, limit: storyLimit ? rateLimit(options.db, storyLimit) : null }));
  app.route('/', opgavenRoutes());
  app.route('/', dialogueRoutes());
  app.route('/', monitorRoutes());
  app.route('/', adminDataRoutes());
  app.route('/', reportRoutes());
  app.route('/', codingRoutes());
  app.route('/', observationRoutes());
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Duiding API',
      version: '1',
      description: 'Stories and numbers of the municipal social domain. Errors are application/problem+json with Dutch (detail_nl) and English (detail) text.',
    },
  });
  const queue = options.jobs ?? inProcessJobQueue(options.db, (level, fields, message) => options.logger[level](fields, message));
  app.route('/', webRoutes({ cbs: options.cbs, jobs: { queue, importInBackgroundFrom: options.importInBackgroundFrom ?? BACKGROUND_IMPORT_BYTES } }));

  app.notFound((c) => problemResponse(c, 404, 'not-found', { en: 'Not found.', nl: 'Deze pagina of dit adres bestaat niet.' }));
  // The one mapping from errors to responses: problem+json for /api, an error page otherwise.
  app.onError(errorHandler({ logger: options.logger, page: errorPage }));
  return app;
}

function tooLarge(c: Context) {
  return failureResponse(c, TOO_LARGE, errorPage);
}
