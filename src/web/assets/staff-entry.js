// Staff entry of interview and signal stories (/verzamelingen/{id}/invoeren, …/signaal): the
// teller's slider, triad and stones widgets on the whole form at once — staff see every step on one
// page and post it as a normal form. The widgets write into the form's own number inputs, which
// the server reads exactly as it does without this script.
import { enhanceWidgets } from './teller-widgets.js';

const form = document.getElementById('teller-form');
const texts = document.getElementById('staff-entry-texts');
if (form && texts) enhanceWidgets(form, JSON.parse(texts.textContent ?? '{}'));
