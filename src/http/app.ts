// The Hono application: security middleware, the API (/api/v1, OpenAPI at /api/v1/openapi.json)
// and the pages. Handlers stay thin: validate → authorize → call one service → present.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/connection.ts';
import { InputRejected } from '../domain/problems.ts';
import { webRoutes } from '../web/routes.ts';
import { loadSession, requireCsrf, type AppEnv } from './middleware/session.ts';
import { problemResponse } from './problem.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { linkRoutes } from './routes/link.ts';
import { questionnaireRoutes } from './routes/questionnaires.ts';
import { sessionRoutes } from './routes/session.ts';
import { wordsRoutes } from './routes/words.ts';

export interface AppOptions {
  db: Database;
  logger: Logger;
  secureCookies: boolean;
  publicUrl: string;
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

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings can hold search words from story texts.
    options.logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
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
  // Imports may be large; everything else is small.
  app.use('/api/v1/questionnaires/:key/stories', bodyLimit({ maxSize: 200 * MB, onError: tooLarge }));
  app.use('/api/v1/indicators', bodyLimit({ maxSize: 50 * MB, onError: tooLarge }));
  app.use('/importeren/*', bodyLimit({ maxSize: 200 * MB, onError: tooLarge }));
  app.use('*', async (c, next) => {
    if (c.req.path.endsWith('/stories') || c.req.path === '/api/v1/indicators' || c.req.path.startsWith('/importeren/')) return next();
    return bodyLimit({ maxSize: 256 * 1024, onError: tooLarge })(c, next);
  });
  app.use('*', csrf({ origin: (origin) => origin === new URL(options.publicUrl).origin || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) }));
  app.use('*', loadSession(options.db));
  app.use('*', requireCsrf());

  app.get('/health', async (c) => {
    try {
      await options.db.execute(sql`select 1`);
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  app.route('/', sessionRoutes(options.secureCookies));
  app.route('/', questionnaireRoutes());
  app.route('/', indicatorRoutes());
  app.route('/', wordsRoutes());
  app.route('/', linkRoutes());
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Duiding API',
      version: '1',
      description: 'Stories and numbers of the municipal social domain. Errors are application/problem+json with Dutch (detail_nl) and English (detail) text.',
    },
  });
  app.route('/', webRoutes({ secureCookies: options.secureCookies }));

  app.notFound((c) => problemResponse(c, 404, 'not-found', { en: 'Not found.', nl: 'Deze pagina of dit adres bestaat niet.' }));
  app.onError((error, c) => {
    if (error instanceof InputRejected) {
      if (error.status === 404) {
        return problemResponse(c, 404, 'not-found', { en: 'Not found.', nl: 'Niet gevonden.' }, error.problems);
      }
      return problemResponse(c, 400, 'input-rejected', { en: 'The input was rejected; nothing was saved.', nl: 'De invoer is afgekeurd; er is niets opgeslagen.' }, error.problems);
    }
    options.logger.error({ err: { name: error.name, message: error.message, stack: error.stack }, path: c.req.path }, 'unhandled error');
    return problemResponse(c, 500, 'internal', { en: 'Something went wrong on our side.', nl: 'Er ging bij ons iets mis. Probeer het later opnieuw.' });
  });
  return app;
}

function tooLarge(c: Parameters<Parameters<typeof bodyLimit>[0]['onError'] & {}>[0]) {
  return problemResponse(c, 413, 'too-large', { en: 'The request body is too large.', nl: 'Het bestand of verzoek is te groot.' });
}
