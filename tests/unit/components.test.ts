// Issue 16: the component kit (src/web/components). Every form error is tied to its field for
// assistive technology, the error summary links each problem to its field, and no page writes an
// alert or a CSRF field by hand any more.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup } from '../../src/web/components/choice-group.tsx';
import { ErrorSummary, problemsOf } from '../../src/web/components/error-summary.tsx';
import { fieldId } from '../../src/web/components/field.tsx';
import { Notice } from '../../src/web/components/notice.tsx';
import { TextField } from '../../src/web/components/text-field.tsx';
import type { Problem } from '../../src/domain/problems.ts';

const html = async (node: unknown) => String(await node);

/** The element with this id, as its start tag. */
const tagWithId = (markup: string, id: string) => new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(markup)?.[0];

describe('ErrorSummary', () => {
  const problems: Problem[] = [
    { field: 'title', code: 'required', nl: 'Vul een titel in.', en: 'Enter a title.' },
    { field: 'options[2].text.nl', code: 'required', nl: 'Vul de tekst van keuze 3 in.', en: 'Enter the text of option 3.' },
    { code: 'conflict', nl: 'Iemand anders heeft dit net gewijzigd.', en: 'Someone else just changed this.' },
  ];

  it('links every problem that names a field to that field, in the page language', async () => {
    const out = await html(ErrorSummary({ problems, lang: 'nl', title: 'Er ging iets mis' }));
    expect(out).toMatch(/^<div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert" id="foutmeldingen" tabindex="-1">/);
    const links = [...out.matchAll(/<a [^>]*href="#([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [fieldId('title'), 'Vul een titel in.'],
      ['veld-options-2-text-nl', 'Vul de tekst van keuze 3 in.'],
    ]);
    // A problem of the form as a whole is listed, without a link.
    expect(out).toContain('<li class="utrecht-unordered-list__item">Iemand anders heeft dit net gewijzigd.</li>');
    expect(await html(ErrorSummary({ problems, lang: 'en', title: 'x' }))).toContain('>Enter a title.</a>');
  });

  it('links to the ids a page gives its controls, and names the field where the message does not', async () => {
    const out = await html(
      ErrorSummary({ problems: problems.slice(0, 1), lang: 'nl', title: 't', idOf: (f) => ({ title: 'opgave-titel' })[f], labelOf: () => 'Titel' }),
    );
    expect(out).toContain('<a class="utrecht-link utrecht-link--html-a" href="#opgave-titel">Titel: Vul een titel in.</a>');
  });

  it('shows nothing when nothing is wrong', async () => {
    expect(ErrorSummary({ problems: [], lang: 'nl', title: 't' })).toBeNull();
    expect(ErrorSummary({ problems: problemsOf({ title: [] }), lang: 'nl', title: 't' })).toBeNull();
  });

  it('takes messages by field from routes that already mapped problems onto their fields', () => {
    expect(problemsOf({ slug: ['al in gebruik'], '': ['algemeen'] })).toEqual([
      { code: 'form', field: 'slug', nl: 'al in gebruik', en: 'al in gebruik' },
      { code: 'form', nl: 'algemeen', en: 'algemeen' },
    ]);
  });
});

describe('fields', () => {
  it('a text field with an error is invalid and described by its error and its hint', async () => {
    const out = await html(TextField({ name: 'slug', label: 'Adres', hint: 'Alleen kleine letters', error: 'Dit adres is al in gebruik.', value: 'a&b' }));
    const input = tagWithId(out, 'veld-slug')!;
    expect(input).toMatch(/^<input /);
    expect(input).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(input)![1].split(' ');
    expect(describedBy).toEqual(['veld-slug-fout', 'veld-slug-uitleg']);
    expect(out).toContain('<p class="utrecht-form-field-error-message duiding-field-error" id="veld-slug-fout">Dit adres is al in gebruik.</p>');
    expect(out).toContain('<p class="utrecht-form-field-description" id="veld-slug-uitleg">Alleen kleine letters</p>');
    expect(out).toContain('<label class="utrecht-form-label" for="veld-slug">Adres</label>');
    expect(out).toContain('utrecht-form-field--invalid');
    expect(input).toContain('value="a&amp;b"');
  });

  it('a field without an error is neither invalid nor described by a message that is not there', async () => {
    const out = await html(TextField({ id: 'titel', name: 'title', label: 'Titel', rows: 3 }));
    const area = tagWithId(out, 'titel')!;
    expect(area).toMatch(/^<textarea /);
    expect(area).not.toContain('aria-invalid');
    expect(area).not.toContain('aria-describedby');
  });

  it('never sends a password back to the browser', async () => {
    expect(tagWithId(await html(TextField({ id: 'pw', name: 'password', type: 'password', label: 'Wachtwoord', value: 'geheim' })), 'pw')).not.toContain(
      'geheim',
    );
  });

  it('a group of choices carries its error on the fieldset the summary links to', async () => {
    const out = await html(
      ChoiceGroup({
        name: 'mode',
        kind: 'radio',
        legend: 'Manier',
        error: 'Kies een manier.',
        value: 'self',
        options: [
          { value: 'self', label: 'Zelf' },
          { value: 'interview', label: 'Interview' },
        ],
      }),
    );
    expect(tagWithId(out, 'veld-mode')).toMatch(/^<fieldset [^>]*aria-describedby="veld-mode-fout"/);
    expect(out).toContain('id="veld-mode-fout"');
    expect(tagWithId(out, 'veld-mode-self')).toContain('checked');
    expect(tagWithId(out, 'veld-mode-interview')).not.toContain('checked');
  });
});

describe('Notice', () => {
  it('announces an error at once and anything else politely', async () => {
    expect(await html(Notice({ kind: 'error', children: 'Mis' }))).toContain('role="alert"');
    expect(await html(Notice({ children: 'Opgeslagen' }))).toMatch(/class="utrecht-alert utrecht-alert--ok duiding-alert" role="status"/);
  });
});

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(full) : /\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe('the pages use the kit', () => {
  it('no page writes an alert, an error message, a CSRF field or a titled card by hand', () => {
    const handWritten = sourcesUnder(path.resolve('src/web/pages')).filter((file) =>
      /utrecht-alert|role="alert"|name="_csrf"|utrecht-form-field-error-message|<section class="duiding-card" aria-labelledby/.test(readFileSync(file, 'utf8')),
    );
    expect(handWritten).toEqual([]);
  });
});
