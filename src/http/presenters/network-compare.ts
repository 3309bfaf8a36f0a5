// The network comparison as the API sends it: the service's document carries no storage types
// (no Date, no tenant id: members are named or pseudonymous labels), so this only fixes its shape.
import type { z } from '@hono/zod-openapi';
import type { NetworkCompareDocument } from '../../services/network-compare/compare.ts';
import type { NetworkCompareDocument as Schema } from '../schemas/network-compare.ts';

export function presentNetworkCompare(document: NetworkCompareDocument): z.infer<typeof Schema> {
  return {
    format: document.format,
    network: document.network,
    questionnaire: document.questionnaire,
    period: document.period,
    viewer: document.viewer,
    minimumMembers: document.minimumMembers,
    members: document.members.map((m) => ({ label: m.label, named: m.named, own: m.own, stories: m.stories })),
    stories: document.stories,
    questions: document.questions,
    patterns: document.patterns,
    indicators: document.indicators,
  };
}
