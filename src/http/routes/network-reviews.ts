// The network's quality reviews over the API (kwaliteitsreview at network level, issue 15,
// docs/network.md): list, plan, read, record, bring a case, agree an action and follow it up.
// Members read (network.read); the gespreksleider and the coordinator plan and record
// (network.review); who speaks for a member brings that member's case (network.share). A
// municipality that is not an active member gets 404, as for every network route.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  agreeReviewAction,
  bringCase,
  followUpReviewAction,
  listReviews,
  planReview,
  readReview,
  recordReview,
} from '../../services/network-compare/memory.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentReview } from '../presenters/network-reviews.ts';
import {
  ActionRequest,
  CaseAdded,
  CaseRequest,
  Created,
  FollowUpRequest,
  PlanReviewRequest,
  Recorded,
  RecordReviewRequest,
  Review,
  ReviewList,
  Updated,
} from '../schemas/network-reviews.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Slug = z.object({ slug: z.string().max(60).openapi({ example: 'voorbeeldland' }) });
const ReviewParams = Slug.extend({ reviewId: z.string().max(100) });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export function networkReviewRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/reviews',
      summary: 'The network’s quality reviews, planned and held, with how many cases and actions each has',
      middleware: [requirePermission('network.read')] as const,
      request: { params: Slug },
      responses: { 200: json('Quality reviews', ReviewList), ...notFound, ...guarded },
    }),
    async (c) => c.json(await listReviews(serviceContext(c), c.req.valid('param').slug), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/reviews',
      summary: 'Plan a quality review: title, date, participants by role',
      middleware: [requirePermission('network.review')] as const,
      request: { params: Slug, ...body(PlanReviewRequest) },
      responses: { 201: json('Planned', Created), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(await planReview(serviceContext(c), c.req.valid('param').slug, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/reviews/{reviewId}',
      summary: 'A quality review with its record, the cases members brought and the agreed actions',
      description: 'A case names the member that brought it only when that member opted to be named (or is the reader); otherwise `member` is null.',
      middleware: [requirePermission('network.read')] as const,
      request: { params: ReviewParams },
      responses: { 200: json('Quality review', Review), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reviewId } = c.req.valid('param');
      return c.json(presentReview(await readReview(serviceContext(c), slug, reviewId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/networks/{slug}/reviews/{reviewId}/record',
      summary: 'Record the review: what was seen, interpretations, other notes, and (when given) participants by role',
      description: 'Personal details (BSN, phone, e-mail, IBAN, postcode, address) are removed before storing; `removed` says how many.',
      middleware: [requirePermission('network.review')] as const,
      request: { params: ReviewParams, ...body(RecordReviewRequest) },
      responses: { 200: json('Recorded', Recorded), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reviewId } = c.req.valid('param');
      return c.json(await recordReview(serviceContext(c), slug, reviewId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/reviews/{reviewId}/cases',
      summary: 'Bring a case of the own municipality: a title, a summary and a period, never a story',
      description:
        'Personal details are removed from the title and summary before storing; `removed` says how many. A case cannot be changed or deleted: a correction is a new case.',
      middleware: [requirePermission('network.share')] as const,
      request: { params: ReviewParams, ...body(CaseRequest) },
      responses: { 201: json('Brought', CaseAdded), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reviewId } = c.req.valid('param');
      return c.json(await bringCase(serviceContext(c), slug, reviewId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/reviews/{reviewId}/actions',
      summary: 'Agree an action: kind, description, owner, due date, learning level (1 causaal, 2 reflectief, 3 systeem), status',
      middleware: [requirePermission('network.review')] as const,
      request: { params: ReviewParams, ...body(ActionRequest) },
      responses: { 201: json('Agreed', Created), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reviewId } = c.req.valid('param');
      return c.json(await agreeReviewAction(serviceContext(c), slug, reviewId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/networks/{slug}/reviews/{reviewId}/actions/{actionId}',
      summary: 'Follow up an action in a later review: status (open, loopt, afgerond, vervallen) and a note',
      middleware: [requirePermission('network.review')] as const,
      request: { params: ReviewParams.extend({ actionId: z.string().max(100) }), ...body(FollowUpRequest) },
      responses: { 200: json('Updated', Updated), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reviewId, actionId } = c.req.valid('param');
      await followUpReviewAction(serviceContext(c), slug, reviewId, actionId, c.req.valid('json'));
      return c.json({ updated: true as const }, 200);
    },
  );

  return app;
}
