// The network's shared indicator set (docs/network.md): the coordinator adds a version, a list of
// indicators that members report under the same key. Versions are never changed.
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { insertIndicatorSet, listIndicatorSets } from '../../db/repositories/network.repository.ts';
import type { NetworkIndicator } from '../../db/schema/index.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from './membership.ts';

const KEY = /^[a-z][a-z0-9_]{0,59}$/;
const DIRECTIONS = ['up', 'down', 'none'] as const;

/** Checks a list of {key, name, unit?, direction?, definition?}; every problem names its place. */
function parseIndicators(value: unknown): { indicators: NetworkIndicator[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Array.isArray(value) || value.length === 0) {
    return {
      indicators: [],
      problems: [{ field: 'indicators', code: 'not-a-list', nl: 'geef een lijst met minstens één cijfer', en: 'give a list of at least one indicator' }],
    };
  }
  const seen = new Set<string>();
  const indicators = value.map((raw, i): NetworkIndicator => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const field = (name: string) => `indicators[${i}].${name}`;
    const text = (name: string) => (typeof item[name] === 'string' ? (item[name] as string).trim() : '');
    const key = text('key');
    if (!KEY.test(key))
      problems.push({
        field: field('key'),
        code: 'indicator-key',
        nl: `"${key}" is geen goede code: kleine letters, cijfers en _, begin met een letter`,
        en: `"${key}" is not a valid key`,
      });
    else if (seen.has(key))
      problems.push({ field: field('key'), code: 'duplicate-key', nl: `code "${key}" staat er twee keer in`, en: `key "${key}" appears twice` });
    seen.add(key);
    if (!text('name')) problems.push({ field: field('name'), code: 'required', nl: 'dit veld ontbreekt', en: 'this field is missing' });
    const direction = text('direction') || 'none';
    if (!(DIRECTIONS as readonly string[]).includes(direction)) {
      problems.push({ field: field('direction'), code: 'direction', nl: 'kies up, down of none', en: 'choose up, down or none' });
    }
    return { key, name: text('name'), unit: text('unit'), direction: direction as NetworkIndicator['direction'], definition: text('definition') };
  });
  return { indicators, problems };
}

export async function addIndicatorSet(ctx: ServiceContext, input: { network: string; indicators: unknown; note?: string }): Promise<{ version: number }> {
  const { network } = await memberNetwork(ctx, input.network);
  const { indicators, problems } = parseIndicators(input.indicators);
  if (problems.length) throw new InputRejected(problems);
  return ctx.db.transaction(async (tx) => {
    const version = ((await listIndicatorSets(tx, network.id)).at(-1)?.version ?? 0) + 1;
    await insertIndicatorSet(tx, { networkId: network.id, version, indicators, note: input.note?.trim() ?? '', createdBy: ctx.actorUserId });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.version',
      subject: network.slug,
      detail: { indicators: indicators.length, version },
    });
    return { version };
  });
}
