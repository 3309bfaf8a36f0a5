// Signing in over the API.
import { z } from '@hono/zod-openapi';

export const SignIn = z
  .object({ email: z.string().email().max(320), password: z.string().min(1).max(1000), tenant: z.string().max(100).optional() })
  .openapi('SignIn');

export const SessionStarted = z.object({ csrfToken: z.string() }).openapi('SessionStarted');
