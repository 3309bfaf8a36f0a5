// Problems in the storyteller's form: a message next to each field (aria-describedby,
// aria-invalid) and a summary with links at the top of the step, which gets focus.
import { errorMessage, fieldId } from './teller-submission.js';

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** @param {HTMLFormElement} form */
export function clearErrors(form) {
  form.querySelectorAll('.teller-error, .teller-summary').forEach((n) => n.remove());
  form
    .querySelectorAll('.teller-question--invalid, .teller-field--invalid')
    .forEach((n) => n.classList.remove('teller-question--invalid', 'teller-field--invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  form.querySelectorAll('[aria-describedby]').forEach((n) => {
    const ids = (n.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) n.setAttribute('aria-describedby', ids.join(' '));
    else n.removeAttribute('aria-describedby');
  });
}

/**
 * Messages next to each field, a summary with links at the top of the step, focus on it.
 * @param {HTMLFormElement} form
 * @param {Element} section
 * @param {Record<string, string | import('./teller-submission.js').FieldError>} messages
 * @param {{ texts: { errors: Record<string, string> }, summaryTitle: string }} texts
 */
export function showErrors(form, section, messages, { texts, summaryTitle }) {
  clearErrors(form);
  const summary = el('div', 'teller-summary');
  summary.tabIndex = -1;
  summary.id = 'teller-summary';
  summary.setAttribute('aria-labelledby', 'teller-summary-title');
  const title = el('h3', 'teller-summary__title', summaryTitle);
  title.id = 'teller-summary-title';
  const list = el('ul', 'teller-summary__list');
  summary.append(title, list);
  for (const [field, message] of Object.entries(messages)) {
    const container = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
    const text = typeof message === 'string' ? message : errorMessage(texts, message);
    const item = el('li');
    const label = container ? labelOf(container) : '';
    const link = /** @type {HTMLAnchorElement} */ (el('a', 'teller-link', !label ? text : /[?:.]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`));
    link.href = `#${fieldId(field)}`;
    item.append(link);
    list.append(item);
    if (!container) continue;
    container.classList.add(container.tagName === 'FIELDSET' ? 'teller-question--invalid' : 'teller-field--invalid');
    const note = el('p', 'teller-error', text);
    note.id = `${fieldId(field)}-error`;
    const anchor = /** @type {Element} */ (container.querySelector(':scope > .teller-help') ?? container.querySelector(':scope > legend, :scope > label'));
    anchor.after(note);
    /** @type {NodeListOf<HTMLInputElement>} */ (container.querySelectorAll('input:not([type=hidden]), textarea, select, [role=slider]')).forEach((input) => {
      if (input.name?.endsWith('.na')) return;
      input.setAttribute('aria-invalid', 'true');
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      input.setAttribute('aria-describedby', [note.id, ...ids].join(' '));
    });
  }
  /** @type {Element} */ (section.querySelector('.teller-step__title')).after(summary);
  summary.focus();
}

/**
 * The visible label of a field or question, without "(optional)".
 * @param {Element} container
 */
export function labelOf(container) {
  const label = /** @type {Element} */ (/** @type {Element} */ (container.querySelector(':scope > legend, :scope > label')).cloneNode(true));
  label.querySelectorAll('.teller-optional').forEach((n) => n.remove());
  return (label.textContent ?? '').trim();
}
