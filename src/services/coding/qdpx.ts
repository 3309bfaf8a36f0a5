// QDPX (REFI-QDA) export and import of a questionnaire's stories, codebook and codings, so an
// analyst can continue in ATLAS.ti, MAXQDA or NVivo and bring the codes back. The XML is written
// and read in domain/coding; here: the ZIP, matching against the database, and one transaction.
import { randomUUID } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import {
  analystNames,
  codingsOfQuestionnaire,
  insertCodesReturning,
  insertCodings,
  setCodeParent,
  storyTextsOfQuestionnaire,
} from '../../db/repositories/coding.repository.ts';
import { clip, MAX_LABEL_LENGTH, type CodeDefinition } from '../../domain/coding/codebook.ts';
import { overlaps } from '../../domain/coding/passage.ts';
import { readProject, type ReadCode } from '../../domain/coding/qdpx-read.ts';
import { projectXml, sourceFile, type QdpxCode } from '../../domain/coding/qdpx-write.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { loadCodebook } from './codebook.ts';

/** The whole project as the bytes of a .qdpx file. */
export async function exportQdpx(ctx: ServiceContext, questionnaireKey: string): Promise<Uint8Array> {
  const book = await loadCodebook(ctx, questionnaireKey);
  const stories = await storyTextsOfQuestionnaire(ctx.db, ctx.tenantId, book.questionnaire.id);
  const codings = await codingsOfQuestionnaire(ctx.db, ctx.tenantId, book.questionnaire.id);
  const names = await analystNames(ctx.db, [...new Set(codings.map((c) => c.analystId))]);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'stories.export',
    subject: questionnaireKey,
    detail: { format: 'qdpx', stories: stories.length },
  });

  const idOf = new Map(book.stored.map((c) => [c.slug, c.id]));
  const tree = (parent: string | null): QdpxCode[] =>
    book.codes.filter((c) => c.parent === parent).map((c) => ({ guid: idOf.get(c.slug)!, name: c.label, description: c.description, children: tree(c.slug) }));
  const byStory = new Map<string, typeof codings>();
  for (const c of codings) byStory.set(c.storyId, [...(byStory.get(c.storyId) ?? []), c]);
  const xml = projectXml({
    name: `Duiding: ${questionnaireKey}`,
    createdAt: new Date(),
    users: [...new Set(codings.map((c) => c.analystId))].sort().map((guid) => ({ guid, name: names.get(guid) ?? '' })),
    codes: tree(null),
    sources: stories.map((story) => ({
      guid: story.id,
      name: story.ref,
      text: story.text,
      codings: (byStory.get(story.id) ?? []).map((c) => ({
        guid: c.id,
        codeGuid: c.codeId,
        user: c.analystId,
        start: c.start,
        end: c.end,
        createdAt: c.createdAt,
      })),
    })),
  });
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const story of stories) files[`sources/${sourceFile(story.id)}`] = strToU8(story.text);
  return zipSync(files, { level: 6 });
}

export interface QdpxImportResult {
  codesCreated: string[];
  codesMatched: number;
  codings: number;
  /** Codings already present (same code, analyst and place): not added twice. */
  unchanged: number;
  /** What was not read (media sources): reported, not refused. */
  notes: Problem[];
}

const ZIP_NAME = 'project.qdpx';

/** Reads codes and codings back; all or nothing. Stories are matched by GUID (a Duiding export) or by story_id (the source's name). */
export async function importQdpx(ctx: ServiceContext, questionnaireKey: string, bytes: Uint8Array, fileName = ZIP_NAME): Promise<QdpxImportResult> {
  const { xml, files } = unpack(bytes, fileName);
  const { project, problems: read } = readProject(xml, files);
  if (!project) throw new InputRejected(read);
  const notes = read;
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const book = await loadCodebook(scoped, questionnaireKey);
    const problems: Problem[] = [];
    const at = (element: string, code: string, nl: string, en: string) => problems.push({ file: 'project.qde', field: element, code, nl, en });

    // Codes: by GUID (a code exported from here), else by label, else new.
    const byId = new Map(book.stored.map((c) => [c.id, c]));
    const byLabel = new Map(book.codes.map((c) => [c.label.toLocaleLowerCase('nl'), c]));
    const slugOfGuid = new Map<string, string>();
    const taken = new Set(book.codes.map((c) => c.slug));
    const created: (CodeDefinition & { guid: string })[] = [];
    let matched = 0;
    const sorted = [...project.codes.filter((c) => c.parent === null), ...project.codes.filter((c) => c.parent !== null)];
    for (const code of sorted) {
      const existing = byId.get(code.guid)?.slug ?? byLabel.get(code.name.toLocaleLowerCase('nl'))?.slug;
      if (existing) {
        slugOfGuid.set(code.guid, existing);
        matched++;
        continue;
      }
      const where = `Code guid="${code.guid}"`;
      if (code.name.length > MAX_LABEL_LENGTH)
        at(
          where,
          'too-long',
          `de naam "${clip(code.name)}" is langer dan ${MAX_LABEL_LENGTH} tekens`,
          `the name "${clip(code.name)}" is longer than ${MAX_LABEL_LENGTH} characters`,
        );
      const parent = code.parent ? (slugOfGuid.get(code.parent) ?? null) : null;
      const parentCode = parent ? (book.codes.find((c) => c.slug === parent) ?? created.find((c) => c.slug === parent)) : undefined;
      if (parentCode?.parent) {
        at(
          where,
          'parent-is-child',
          `"${clip(code.name)}" zou onder "${parentCode.label}" komen, dat zelf al onder een code hangt (hoogstens twee niveaus)`,
          `"${clip(code.name)}" would go under "${parentCode.label}", itself a child (two levels at most)`,
        );
      }
      const slug = freeSlug(code, taken);
      taken.add(slug);
      slugOfGuid.set(code.guid, slug);
      created.push({ guid: code.guid, slug, label: code.name, description: code.description, parent });
    }

    // Sources → stories, and their codings.
    const stories = await storyTextsOfQuestionnaire(tx, ctx.tenantId, book.questionnaire.id);
    const storyById = new Map(stories.map((s) => [s.id, s]));
    const storyByRef = new Map(stories.map((s) => [s.ref, s]));
    const existing = await codingsOfQuestionnaire(tx, ctx.tenantId, book.questionnaire.id);
    const slugOfId = new Map(book.stored.map((c) => [c.id, c.slug]));
    const fallbackUser = project.creatingUser ?? ctx.actorUserId ?? randomUUID();
    type Planned = { storyId: string; slug: string; analystId: string; start: number | null; end: number | null; element: string };
    const planned: Planned[] = [];
    let unchanged = 0;
    for (const source of project.sources) {
      const where = `TextSource name="${clip(source.name)}"`;
      const story = storyById.get(source.guid) ?? storyByRef.get(source.name);
      if (!story) {
        if (source.codings.length > 0)
          at(
            where,
            'unknown-story',
            `vragenlijst "${questionnaireKey}" heeft geen verhaal "${clip(source.name)}"`,
            `questionnaire "${questionnaireKey}" has no story "${clip(source.name)}"`,
          );
        continue;
      }
      if (source.text !== story.text) {
        if (source.codings.length > 0)
          at(
            where,
            'text-differs',
            `de tekst verschilt van die van verhaal "${story.ref}"; de posities van de fragmenten kloppen dan niet`,
            `the text differs from story "${story.ref}"; the passages' positions would not fit`,
          );
        continue;
      }
      for (const coding of source.codings) {
        const plan: Planned = {
          storyId: story.id,
          slug: slugOfGuid.get(coding.codeGuid)!,
          analystId: coding.user ?? fallbackUser,
          start: coding.start,
          end: coding.end,
          element: coding.element,
        };
        const same = (o: { storyId: string; analystId: string; start: number | null; end: number | null }, slug: string) =>
          o.storyId === plan.storyId && slug === plan.slug && o.analystId === plan.analystId;
        const old = existing.filter((o) => same(o, slugOfId.get(o.codeId) ?? ''));
        const before = planned.filter((o) => same(o, o.slug));
        const all = [...old, ...before];
        if (all.some((o) => o.start === plan.start && o.end === plan.end)) {
          unchanged++;
          continue;
        }
        const clash =
          plan.start === null
            ? undefined
            : all.find((o) => o.start !== null && overlaps({ start: plan.start!, end: plan.end! }, { start: o.start, end: o.end! }));
        if (clash) {
          at(
            plan.element,
            'overlapping-passage',
            `dit fragment overlapt met een ander fragment met dezelfde code van dezelfde analist in "${story.ref}"`,
            `this passage overlaps another passage with the same code by the same analyst in "${story.ref}"`,
          );
          continue;
        }
        planned.push(plan);
      }
    }
    if (problems.length > 0) throw new InputRejected(problems);

    const newIds = await insertCodesReturning(
      tx,
      created.map((c) => ({
        tenantId: ctx.tenantId,
        questionnaireId: book.questionnaire.id,
        slug: c.slug,
        label: c.label,
        description: c.description,
        parentId: c.parent ? (book.stored.find((s) => s.slug === c.parent)?.id ?? null) : null,
      })),
    );
    // A new child of a new parent: the parent's id is known only now.
    for (const c of created.filter((x) => x.parent && !book.stored.some((s) => s.slug === x.parent))) {
      await setCodeParent(tx, ctx.tenantId, newIds.get(c.slug)!, newIds.get(c.parent!)!);
    }
    const codeId = (slug: string) => book.stored.find((s) => s.slug === slug)?.id ?? newIds.get(slug)!;
    await insertCodings(
      tx,
      planned.map((p) => ({ tenantId: ctx.tenantId, codeId: codeId(p.slug), storyId: p.storyId, analystId: p.analystId, start: p.start, end: p.end })),
    );
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'codes.import',
      subject: questionnaireKey,
      detail: { codes: created.length, codings: planned.length },
    });
    return { codesCreated: created.map((c) => c.slug), codesMatched: matched, codings: planned.length, unchanged, notes };
  });
}

function unpack(bytes: Uint8Array, fileName: string): { xml: string; files: Map<string, string> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new InputRejected([
      { file: fileName, code: 'not-a-zip', nl: 'dit is geen QDPX-bestand (geen ZIP-archief)', en: 'this is not a QDPX file (not a ZIP archive)' },
    ]);
  }
  const decode = (name: string): string => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(entries[name]!).replace(/^\ufeff/, '');
    } catch {
      throw new InputRejected([
        { file: `${fileName}: ${name}`, code: 'invalid-utf8', nl: 'dit bestand is geen geldige UTF-8-tekst', en: 'this file is not valid UTF-8 text' },
      ]);
    }
  };
  if (!entries['project.qde']) {
    throw new InputRejected([
      {
        file: fileName,
        code: 'no-project',
        nl: 'het archief heeft geen project.qde: is dit een REFI-QDA-project?',
        en: 'the archive has no project.qde: is this a REFI-QDA project?',
      },
    ]);
  }
  const files = new Map<string, string>();
  for (const name of Object.keys(entries)) if (name.startsWith('sources/') && name.endsWith('.txt')) files.set(name, decode(name));
  return { xml: decode('project.qde'), files };
}

/** A slug from a code's name: lower case, accents off, words joined by -, unique in the codebook. */
function freeSlug(code: ReadCode, taken: ReadonlySet<string>): string {
  const base =
    code.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 34) || 'code';
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}
