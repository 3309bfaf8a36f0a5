// /vragenlijsten/{key}/voorbeeld: the latest version exactly as the teller sees it — the teller's
// own frame, form, step-by-step script and widgets (web/teller; the body mirrors
// pages/teller/story.tsx) — with a banner saying it is a preview. Sending, with or without
// JavaScript, checks the answers with the same rules as the real page and stores nothing.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { checkPreviewSubmission, loadDesignerQuestionnaire } from '../../services/questionnaire-designer.ts';
import { registerAreas } from '../../services/teller-page.ts';
import { requirePage } from '../guards.tsx';
import { tellerMessages } from '../i18n/teller-catalogs.ts';
import { languageChoices } from '../teller/languages.ts';
import { fieldValues, formEntries, submissionFromForm, type FieldValues } from '../teller/form-fields.ts';
import { TellerForm } from '../teller/teller-form.tsx';
import { TellerLayout } from '../teller/teller-layout.tsx';
import { serviceContext } from '../../http/kit.ts';

type C = Context<AppEnv>;

export function previewRoutes() {
  const app = new Hono<AppEnv>();
  const guard = requirePage('questionnaires.read');

  const page = async (c: C, form: { values?: FieldValues; errors?: Record<string, string>; checked?: boolean } = {}) => {
    const v = c.var.view;
    const definition: Questionnaire = (await loadDesignerQuestionnaire(serviceContext(c), c.req.param('key')!)).definition;
    const lang = previewLanguage(c.req.query('taal'), definition);
    const t = tellerMessages(lang);
    const p = v.t.designer.preview;
    const self = `/vragenlijsten/${encodeURIComponent(definition.key)}/voorbeeld`;
    const title = definition.title[lang] ?? definition.title.nl;
    return c.html(
      <TellerLayout
        lang={lang}
        t={t}
        title={title}
        tenantName={v.session!.tenantName}
        fictional={v.session!.tenantFictional}
        privacyHref="#"
        languages={languageChoices(definition.languages, lang, self, 'taal')}
        script
      >
        <div class="teller-notice" role="note" lang={v.lang} dir="ltr">
          <p class="teller-paragraph">{p.banner}</p>
          <p class="teller-paragraph">
            <a class="teller-link" href={`/vragenlijsten/${encodeURIComponent(definition.key)}`}>
              {p.back}
            </a>
          </p>
        </div>
        <h1 class="teller-title">{title}</h1>
        {definition.machineTranslated?.includes(lang) ? <p class="teller-machine-note">{t.machineTranslation}</p> : null}
        <noscript>
          <p class="teller-paragraph">{t.noScript}</p>
        </noscript>
        {form.checked ? (
          <p class="teller-notice" role="status">
            {p.checked}
          </p>
        ) : null}
        {definition.questions.length === 0 ? <p class="teller-paragraph">{p.noQuestions}</p> : null}
        <TellerForm
          t={t}
          lang={lang}
          questionnaire={definition}
          action={`${self}${lang === 'nl' ? '' : `?taal=${encodeURIComponent(lang)}`}`}
          submissionId={randomUUID()}
          values={form.values}
          errors={form.errors}
          privacyHref="#"
          csrfToken={v.session!.csrfToken}
          areasByLevel={await registerAreas(c.get('db'), v.session!.tenantId, definition)}
          api={`${self}/verhaal`}
          draftKey={`duiding.voorbeeld.${definition.key}`}
        />
        <section class="teller-step teller-thanks" id="stap-bedankt" aria-labelledby="stap-bedankt-titel" hidden>
          <h2 class="teller-step__title" id="stap-bedankt-titel" tabindex={-1}>
            {p.doneTitle}
          </h2>
          <p class="teller-notice">{p.checked}</p>
          {/* The script writes the (placeholder) code here; the teller would see a real one. */}
          <p class="teller-code" id="teller-code" hidden></p>
        </section>
      </TellerLayout>,
      form.errors && Object.keys(form.errors).length ? 400 : 200,
    );
  };

  app.get('/vragenlijsten/:key/voorbeeld', guard, (c) => page(c));

  app.post('/vragenlijsten/:key/voorbeeld', guard, async (c) => {
    const key = c.req.param('key');
    const entries = formEntries(await c.req.parseBody({ all: true }));
    let definition: Questionnaire;
    try {
      definition = (await loadDesignerQuestionnaire(serviceContext(c), key)).definition;
    } catch {
      return page(c);
    }
    const lang = previewLanguage(c.req.query('taal'), definition);
    const { errors } = submissionFromForm(definition, entries, tellerMessages(lang), lang);
    return page(c, { values: fieldValues(entries), errors, checked: Object.keys(errors).length === 0 });
  });

  // The script's JSON "send": the same checks, a problem+json shape the script understands, and
  // a placeholder code instead of a stored story.
  app.post('/vragenlijsten/:key/voorbeeld/verhaal', guard, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = null;
    }
    const problems = await checkPreviewSubmission(serviceContext(c), c.req.param('key'), body);
    if (problems.length === 0) return c.json({ id: 'voorbeeld', withdrawalCode: 'VOORBEELD' });
    const document = {
      type: 'https://duiding.nl/problems/input-rejected',
      title: 'The input was rejected; nothing was saved.',
      status: 400,
      detail: 'The input was rejected; nothing was saved.',
      detail_nl: 'De invoer is afgekeurd; er is niets opgeslagen.',
      errors: problems,
    };
    return c.body(JSON.stringify(document), 400, { 'content-type': 'application/problem+json; charset=utf-8' });
  });

  return app;
}

/** The preview's language: any language of the questionnaire (?taal=ar), else Dutch. */
function previewLanguage(asked: string | undefined, definition: Questionnaire): string {
  return asked && definition.languages.includes(asked) ? asked : 'nl';
}
