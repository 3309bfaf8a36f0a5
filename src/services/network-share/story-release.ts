// A story's text leaves its municipality only when both said yes (issue 15, docs/network.md
// "Shared stories"): its teller, on the storyteller's form (stories.share_consent), and the
// municipality, when an analist or beheerder releases it to a network it is an active member of.
// Only a published story (moderated, visible at home) is released; the copy is redacted again.
// A withdrawal, retention or rejection later removes the copy (the database: migration 0020).
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import * as repo from '../../db/repositories/network-share.repository.ts';
import { redactText } from '../../domain/privacy/redact.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from '../network/membership.ts';
import { myNetworks } from '../network/overview.ts';
import { rejected } from '../network/refusals.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function unknownStory(id: string): InputRejected {
  return new InputRejected(
    [{ field: 'story', code: 'unknown-story', nl: 'dit verhaal bestaat niet (meer) in uw gemeente', en: `story ${id} does not exist in your municipality` }],
    404,
  );
}

async function ownStory(ctx: ServiceContext, storyId: unknown) {
  const id = typeof storyId === 'string' ? storyId.trim() : '';
  const story = UUID.test(id) ? await repo.findStoryForRelease(ctx.db, ctx.tenantId, id.toLowerCase()) : null;
  if (!story) throw unknownStory(String(storyId ?? ''));
  return story;
}

/** The quarter a story was collected in (2026-Q1): no more precise than that, so a date identifies no one. */
function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Why this story may not be released, or null when it may. */
function refusal(story: { shareConsent: boolean; status: string }): InputRejected | null {
  if (!story.shareConsent) {
    return rejected(
      'story',
      'no-share-consent',
      'de verteller heeft geen toestemming gegeven om dit verhaal met andere gemeenten te delen; het blijft in uw gemeente',
      'the teller did not consent to sharing this story with other municipalities; it stays in your municipality',
    );
  }
  if (story.status !== 'published') {
    return rejected(
      'story',
      'not-published',
      'alleen een verhaal dat door de moderatie is en zichtbaar is, kan gedeeld worden',
      'only a story that passed moderation and is visible can be shared',
    );
  }
  return null;
}

/** Releases one of the own stories to a network: a redacted copy, readable by the network's members. */
export async function releaseStory(ctx: ServiceContext, slug: string, storyId: unknown): Promise<{ id: string; network: string }> {
  const { network } = await memberNetwork(ctx, slug);
  const story = await ownStory(ctx, storyId);
  const refused = refusal(story);
  if (refused) throw refused;
  return ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertRelease(tx, {
      tenantId: ctx.tenantId,
      networkId: network.id,
      storyId: story.id,
      title: redactText(story.title),
      text: redactText(story.text),
      period: quarterOf(story.collectedAt),
      releasedBy: ctx.actorUserId,
    });
    if (!inserted) {
      throw rejected('story', 'already-released', 'dit verhaal is al gedeeld met dit netwerk', 'this story is already shared with this network');
    }
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.story-release',
      subject: network.slug,
      detail: { story: story.id },
    });
    return { id: story.id, network: network.slug };
  });
}

/** Takes a released story back from a network (the municipality changed its mind). */
export async function takeBackStory(ctx: ServiceContext, slug: string, storyId: unknown): Promise<void> {
  const { network } = await memberNetwork(ctx, slug);
  const story = await ownStory(ctx, storyId);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteRelease(tx, ctx.tenantId, network.id, story.id))) {
      throw rejected('story', 'not-released', 'dit verhaal is niet gedeeld met dit netwerk', 'this story is not shared with this network');
    }
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.story-take-back',
      subject: network.slug,
      detail: { story: story.id },
    });
  });
}

export interface StoryShareState {
  consent: boolean;
  /** Null when the story may be released; otherwise the reason in Dutch and English. */
  refusal: { nl: string; en: string } | null;
  /** The networks the municipality is an active member of, and whether this story is released there. */
  networks: { slug: string; name: string; released: boolean }[];
}

/** What the story's page shows about sharing it with a network. */
export async function storyShareState(ctx: ServiceContext, storyId: string): Promise<StoryShareState> {
  const story = await ownStory(ctx, storyId);
  const { active } = await myNetworks(ctx);
  const released = new Set(await repo.releasesOfStory(ctx.db, ctx.tenantId, story.id));
  const networks = [];
  for (const n of active) {
    const { network } = await memberNetwork(ctx, n.slug);
    networks.push({ slug: n.slug, name: n.name, released: released.has(network.id) });
  }
  const problem = refusal(story)?.problems[0];
  return { consent: story.shareConsent, refusal: problem ? { nl: problem.nl, en: problem.en } : null, networks };
}

/** The copy as it would be released, for the confirmation page; refused as releasing would be. */
export async function previewRelease(
  ctx: ServiceContext,
  slug: string,
  storyId: unknown,
): Promise<{ network: { slug: string; name: string }; story: { id: string; title: string; text: string; period: string } }> {
  const { network } = await memberNetwork(ctx, slug);
  const story = await ownStory(ctx, storyId);
  const refused = refusal(story);
  if (refused) throw refused;
  return {
    network: { slug: network.slug, name: network.name },
    story: { id: story.id, title: redactText(story.title), text: redactText(story.text), period: quarterOf(story.collectedAt) },
  };
}
