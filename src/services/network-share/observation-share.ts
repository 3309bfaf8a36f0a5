// "Share to the network library" straight from a local observation or interpretation (issue 15,
// docs/network.md "Shared stories"): a form prefilled from the observation — its title, its text
// or one interpretation, the year, and its evidence described in words — that the analyst edits
// and confirms. Other municipalities read the library, so the same line holds as for the council's
// feeds (services/sensemaking/feeds.ts): no count under the municipality's threshold in the words.
import { InputRejected } from '../../domain/problems.ts';
import type { Problem } from '../../domain/problems.ts';
import { smallNumbersIn } from '../../domain/sensemaking/rules.ts';
import type { ServiceContext } from '../context.ts';
import { suppressionThreshold } from '../monitor/settings.ts';
import { myNetworks } from '../network/overview.ts';
import { shareInLibrary } from '../network-compare/memory.ts';
import { readObservation } from '../sensemaking/observations.ts';

export interface ObservationShareDraft {
  observation: { id: string; title: string };
  /** The interpretations one may share instead of the observation itself. */
  interpretations: { id: string; text: string }[];
  networks: { slug: string; name: string }[];
  values: { network: string; kind: 'observatie' | 'interpretatie'; title: string; body: string; period: string; evidence: string; interpretation: string };
}

/** Evidence in words (stored content for the network, in Dutch): what kind of source, how strong; never a figure. */
const SOURCE_WORDS: Record<string, string> = {
  pattern: 'een patroon in de verhalen',
  compare: 'een vergelijking van groepen verhalen',
  selection: 'een selectie van verhalen',
};

export async function observationShareDraft(ctx: ServiceContext, observationId: string, interpretationId?: string): Promise<ObservationShareDraft> {
  const observation = await readObservation(ctx, observationId);
  const { active } = await myNetworks(ctx);
  const interpretation = interpretationId ? observation.interpretations.find((i) => i.id === interpretationId) : undefined;
  return {
    observation: { id: observation.id, title: observation.title },
    interpretations: observation.interpretations.map((i) => ({ id: i.id, text: i.text })),
    networks: active.map((n) => ({ slug: n.slug, name: n.name })),
    values: {
      network: active[0]?.slug ?? '',
      kind: interpretation ? 'interpretatie' : 'observatie',
      title: observation.title,
      body: interpretation ? interpretation.text : observation.body || observation.title,
      period: String(observation.createdAt.getUTCFullYear()),
      evidence: `Gezien in ${SOURCE_WORDS[observation.source.kind] ?? 'de verhalen'} bij vragenlijst ${observation.questionnaire}; sterkte van de observatie: ${observation.strength}.`,
      interpretation: interpretation?.id ?? '',
    },
  };
}

/** Shares the (edited) draft in the chosen network's library; refuses a count under the threshold. */
export async function shareObservation(
  ctx: ServiceContext,
  observationId: string,
  input: { network?: unknown; kind?: unknown; title?: unknown; body?: unknown; period?: unknown; evidence?: unknown },
): Promise<{ network: string; removed: number }> {
  await readObservation(ctx, observationId); // 404 for an observation that is not the municipality's
  const threshold = await suppressionThreshold(ctx);
  const problems = (['title', 'body', 'evidence'] as const).flatMap((field) => {
    const value = input[field];
    const small = smallNumbersIn([typeof value === 'string' ? value : ''], threshold);
    return small.length ? [smallNumberInText(field, small, threshold)] : [];
  });
  if (problems.length) throw new InputRejected(problems);
  const network = typeof input.network === 'string' ? input.network : '';
  const shared = await shareInLibrary(ctx, network, input);
  return { network, removed: shared.removed };
}

function smallNumberInText(field: string, numbers: readonly number[], threshold: number): Problem {
  const list = numbers.join(', ');
  return {
    field,
    code: 'small-number-in-text',
    nl: `deze tekst noemt ${numbers.length === 1 ? 'het getal' : 'de getallen'} ${list}; andere gemeenten zien geen aantallen onder ${threshold}. Beschrijf het in woorden`,
    en: `this text names ${list}; other municipalities see no counts under ${threshold}. Describe it in words`,
  };
}

/** Whether the municipality is an active member of a network (the observation page's share link). */
export async function inAnyNetwork(ctx: ServiceContext): Promise<boolean> {
  return (await myNetworks(ctx)).active.length > 0;
}
