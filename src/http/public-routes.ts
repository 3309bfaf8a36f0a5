// Routes anyone may call without signing in. Every other route must carry a permission guard
// (requirePermission / requirePage); the authorization-matrix test fails for a route that has
// neither. Paths are Hono route patterns as registered.
export const PUBLIC_ROUTES: { method: string; path: string; why: string }[] = [
  { method: 'GET', path: '/health', why: 'load balancer health check; says only ok/unavailable' },
  { method: 'GET', path: '/api/v1/openapi.json', why: 'the API description is public' },
  { method: 'POST', path: '/api/v1/session', why: 'signing in' },
  { method: 'DELETE', path: '/api/v1/session', why: 'signing out (acts only on the caller’s own session)' },
  { method: 'GET', path: '/inloggen', why: 'the sign-in page' },
  { method: 'POST', path: '/inloggen', why: 'signing in' },
  { method: 'POST', path: '/uitloggen', why: 'signing out (acts only on the caller’s own session)' },
  { method: 'GET', path: '/assets/*', why: 'CSS, fonts and scripts' },
];
