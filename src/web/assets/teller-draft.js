// The teller's draft: the form's own fields, the step and the submission id, kept in
// localStorage on this device only; never sent before the teller presses send.

/**
 * @typedef {{ v: 1, entries: [string, string][], step?: number, id?: string, savedAt?: number }} Draft
 */

/**
 * Storage that may be missing (private mode, full): the form then works without a draft.
 * @param {string} key
 */
export function draftStore(key) {
  return {
    /** @returns {Draft | null} */
    read() {
      try {
        const draft = JSON.parse(localStorage.getItem(key) ?? 'null');
        return draft && draft.v === 1 && Array.isArray(draft.entries) ? draft : null;
      } catch {
        return null;
      }
    },
    /** @param {Omit<Draft, 'v' | 'savedAt'>} draft */
    write(draft) {
      try {
        localStorage.setItem(key, JSON.stringify({ v: 1, ...draft, savedAt: Date.now() }));
      } catch {}
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {}
    },
  };
}

/**
 * Puts saved [name, value] pairs back into the form (not the id, language or honeypot).
 * @param {HTMLFormElement} form
 * @param {[string, string][]} entries
 */
export function applyEntries(form, entries) {
  /** @type {Map<string, string[]>} */
  const values = new Map();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  for (const input of /** @type {HTMLInputElement[]} */ ([...form.elements])) {
    if (!input.name || ['_csrf', 'language', 'website', 'id'].includes(input.name) || input.type === 'submit' || input.type === 'button') continue;
    const given = values.get(input.name) ?? [];
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = given.includes(input.value);
    else input.value = given[0] ?? '';
  }
}
