// Page routes of coding (issue 11): the codebook (/codeboek), coding a story
// (/verhalen/{id}/coderen) and inter-coder agreement (/overeenstemming/{key}). Reading needs
// codes.read (analist, gespreksleider), changing codes.write (analist). Thin: guard → one service →
// render, or redirect after a POST (303, so a reload never repeats it); bad input re-renders the
// form with the problems, status 400.
import { Hono, type Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { allows } from '../../services/auth/policy.ts';
import { codingAgreement } from '../../services/coding/agreement.ts';
import { applyCode, removeCode } from '../../services/coding/apply.ts';
import { addCode, codeRemoval, deleteCode, editCode, listCodebook } from '../../services/coding/codebook.ts';
import { codebookIndex, storyCoding } from '../../services/coding/story-coding.ts';
import { requirePage } from '../guards.tsx';
import type { PageEnv as AppEnv } from '../view.ts';
import { AgreementPage } from '../pages/coding/agreement.tsx';
import { CodebookIndexPage, CodebookPage } from '../pages/coding/codebook.tsx';
import { fieldErrors } from '../pages/coding/parts.tsx';
import { StoryCodingPage, type StoryCodingForm } from '../pages/coding/story-coding.tsx';
import { MessagePage } from '../pages/message.tsx';
import { ConfirmPage } from '../pages/confirm-delete.tsx';
import { readStory } from '../../services/browse.ts';

export function codingPageRoutes() {
  const app = new Hono<AppEnv>();
  const read = requirePage('codes.read');
  const write = requirePage('codes.write');
  const view = (c: Context<AppEnv>) => c.var.view;
  const canWrite = (c: Context<AppEnv>) => allows(c.get('session')!.roles, 'codes.write');
  const notFound = (c: Context<AppEnv>) => {
    const v = view(c);
    return c.html(<MessagePage view={v} title={v.t.coding.notFoundTitle} message={v.t.coding.notFound} />, 404);
  };
  const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

  app.get('/codeboek', read, async (c) => c.html(<CodebookIndexPage view={view(c)} questionnaires={await codebookIndex(serviceContext(c))} />));

  const codebookPage = async (
    c: Context<AppEnv>,
    extra: { form?: Record<string, string>; errors?: Record<string, string>; editing?: string } = {},
    status: 200 | 400 = 200,
  ) => {
    const key = c.req.param('key')!;
    return orFormAgain(
      async () => {
        const { codes } = await listCodebook(serviceContext(c), key);
        return c.html(
          <CodebookPage view={view(c)} questionnaireKey={key} codes={codes} canWrite={canWrite(c)} done={c.req.query('gedaan')} {...extra} />,
          status,
        );
      },
      () => notFound(c),
      ['not-found'],
    );
  };

  app.get('/codeboek/:key', read, (c) => codebookPage(c));

  app.post('/codeboek/:key', write, async (c) => {
    const form = await c.req.parseBody();
    const input = { slug: text(form, 'slug').trim(), label: text(form, 'label'), description: text(form, 'description'), parent: text(form, 'parent') || null };
    return orFormAgain(
      async () => {
        await addCode(serviceContext(c), c.req.param('key'), input);
        return c.redirect(`/codeboek/${encodeURIComponent(c.req.param('key'))}?gedaan=toegevoegd`, 303);
      },
      (problems, refusal) =>
        refusal.kind === 'not-found'
          ? notFound(c)
          : codebookPage(c, { form: { ...input, parent: input.parent ?? '' }, errors: fieldErrors(view(c), problems) }, 400),
      ['input', 'not-found'],
    );
  });

  app.post('/codeboek/:key/:slug', write, async (c) => {
    const form = await c.req.parseBody();
    const slug = c.req.param('slug');
    return orFormAgain(
      async () => {
        await editCode(serviceContext(c), c.req.param('key'), slug, {
          label: text(form, 'label'),
          description: text(form, 'description'),
          parent: text(form, 'parent') || null,
        });
        return c.redirect(`/codeboek/${encodeURIComponent(c.req.param('key'))}?gedaan=aangepast`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' ? notFound(c) : codebookPage(c, { errors: fieldErrors(view(c), problems), editing: slug }, 400)),
      ['input', 'not-found'],
    );
  });

  // Removing a code asks first (with how many codings go with it), as every delete does.
  app.post('/codeboek/:key/:slug/verwijderen', write, async (c) => {
    const form = await c.req.parseBody();
    const key = c.req.param('key');
    const slug = c.req.param('slug');
    const base = `/codeboek/${encodeURIComponent(key)}`;
    return orFormAgain(
      async () => {
        if (text(form, 'bevestigd') !== 'ja') {
          const removal = await codeRemoval(serviceContext(c), key, slug);
          return c.html(
            <ConfirmPage
              view={view(c)}
              current="codebook"
              action={c.req.path}
              message={view(c).t.coding.confirmDelete(removal.code.label, removal.codings)}
              fields={{}}
              back={base}
            />,
          );
        }
        await deleteCode(serviceContext(c), key, slug);
        return c.redirect(`${base}?gedaan=verwijderd`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' ? notFound(c) : codebookPage(c, { errors: fieldErrors(view(c), problems), editing: slug }, 400)),
      ['input', 'not-found'],
    );
  });

  const codingPage = async (c: Context<AppEnv>, extra: { form?: StoryCodingForm; errors?: Record<string, string> } = {}, status: 200 | 400 = 200) => {
    const ctx = serviceContext(c);
    const data = await storyCoding(ctx, c.req.param('id')!);
    if (!data) return notFound(c);
    const language = (await readStory(ctx, data.story.id))?.language ?? 'nl';
    return c.html(<StoryCodingPage view={view(c)} data={data} language={language} canWrite={canWrite(c)} done={c.req.query('gedaan')} {...extra} />, status);
  };

  app.get('/verhalen/:id/coderen', read, (c) => codingPage(c));

  app.post('/verhalen/:id/coderen', write, async (c) => {
    const form = await c.req.parseBody();
    const sent: StoryCodingForm = {
      code: text(form, 'code'),
      scope: text(form, 'scope') || 'whole',
      sentence: text(form, 'sentence'),
      start: text(form, 'start').trim(),
      end: text(form, 'end').trim(),
    };
    return orFormAgain(
      async () => {
        if (sent.scope === 'passage' && (sent.start === '' || sent.end === '')) throw emptyPassage(sent);
        await applyCode(serviceContext(c), c.req.param('id'), sent.code!, spanOf(sent));
        return c.redirect(`/verhalen/${c.req.param('id')}/coderen?gedaan=toegevoegd`, 303);
      },
      (problems) =>
        problems.some((p) => p.code === 'unknown-story') ? notFound(c) : codingPage(c, { form: sent, errors: fieldErrors(view(c), problems) }, 400),
      ['input', 'not-found'],
    );
  });

  app.post('/verhalen/:id/coderen/verwijderen', write, async (c) => {
    const form = await c.req.parseBody();
    const start = text(form, 'start');
    const span = start === '' ? null : { start: Number(start), end: Number(text(form, 'end')) };
    return orFormAgain(
      async () => {
        await removeCode(serviceContext(c), c.req.param('id'), text(form, 'code'), span);
        return c.redirect(`/verhalen/${c.req.param('id')}/coderen?gedaan=verwijderd`, 303);
      },
      (problems) => (problems.some((p) => p.code === 'unknown-story') ? notFound(c) : codingPage(c, { errors: fieldErrors(view(c), problems) }, 400)),
      ['input', 'not-found'],
    );
  });

  app.get('/overeenstemming/:key', read, async (c) => {
    return orFormAgain(
      async () => {
        const data = await codingAgreement(serviceContext(c), c.req.param('key'), { first: c.req.query('eerste'), second: c.req.query('tweede') });
        return c.html(<AgreementPage view={view(c)} questionnaireKey={c.req.param('key')} data={data} />);
      },
      () => notFound(c),
      ['not-found'],
    );
  });

  return app;
}

/**
 * The form's choice as a span: the whole story, a sentence ("start-end" of its option), or the
 * start and end a person typed, counted from 1 with the last character included (so "1" to "4"
 * is the first four characters: offsets 0 to 4).
 */
function spanOf(form: StoryCodingForm): { start?: unknown; end?: unknown } | null {
  if (form.scope === 'sentence') {
    const match = /^(\d+)-(\d+)$/.exec(form.sentence ?? '');
    return match ? { start: Number(match[1]), end: Number(match[2]) } : { start: form.sentence, end: form.sentence };
  }
  if (form.scope === 'passage') {
    const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : value === '' ? undefined : value);
    const first = number(form.start);
    const last = number(form.end);
    return { start: typeof first === 'number' ? first - 1 : first, end: last };
  }
  return null;
}

/** "Own passage" chosen, but start or end left empty: say so rather than code the whole story. */
function emptyPassage(form: StoryCodingForm): InputRejected {
  const problems: Problem[] = [];
  for (const field of ['start', 'end'] as const) {
    if (form[field] === '')
      problems.push({
        field,
        code: 'required',
        nl: 'vul begin én einde van het fragment in, of kies een zin of het hele verhaal',
        en: 'fill in both start and end of the passage, or choose a sentence or the whole story',
      });
  }
  return new InputRejected(problems);
}
