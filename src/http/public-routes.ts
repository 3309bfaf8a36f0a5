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
  { method: 'GET', path: '/favicon.ico', why: 'the icon browsers ask for by themselves' },
  { method: 'GET', path: '/wachtwoord/:token', why: 'set a password through a one-time link (the token is the authorization)' },
  { method: 'POST', path: '/wachtwoord/:token', why: 'set a password through a one-time link (works once, expires, ends all sessions)' },
  { method: 'GET', path: '/inloggen/sso/:slug', why: 'start single sign-on (OpenID Connect) for a municipality' },
  { method: 'GET', path: '/inloggen/sso/:slug/callback', why: 'finish single sign-on (state, nonce and PKCE checked)' },
  { method: 'GET', path: '/vertel/:slug', why: 'the storyteller’s form of a public collection' },
  { method: 'POST', path: '/vertel/:slug', why: 'a storyteller sends a story without JavaScript (idempotent by its hidden id)' },
  { method: 'GET', path: '/vertel/:slug/privacy', why: 'privacy statement of a public collection' },
  { method: 'GET', path: '/vertel/:slug/thema.css', why: 'the municipality’s theme tokens for the storyteller’s page' },
  { method: 'GET', path: '/intrekken', why: 'a storyteller withdraws a story with their code' },
  { method: 'POST', path: '/intrekken', why: 'a storyteller withdraws a story with their code (confirm, then delete)' },
  {
    method: 'POST',
    path: '/api/v1/collections/:slug/stories',
    why: 'a storyteller’s page sends a story (JSON, same origin, rate-limited per address; staff sessions add their role)',
  },
  { method: 'DELETE', path: '/api/v1/stories/withdraw', why: 'a storyteller withdraws a story with their code (rate-limited per address)' },
];
