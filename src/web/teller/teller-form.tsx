// The whole storyteller's form: every step as a <section>, so that without JavaScript it is one
// page that posts to `action`; assets/teller.js shows one step at a time and adds the review and
// thank-you steps. Reusable: staff entering interview stories render it with their own action.
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import type { TellerMessages } from '../i18n/teller.ts';
import { HiddenFields } from '../components/buttons.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { fieldErrors } from './field-errors.tsx';
import { fieldId, type FieldValues } from './form-fields.ts';
import { rulesOf } from './client-rules.ts';
import { MAX_STORY_TEXT, MAX_TITLE } from '../../domain/collect/limits.ts';
import { ConsentFields } from './consent-fields.tsx';
import { loc, QuestionField } from './question-field.tsx';

export interface TellerFormProps {
  t: TellerMessages;
  lang: string;
  questionnaire: Questionnaire;
  /** Where the form posts without JavaScript, e.g. /vertel/{slug}. */
  action: string;
  /** Client-made submission id (a UUID), kept in a hidden field: posting twice stores one story. */
  submissionId: string;
  values?: FieldValues;
  /** B1 messages by field name (consent.share, prompt, text, q.<key>, …; "form" for the whole form). */
  errors?: Record<string, string>;
  /** The collection's own intro text, if any. */
  intro?: string | null;
  privacyHref: string;
  /** Signed-in staff: the session's CSRF token for the form and the script. */
  csrfToken?: string;
  /** Register areas per level, for area questions without a list of their own. */
  areasByLevel?: Record<string, { code: string; name: string }[]>;
  /** JSON endpoint the script posts to; omit to leave the form without the one-step script data. */
  api?: string;
  /** Key under which the script keeps the draft in localStorage. */
  draftKey?: string;
  /** Problems with fields outside this form that the page adds (staff entry: "consent was
   *  asked"), listed first in the error summary, each linking to its field. */
  outsideErrors?: { href: string; label: string; message: string }[];
  /** The municipality is an active member of a network: ask whether the story may be shared there. */
  askNetworkConsent?: boolean;
}

const STEP_IDS = ['stap-welkom', 'stap-vraag', 'stap-verhaal', 'stap-over-verhaal', 'stap-over-u'];

export function TellerForm(props: TellerFormProps) {
  const { t, lang, questionnaire: q, values = new Map(), errors = {} } = props;
  const checked = (field: string, v: string) => (values.get(field) ?? []).includes(v);
  const value = (field: string) => values.get(field)?.[0] ?? '';
  const storyQuestions = q.questions.filter((x) => x.about === 'story');
  const youQuestions = q.questions.filter((x) => x.about === 'participant');
  const order = ['consent.share', 'consent.quote', 'prompt', 'title', 'text', ...q.questions.map((x) => `q.${x.key}`)];
  const listed = order.filter((f) => errors[f]);
  const outside = props.outsideErrors ?? [];
  const labels: Record<string, string> = {
    'consent.share': t.consent.legend,
    'consent.quote': t.consent.quoteLegend,
    prompt: t.prompt.legend,
    title: t.story.title,
    text: t.story.text,
    ...Object.fromEntries(q.questions.map((x) => [`q.${x.key}`, loc(x.text, lang)])),
  };
  const { err, described, invalid } = fieldErrors(errors);
  const question = (x: Questionnaire['questions'][number]) => (
    <QuestionField
      question={x}
      lang={lang}
      t={t}
      values={values}
      error={errors[`q.${x.key}`]}
      areas={x.type === 'area' ? props.areasByLevel?.[x.level] : undefined}
    />
  );
  const clientData = props.api
    ? JSON.stringify({
        api: props.api,
        lang,
        draftKey: props.draftKey,
        csrf: props.csrfToken,
        summaryTitle: t.errorSummary,
        texts: t.client,
        questionnaire: rulesOf(q),
      })
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
    : null;

  return (
    <form method="post" action={props.action} class="teller-form" id="teller-form" novalidate>
      {clientData ? <script type="application/json" id="teller-data" dangerouslySetInnerHTML={{ __html: clientData }} /> : null}
      {listed.length || outside.length || errors.form ? (
        <div class="teller-summary" id="teller-summary" role="group" tabindex={-1} autofocus aria-labelledby="teller-summary-title">
          <h2 class="teller-summary__title" id="teller-summary-title">
            {t.errorSummary}
          </h2>
          {errors.form ? <p class="teller-paragraph">{errors.form}</p> : null}
          <ul class="teller-summary__list">
            {outside.map((o) => (
              <li>
                <a class="teller-link" href={o.href}>
                  {joinLabel(o.label, o.message)}
                </a>
              </li>
            ))}
            {listed.map((f) => (
              <li>
                <a class="teller-link" href={`#${fieldId(f)}`}>
                  {joinLabel(labels[f], errors[f])}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CsrfField token={props.csrfToken} />
      <HiddenFields fields={{ id: props.submissionId, language: lang }} />

      <section class="teller-step" id={STEP_IDS[0]} aria-labelledby={`${STEP_IDS[0]}-titel`}>
        <h2 class="teller-step__title" id={`${STEP_IDS[0]}-titel`} tabindex={-1}>
          {t.steps.intro}
        </h2>
        {props.intro ? <p class="teller-paragraph teller-intro">{props.intro}</p> : null}
        <h3 class="teller-subtitle">{t.intro.what}</h3>
        <ul class="teller-list">
          {t.intro.points.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
        <p class="teller-paragraph">
          <a class="teller-link" href={props.privacyHref}>
            {t.intro.privacyLink}
          </a>
        </p>
        <p class="teller-paragraph">{t.intro.time}</p>
        <ConsentFields t={t} values={values} errors={errors} askNetwork={props.askNetworkConsent} />
      </section>

      <section class="teller-step" id={STEP_IDS[1]} aria-labelledby={`${STEP_IDS[1]}-titel`}>
        <h2 class="teller-step__title" id={`${STEP_IDS[1]}-titel`} tabindex={-1}>
          {t.steps.prompt}
        </h2>
        <fieldset class="teller-question" id={`${fieldId('prompt')}-group`} data-field="prompt">
          <legend class="teller-question__legend">{t.prompt.legend}</legend>
          {err('prompt')}
          {q.prompts.map((p, i) => (
            <div class="teller-check teller-check--card">
              <input
                class="teller-check__input"
                type="radio"
                id={i === 0 ? fieldId('prompt') : `${fieldId('prompt')}-${i}`}
                name="prompt"
                value={p.key}
                checked={checked('prompt', p.key) || q.prompts.length === 1}
                aria-describedby={described('prompt')}
                aria-invalid={invalid('prompt')}
              />
              <label class="teller-check__label" for={i === 0 ? fieldId('prompt') : `${fieldId('prompt')}-${i}`}>
                {loc(p.text, lang)}
              </label>
            </div>
          ))}
        </fieldset>
      </section>

      <section class="teller-step" id={STEP_IDS[2]} aria-labelledby={`${STEP_IDS[2]}-titel`}>
        <h2 class="teller-step__title" id={`${STEP_IDS[2]}-titel`} tabindex={-1}>
          {t.steps.story}
        </h2>
        <p class="teller-paragraph teller-chosen-prompt" hidden></p>
        <div class="teller-field" data-field="title">
          <label class="teller-label" for={fieldId('title')}>
            {t.story.title} <span class="teller-optional">{t.optional}</span>
          </label>
          <p class="teller-help" id="title-help">
            {t.story.titleHelp}
          </p>
          {err('title')}
          <input
            class="teller-input"
            type="text"
            id={fieldId('title')}
            name="title"
            maxlength={MAX_TITLE}
            value={value('title')}
            autocomplete="off"
            aria-describedby={described('title', 'title-help')}
            aria-invalid={invalid('title')}
          />
        </div>
        <div class="teller-field" data-field="text">
          <label class="teller-label" for={fieldId('text')}>
            {t.story.text}
          </label>
          <p class="teller-help" id="text-help">
            {t.story.textHelp}
          </p>
          {err('text')}
          <textarea
            class="teller-input teller-textarea teller-textarea--story"
            id={fieldId('text')}
            name="text"
            rows={10}
            maxlength={MAX_STORY_TEXT}
            aria-describedby={described('text', 'text-help')}
            aria-invalid={invalid('text')}
          >
            {value('text')}
          </textarea>
        </div>
      </section>

      {storyQuestions.length ? (
        <section class="teller-step" id={STEP_IDS[3]} aria-labelledby={`${STEP_IDS[3]}-titel`}>
          <h2 class="teller-step__title" id={`${STEP_IDS[3]}-titel`} tabindex={-1}>
            {t.steps.aboutStory}
          </h2>
          {storyQuestions.map(question)}
        </section>
      ) : null}
      {youQuestions.length ? (
        <section class="teller-step" id={STEP_IDS[4]} aria-labelledby={`${STEP_IDS[4]}-titel`}>
          <h2 class="teller-step__title" id={`${STEP_IDS[4]}-titel`} tabindex={-1}>
            {t.steps.aboutYou}
          </h2>
          {youQuestions.map(question)}
        </section>
      ) : null}

      <section class="teller-step" id="stap-controle" aria-labelledby="stap-controle-titel" hidden data-js-only="review">
        <h2 class="teller-step__title" id="stap-controle-titel" tabindex={-1}>
          {t.steps.review}
        </h2>
        <p class="teller-paragraph">{t.review.intro}</p>
        <dl class="teller-review" id="teller-review"></dl>
      </section>

      <div class="teller-honeypot" aria-hidden="true">
        <label for="teller-website">{t.honeypot}</label>
        <input type="text" id="teller-website" name="website" tabindex={-1} autocomplete="off" value="" />
      </div>
      <div class="teller-submit" id="teller-submit">
        <p class="teller-status" id="teller-status" role="status"></p>
        <button type="submit" class="teller-button teller-button--primary" id="teller-send">
          {t.submit}
        </button>
      </div>
    </form>
  );
}

/** "Toestemming: Zet een vinkje …", but "Wie bent u? Kies een antwoord." */
const joinLabel = (label: string | undefined, message: string) => (!label ? message : /[?:.]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`);
