// Placeholder until the workbench pages land: the start page points to the API.
import { Hono } from 'hono';
import type { AppEnv } from '../http/middleware/session.ts';

export function webRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html('<!doctype html><html lang="nl"><head><title>Duiding</title></head><body><main><h1>Duiding</h1></main></body></html>'));
  return app;
}
