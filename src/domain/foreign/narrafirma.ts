// NarraFirma → Duiding: its story form becomes the questionnaire, each row of its stories CSV a
// story. The fixed columns (title, text, collection date, language, participant id) are named by
// the form's "import" settings; the eliciting question becomes the prompts.
import type { CsvRecord } from '../csv/reader.ts';
import { parseCollectedAt } from '../stories/csv-codec.ts';
import type { Question } from '../questionnaire/types.ts';
import type { DraftQuestionnaire } from './draft.ts';
import { fnv64, KeyAllocator, languageCode, questionKeys } from './names.ts';
import { setting, type NfForm } from './narrafirma-form.ts';
import { convertNfQuestion, type NfConverted } from './narrafirma-questions.ts';
import type { Findings } from './notes.ts';
import { findColumn, type ForeignPlan, type ForeignStory } from './plan.ts';

export function narraFirmaPlan(form: NfForm, header: CsvRecord, findings: Findings, fallbackTitle: string): ForeignPlan {
  const names = header.fields;
  const fixed = (name: string, fallback: string) => {
    const column = setting(form, name, fallback);
    return { column, index: findColumn(names, column) };
  };
  const title = fixed('story title column name', 'Story title');
  const text = fixed('story text column name', 'Story text');
  const date = fixed('story collection date column name', 'Collection date');
  const language = fixed('language column name', 'Language');
  const participant = fixed('participant id column name', 'Participant ID');
  const used = new Set<number>([title.index, text.index, date.index, language.index, participant.index]);
  const origin = new Map<string, string>([
    ['title', title.column],
    ['text', text.column],
    ['collected_at', date.column],
    ['language', language.column],
  ]);
  const at = (line: number, column: string, code: string, nl: string, en: string) => findings.note({ line, column, code, nl, en });

  if (text.index < 0) {
    findings.problem({
      line: header.line,
      column: text.column,
      code: 'missing-story-text-column',
      nl: `kolom "${text.column}" met de verhalen ontbreekt (het formulier noemt die als "Story text column name")`,
      en: `column "${text.column}" with the stories is missing (the form names it as "Story text column name")`,
    });
  }
  if (participant.index < 0 && form.settings.has('participant id column name')) {
    at(
      header.line,
      participant.column,
      'form-column-missing',
      `het formulier noemt kolom "${participant.column}" (deelnemer), maar het verhalenbestand heeft die niet; verhalen zijn niet per deelnemer gekoppeld`,
      `the form names column "${participant.column}" (participant), but the stories file lacks it; stories are not linked per participant`,
    );
  } else if (participant.index >= 0) {
    at(
      header.line,
      participant.column,
      'participant-id-not-kept',
      `kolom "${participant.column}" (deelnemer) is niet bewaard: Duiding bewaart geen deelnemersnummers`,
      `column "${participant.column}" (participant) was not kept: Duiding keeps no participant ids`,
    );
  }
  for (const [fixedColumn, found] of [
    [date.column, date.index],
    [language.column, language.index],
  ] as const) {
    if (found < 0)
      at(
        header.line,
        fixedColumn,
        'optional-column-missing',
        `kolom "${fixedColumn}" ontbreekt; de standaardwaarde is gebruikt`,
        `column "${fixedColumn}" is missing; the default was used`,
      );
  }

  const keys = questionKeys();
  const promptKeys = new KeyAllocator();
  const eliciting = form.eliciting;
  const elicitingIndex = eliciting ? findColumn(names, eliciting.column) : -1;
  if (eliciting && elicitingIndex < 0)
    at(
      header.line,
      eliciting.column,
      'form-column-missing',
      `het formulier noemt kolom "${eliciting.column}" (vertelvraag), maar het verhalenbestand heeft die niet`,
      `the form names column "${eliciting.column}" (eliciting question), but the stories file lacks it`,
    );
  if (elicitingIndex >= 0) {
    used.add(elicitingIndex);
    origin.set('prompt', eliciting!.column);
  }
  const prompts = (eliciting?.answers ?? []).map((a) => ({ key: promptKeys.take(a.value, 'vraag'), text: a.text, value: a.value }));

  const converted: NfConverted[] = form.questions.map((q) => convertNfQuestion(q, form, names, keys));
  converted.forEach((c, n) => {
    c.columns.forEach((i) => used.add(i));
    for (const name of c.questions.map((q) => q.key)) origin.set(name, form.questions[n]!.column);
    for (const missing of c.missing) {
      at(
        header.line,
        missing,
        'form-column-missing',
        `het formulier noemt kolom "${missing}", maar het verhalenbestand heeft die niet; de vraag is overgenomen zonder antwoorden`,
        `the form names column "${missing}", but the stories file lacks it; the question was carried over without answers`,
      );
    }
  });
  names.forEach((name, i) => {
    if (!used.has(i) && name.trim() !== '')
      at(
        header.line,
        name,
        'column-not-mapped',
        `kolom "${name}" staat niet in het formulier en is niet ingelezen`,
        `column "${name}" is not in the form and was not read`,
      );
  });

  const refs = new Map<string, number>();
  return {
    origin,
    decode(record) {
      const cell = (i: number) => (i >= 0 ? (record.fields[i] ?? '') : '');
      if (cell(0).trimStart().startsWith(';') || record.fields.every((f) => f.trim() === '')) return null;
      const story: ForeignStory = {
        ref: '',
        collectedAt: null,
        language: null,
        prompt: null,
        title: cell(title.index).trim(),
        text: cell(text.index).trim(),
        answers: {},
      };
      if (story.text === '') {
        findings.problem({ line: record.line, column: text.column, code: 'empty-text', nl: 'het verhaal is leeg', en: 'the story text is empty' });
        return null;
      }
      // NarraFirma stories carry no id: the same title and text give the same id, so importing the
      // same file again replaces its stories instead of doubling them.
      const base = `nf-${fnv64(`${cell(participant.index)}\n${story.title}\n${story.text}`)}`;
      const seen = (refs.get(base) ?? 0) + 1;
      refs.set(base, seen);
      story.ref = seen === 1 ? base : `${base}-${seen}`;
      const dateText = cell(date.index).trim();
      if (dateText !== '') {
        story.collectedAt = parseCollectedAt(dateText);
        if (!story.collectedAt)
          at(
            record.line,
            date.column,
            'date-not-read',
            `"${dateText}" is geen datum zoals 2021-07-28; de datum van vandaag is gebruikt`,
            `"${dateText}" is not a date like 2021-07-28; today's date was used`,
          );
      }
      const languageText = cell(language.index).trim();
      if (languageText !== '') {
        story.language = languageCode(languageText);
        if (!story.language)
          at(
            record.line,
            language.column,
            'language-not-read',
            `taal "${languageText}" is onbekend; de taal van de vragenlijst is gebruikt`,
            `language "${languageText}" is unknown; the questionnaire's language was used`,
          );
      }
      const promptText = cell(elicitingIndex).trim();
      if (promptText !== '') {
        const prompt =
          prompts.find((p) => p.value === promptText) ?? prompts.find((p) => p.value.toLowerCase() === promptText.toLowerCase() || p.text === promptText);
        if (prompt) story.prompt = prompt.key;
        else
          at(
            record.line,
            eliciting!.column,
            'value-not-mapped',
            `"${promptText}" is geen vertelvraag van het formulier; weggelaten`,
            `"${promptText}" is not an eliciting question of the form; left out`,
          );
      }
      const skip = (column: string, nl: string, en: string) => at(record.line, column, 'value-not-mapped', nl, en);
      for (const c of converted) {
        const { answer, writeIn } = c.read({ cell, skip });
        if (answer !== undefined) story.answers[c.questions[0]!.key] = answer;
        if (writeIn !== undefined && c.questions[1]) story.answers[c.questions[1].key] = writeIn;
      }
      return story;
    },
    finish(): DraftQuestionnaire {
      const questions: Question[] = converted.flatMap((c, n) => {
        if (!c.overMax) return c.questions;
        const [first, ...rest] = c.questions;
        findings.note({
          column: form.questions[n]!.column,
          code: 'max-dropped',
          nl: 'sommige verhalen hebben meer antwoorden dan maxNumAnswers; het maximum is niet overgenomen',
          en: 'some stories have more answers than maxNumAnswers; the maximum was not carried over',
        });
        const { max: _max, ...open } = first as Question & { max?: number };
        return [open as Question, ...rest];
      });
      return { title: form.title ?? fallbackTitle, prompts: prompts.map(({ key, text }) => ({ key, text })), questions };
    },
  };
}
