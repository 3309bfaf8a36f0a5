// The storyteller's form, one step at a time (progressive enhancement of the server-rendered
// page, which works without this script). Keeps a draft in localStorage (never sent before the
// teller presses send), validates each step with the same rules as the server, and sends the
// story as JSON with a client-made id, so a retry or a double click never makes two stories.
import { applyEntries, draftStore } from './teller-draft.js';
import { clearErrors, labelOf, showErrors } from './teller-errors.js';
import { fieldId, fieldOfProblem, readSubmission } from './teller-submission.js';
import { enhanceWidgets } from './teller-widgets.js';

/**
 * What the page hands this script as JSON (#teller-data, web/teller/teller-form.tsx).
 * @typedef {object} TellerData
 * @property {string} api
 * @property {string} lang
 * @property {string} draftKey
 * @property {string} [csrf]
 * @property {string} summaryTitle
 * @property {import('./teller-widget-kit.js').ClientTexts} texts
 * @property {import('./teller-submission.js').SubmissionRules} questionnaire
 */

/** @type {(template: string, vars: Record<string, string | number>) => string} */
const fmt = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const pageForm = /** @type {HTMLFormElement | null} */ (document.getElementById('teller-form'));
const dataNode = document.getElementById('teller-data');
if (pageForm && dataNode) start(pageForm, JSON.parse(dataNode.textContent ?? '{}'));

/**
 * @param {HTMLFormElement} form
 * @param {TellerData} data
 */
function start(form, data) {
  const { texts, questionnaire, api, draftKey, csrf, lang } = data;
  const steps = [.../** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('.teller-step'))];
  const review = /** @type {HTMLElement} */ (form.querySelector('[data-js-only="review"]'));
  const thanks = /** @type {HTMLElement} */ (document.getElementById('stap-bedankt'));
  const all = [...steps, thanks];
  const idInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('id'));
  const sendButton = /** @type {HTMLElement} */ (document.getElementById('teller-send'));
  const status = /** @type {HTMLElement} */ (document.getElementById('teller-status'));
  const widgets = enhanceWidgets(form, texts);
  let current = 0;
  let sending = false;
  const errorTexts = { texts, summaryTitle: data.summaryTitle };

  review.append(/** @type {HTMLElement} */ (document.getElementById('teller-submit')));
  all.forEach((section, i) => {
    const heading = /** @type {HTMLElement} */ (section.querySelector('.teller-step__title'));
    const count = el('span', 'teller-progress', fmt(texts.progress, { step: i + 1, total: all.length }));
    heading.prepend(count, el('br'));
    if (section === thanks) return;
    const nav = el('div', 'teller-nav');
    if (i > 0) {
      const back = el('button', 'teller-button', texts.back);
      back.type = 'button';
      back.addEventListener('click', () => show(i - 1));
      nav.append(back);
    }
    if (section !== review) {
      const next = el('button', 'teller-button teller-button--primary', texts.next);
      next.type = 'button';
      next.addEventListener('click', () => {
        const errors = errorsIn(section);
        if (Object.keys(errors).length) return showErrors(form, section, errors, errorTexts);
        clearErrors(form);
        show(i + 1);
      });
      nav.append(next);
    }
    section.append(nav);
  });

  /**
   * @param {number} i
   * @param {{ focus?: boolean, save?: boolean }} [options]
   */
  function show(i, options = {}) {
    current = i;
    all.forEach((section, j) => {
      section.hidden = j !== i;
    });
    if (all[i] === review) buildReview();
    const chosen = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="prompt"]:checked'));
    const promptNote = /** @type {HTMLElement | null} */ (form.querySelector('.teller-chosen-prompt'));
    if (promptNote) {
      promptNote.hidden = !chosen;
      promptNote.textContent = chosen ? /** @type {NodeListOf<HTMLLabelElement>} */ (chosen.labels)[0].textContent : '';
    }
    if (options.focus !== false) /** @type {HTMLElement} */ (all[i].querySelector('.teller-step__title')).focus();
    if (options.save !== false && all[i] !== thanks) saveDraft();
  }

  /** The form's text fields as [name, value] pairs (files and the CSRF token left out). */
  const entries = () => /** @type {[string, string][]} */ ([...new FormData(form)].filter(([name, value]) => typeof value === 'string' && name !== '_csrf'));

  /** @param {Element} section */
  function errorsIn(section) {
    const { errors } = readSubmission(questionnaire, entries(), { language: lang });
    const fields = new Set([.../** @type {NodeListOf<HTMLElement>} */ (section.querySelectorAll('[data-field]'))].map((n) => n.dataset.field));
    return Object.fromEntries(Object.entries(errors).filter(([field]) => fields.has(field)));
  }

  /**
   * The answer to one field in words, for the review step.
   * @param {HTMLElement} container
   * @returns {string}
   */
  function describeField(container) {
    const widget = widgets.get(container.dataset.field ?? '');
    if (widget) return widget.describe();
    if (container.querySelector('input[name$=".na"]:checked')) return texts.notApplicable;
    const picked = [.../** @type {NodeListOf<HTMLInputElement>} */ (container.querySelectorAll('input:checked'))].map((input) =>
      (input.labels?.[0]?.textContent ?? '').trim(),
    );
    if (picked.length) return picked.join(', ');
    const select = container.querySelector('select');
    if (select?.value) return select.selectedOptions[0].textContent ?? '';
    const box = /** @type {HTMLInputElement | HTMLTextAreaElement | null} */ (container.querySelector('textarea, input[type=text]'));
    return box?.value.trim() || texts.notAnswered;
  }

  function buildReview() {
    const list = /** @type {HTMLElement} */ (document.getElementById('teller-review'));
    list.replaceChildren();
    for (const container of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('.teller-step:not([data-js-only]) [data-field]'))) {
      if (container.dataset.field === 'consent.share') continue;
      const label = labelOf(container);
      const change = el('button', 'teller-change', texts.change);
      change.type = 'button';
      change.append(el('span', 'teller-visually-hidden', `: ${label}`));
      change.addEventListener('click', () => {
        show(steps.indexOf(/** @type {HTMLElement} */ (container.closest('.teller-step'))), { focus: false });
        const target = document.getElementById(fieldId(container.dataset.field ?? ''));
        /** @type {HTMLElement} */ (
          target && !target.closest('[hidden]') ? target : (container.querySelector('[role="slider"]') ?? all[current].querySelector('.teller-step__title'))
        ).focus();
      });
      const answer = el('dd', '', describeField(container));
      answer.append(' ', change);
      list.append(el('dt', '', label), answer);
    }
  }

  // Drafts (teller-draft.js): saved on every change, never sent.
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let saveTimer;
  const drafts = draftStore(draftKey);
  const saveDraft = () => drafts.write({ id: idInput.value, step: current, entries: entries().filter(([name]) => name !== 'website' && name !== 'language') });
  const clearDraft = () => drafts.clear();
  form.addEventListener('input', () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveDraft, 300);
  });
  form.addEventListener('change', saveDraft);
  window.addEventListener('pagehide', () => {
    if (!thanks.hidden) return;
    clearTimeout(saveTimer);
    saveDraft();
  });

  async function send() {
    if (sending) return;
    const { submission, errors } = readSubmission(questionnaire, entries(), { language: lang });
    const firstBad = steps.findIndex((s) => Object.keys(errors).some((f) => s.querySelector(`[data-field="${CSS.escape(f)}"]`)));
    if (firstBad >= 0) {
      show(firstBad, { focus: false });
      return showErrors(form, steps[firstBad], errorsIn(steps[firstBad]), errorTexts);
    }
    sending = true;
    sendButton.setAttribute('aria-disabled', 'true');
    status.textContent = texts.sending;
    saveDraft();
    try {
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json', accept: 'application/json' };
      if (csrf) headers['x-csrf-token'] = csrf;
      const response = await fetch(api, { method: 'POST', headers, body: JSON.stringify(submission), credentials: 'same-origin' });
      if (response.ok) {
        const body = await response.json();
        clearDraft();
        status.textContent = '';
        /** @type {HTMLElement} */ (document.getElementById('teller-code')).textContent = body.withdrawalCode ?? '';
        form.hidden = true;
        show(all.length - 1, { save: false });
        return;
      }
      if (response.status === 429) status.textContent = texts.busy;
      else if (response.status >= 500) status.textContent = texts.serverError;
      else await showProblem(response);
    } catch {
      status.textContent = texts.offline;
    } finally {
      sending = false;
      sendButton.removeAttribute('aria-disabled');
    }
  }

  /**
   * A 4xx problem+json: each named field's Dutch message next to that field.
   * @param {Response} response
   */
  async function showProblem(response) {
    /** @type {{ detail?: string, detail_nl?: string, errors?: { field?: string, nl: string, en: string }[] } | null} */
    const problem = await response.json().catch(() => null);
    /** @type {Record<string, string>} */
    const messages = {};
    for (const p of problem?.errors ?? []) {
      const field = fieldOfProblem(p.field);
      if (field) messages[field] = lang === 'en' ? p.en : p.nl;
    }
    const step = steps.findIndex((s) => Object.keys(messages).some((f) => s.querySelector(`[data-field="${CSS.escape(f)}"]`)));
    if (step < 0) {
      status.textContent = (lang === 'en' ? problem?.detail : problem?.detail_nl) ?? texts.serverError;
      return;
    }
    status.textContent = '';
    show(step, { focus: false });
    showErrors(form, steps[step], messages, errorTexts);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  document.documentElement.classList.add('teller-js');
  const draft = drafts.read();
  const serverSummary = document.getElementById('teller-summary');
  if (draft && !serverSummary) {
    applyEntries(form, draft.entries);
    if (draft.id) idInput.value = draft.id;
    widgets.forEach((w) => w.sync());
    const notice = el('div', 'teller-notice');
    notice.setAttribute('role', 'status');
    const again = el('button', 'teller-button', texts.startOver);
    again.type = 'button';
    again.addEventListener('click', () => {
      clearDraft();
      form.reset();
      idInput.value = crypto.randomUUID?.() ?? idInput.value;
      widgets.forEach((w) => w.sync());
      notice.remove();
      show(0);
    });
    notice.append(el('p', 'teller-paragraph', texts.draftRestored), again);
    form.prepend(notice);
    show(Math.min(Math.max(0, Number(draft.step) || 0), steps.length - 1), { save: false });
  } else {
    // randomUUID exists only on secure origins (https, localhost): elsewhere the server's id stays.
    if (!serverSummary && typeof globalThis.crypto?.randomUUID === 'function') idInput.value = crypto.randomUUID();
    const firstBad = serverSummary ? steps.findIndex((s) => s.querySelector('.teller-error')) : -1;
    show(Math.max(0, firstBad), { focus: false, save: false });
    if (serverSummary) serverSummary.focus();
  }
}
