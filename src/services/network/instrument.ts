// The shared instrument (docs/network.md): the coordinator adds versions of the network
// questionnaire; a member adopts a version into its own questionnaire when it chooses, keeping
// its local questions, which never enter a network comparison (domain/network/instrument.ts).
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import {
  activeMembers,
  findNetworkQuestionnaire,
  insertAdoption,
  insertNetworkQuestionnaire,
  insertNetworkVersion,
  listAdoptions,
  listNetworkQuestionnaires,
  listNetworkVersions,
  type NetworkVersionRow,
} from '../../db/repositories/network.repository.ts';
import { findQuestionnaire, insertQuestionnaire, insertVersion } from '../../db/repositories/questionnaires.repository.ts';
import { adoptedDefinition, splitQuestions } from '../../domain/network/instrument.ts';
import { InputRejected } from '../../domain/problems.ts';
import { parseQuestionnaire, questionnaireChanged } from '../../domain/questionnaire/parse.ts';
import type { Question } from '../../domain/questionnaire/types.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from './membership.ts';
import { rejected } from './refusals.ts';

/** A new version of a network questionnaire from a duiding.questionnaire/v1 document (the coordinator). */
export async function addNetworkVersion(
  ctx: ServiceContext,
  input: { network: string; document: unknown; note?: string; file?: string },
): Promise<{ key: string; version: number; outcome: 'created' | 'new-version' | 'unchanged' }> {
  const { network } = await memberNetwork(ctx, input.network);
  const parsed = parseQuestionnaire(input.document, input.file);
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  const definition = parsed.value;
  if (definition.questions.length === 0) {
    throw rejected('questions', 'no-questions', 'een netwerkvragenlijst heeft minstens één vraag', 'a network questionnaire needs at least one question');
  }
  return ctx.db.transaction(async (tx) => {
    const questionnaire =
      (await findNetworkQuestionnaire(tx, network.id, definition.key)) ??
      (await insertNetworkQuestionnaire(tx, { networkId: network.id, key: definition.key, title: definition.title.nl ?? definition.key }));
    const versions = (await listNetworkVersions(tx, network.id)).filter((v) => v.questionnaireId === questionnaire.id);
    const latest = versions.at(-1);
    if (latest && !questionnaireChanged(latest.definition, definition)) return { key: definition.key, version: latest.version, outcome: 'unchanged' as const };
    const version = (latest?.version ?? 0) + 1;
    await insertNetworkVersion(tx, {
      networkId: network.id,
      questionnaireId: questionnaire.id,
      version,
      definition,
      questionKeys: definition.questions.map((q) => q.key),
      note: input.note?.trim() ?? '',
      createdBy: ctx.actorUserId,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.version',
      subject: network.slug,
      detail: { questionnaire: definition.key, version },
    });
    return { key: definition.key, version, outcome: latest ? ('new-version' as const) : ('created' as const) };
  });
}

function parseVersionNumber(value: string | number): number | null {
  const text = String(value).trim();
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : null;
}

/**
 * The member adopts a network version for its own questionnaire with the same key: a new version
 * of it (the network's questions, then its local ones), and an adoption row. An unknown version
 * or questionnaire, or the version already in force, is refused and nothing is written.
 */
export async function adoptNetworkVersion(
  ctx: ServiceContext,
  input: { network: string; questionnaire: string; version: string | number },
): Promise<{ key: string; version: number; localQuestions: string[] }> {
  const { network } = await memberNetwork(ctx, input.network);
  const questionnaire = await findNetworkQuestionnaire(ctx.db, network.id, input.questionnaire);
  if (!questionnaire) {
    throw rejected(
      'questionnaire',
      'unknown-network-questionnaire',
      `netwerk "${network.name}" heeft geen vragenlijst "${input.questionnaire}"`,
      `network "${network.name}" has no questionnaire "${input.questionnaire}"`,
    );
  }
  const versions = (await listNetworkVersions(ctx.db, network.id)).filter((v) => v.questionnaireId === questionnaire.id);
  const number = parseVersionNumber(input.version);
  const chosen = number === null ? undefined : versions.find((v) => v.version === number);
  if (!chosen) {
    const known = versions.map((v) => v.version).join(', ');
    throw rejected(
      'version',
      'unknown-version',
      `versie "${input.version}" van "${questionnaire.key}" bestaat niet in dit netwerk (wel: ${known}); er is niets veranderd`,
      `version "${input.version}" of "${questionnaire.key}" does not exist in this network (there are: ${known}); nothing was changed`,
    );
  }
  const current = await currentAdoption(ctx, network.id, questionnaire.id);
  if (current?.networkVersionId === chosen.id) {
    throw rejected(
      'version',
      'already-adopted',
      `uw gemeente gebruikt versie ${chosen.version} van "${questionnaire.key}" al; er is niets veranderd`,
      `your municipality already uses version ${chosen.version} of "${questionnaire.key}"; nothing was changed`,
    );
  }
  const previousKeys = current ? (versions.find((v) => v.id === current.networkVersionId)?.questionKeys ?? []) : [];
  const own = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaire.key);
  const definition = adoptedDefinition(chosen.definition, chosen.questionKeys, own?.definition ?? null, previousKeys);
  // The merge keeps the member's own questions as they were; check the whole as any import is.
  const checked = parseQuestionnaire(definition);
  if (!checked.ok) throw new InputRejected(checked.problems);
  await ctx.db.transaction(async (tx) => {
    if (!own) await insertQuestionnaire(tx, ctx.tenantId, definition);
    else if (questionnaireChanged(own.definition, definition)) await insertVersion(tx, ctx.tenantId, own.id, own.version + 1, definition);
    const stored = (await findQuestionnaire(tx, ctx.tenantId, questionnaire.key))!;
    await insertAdoption(tx, {
      tenantId: ctx.tenantId,
      networkId: network.id,
      networkQuestionnaireId: questionnaire.id,
      networkVersionId: chosen.id,
      questionnaireId: stored.id,
      questionnaireVersionId: stored.versionId,
      adoptedBy: ctx.actorUserId,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.adopt',
      subject: network.slug,
      detail: { questionnaire: questionnaire.key, networkVersion: chosen.version },
    });
  });
  return { key: questionnaire.key, version: chosen.version, localQuestions: splitQuestions(definition, chosen.questionKeys).local.map((q) => q.key) };
}

async function currentAdoption(ctx: ServiceContext, networkId: string, networkQuestionnaireId: string) {
  const own = (await listAdoptions(ctx.db, networkId)).filter((a) => a.tenantId === ctx.tenantId && a.networkQuestionnaireId === networkQuestionnaireId);
  return own.at(-1) ?? null;
}

interface QuestionLine {
  key: string;
  text: string;
}

export interface InstrumentView {
  key: string;
  title: string;
  versions: { version: number; questionKeys: string[]; note: string; createdAt: Date; inUse: number; adoptedHere: boolean }[];
  /** The version this municipality uses, or null when it has not adopted one. */
  adopted: number | null;
  latest: number;
  /** This municipality's questionnaire with that key, split against the adopted version. */
  shared: QuestionLine[];
  local: QuestionLine[];
}

const line = (q: Question, language: string): QuestionLine => ({ key: q.key, text: q.text[language] ?? q.text.nl ?? Object.values(q.text)[0] ?? q.key });

/** The shared instrument as this member sees it: versions, who uses which (counts), its own local questions. */
export async function memberInstrument(
  ctx: ServiceContext,
  slug: string,
  language = 'nl',
): Promise<{ network: { slug: string; name: string }; questionnaires: InstrumentView[] }> {
  const { network } = await memberNetwork(ctx, slug);
  const [questionnaires, versions, adoptions, members] = await Promise.all([
    listNetworkQuestionnaires(ctx.db, network.id),
    listNetworkVersions(ctx.db, network.id),
    listAdoptions(ctx.db, network.id),
    activeMembers(ctx.db, network.id),
  ]);
  // The version in force per active member and questionnaire: the newest adoption row. A member
  // that left counts no more.
  const active = new Set(members.map((m) => m.tenantId));
  const inForce = new Map<string, string>();
  for (const a of adoptions) if (active.has(a.tenantId)) inForce.set(`${a.tenantId}/${a.networkQuestionnaireId}`, a.networkVersionId);
  const views: InstrumentView[] = [];
  for (const q of questionnaires) {
    const ofQ = versions.filter((v) => v.questionnaireId === q.id);
    const mine = inForce.get(`${ctx.tenantId}/${q.id}`);
    const adopted: NetworkVersionRow | undefined = ofQ.find((v) => v.id === mine);
    const own = adopted ? await findQuestionnaire(ctx.db, ctx.tenantId, q.key) : null;
    const split = own && adopted ? splitQuestions(own.definition, adopted.questionKeys) : { shared: [], local: [] };
    views.push({
      key: q.key,
      title: q.title,
      versions: ofQ.map((v) => ({
        version: v.version,
        questionKeys: v.questionKeys,
        note: v.note,
        createdAt: v.createdAt,
        inUse: [...inForce.entries()].filter(([k, id]) => k.endsWith(`/${q.id}`) && id === v.id).length,
        adoptedHere: v.id === mine,
      })),
      adopted: adopted?.version ?? null,
      latest: ofQ.at(-1)?.version ?? 0,
      shared: split.shared.map((x) => line(x, language)),
      local: split.local.map((x) => line(x, language)),
    });
  }
  return { network: { slug: network.slug, name: network.name }, questionnaires: views };
}
