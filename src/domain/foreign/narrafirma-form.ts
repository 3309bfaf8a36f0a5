// NarraFirma's story-form CSV (the "import" format of its help system): one row per question or
// setting, columns "Data column name, Type, About, Short name, Long name, Options, Answers…".
// Rows starting with ";" are comments. Answers are "value|text" (eliciting: "value|short|text").
import type { CsvRecord } from '../csv/reader.ts';
import type { Findings } from './notes.ts';
import { plainText } from './names.ts';

interface NfAnswer {
  /** What the stories file holds. */
  value: string;
  text: string;
}

export interface NfQuestion {
  line: number;
  /** "Data column name": the stories file's column(s) for this question. */
  column: string;
  type: string;
  about: 'story' | 'participant';
  text: string;
  options: Map<string, string>;
  answers: NfAnswer[];
}

export interface NfForm {
  title: string | null;
  eliciting: NfQuestion | null;
  questions: NfQuestion[];
  /** "import" rows: Scale range, Yes no questions …, Story text column name, … (lower case). */
  settings: Map<string, string[]>;
}

const NF_TYPES = [
  'single choice',
  'single choice indexed',
  'multi-choice multi-column texts',
  'multi-choice multi-column yes/no',
  'multi-choice single-column delimited',
  'multi-choice single-column delimited indexed',
  'scale',
  'text',
] as const;

/** Form rows that only shape NarraFirma's own web form; nothing in Duiding holds them. */
const LAYOUT_ONLY = new Set([
  'start text',
  'image',
  'end text',
  'about you text',
  'thank you text',
  'choose question text',
  'enter story text',
  'name story text',
  'tell another story text',
  'tell another story button',
  'max num stories',
  'custom css',
  'custom css for printing',
]);

export function readNarraFirmaForm(records: CsvRecord[], findings: Findings): NfForm {
  const form: NfForm = { title: null, eliciting: null, questions: [], settings: new Map() };
  const rows = records.filter((r) => !r.fields[0]?.trimStart().startsWith(';') && r.fields.some((f) => f.trim() !== ''));
  const header = rows[0];
  if (header?.fields[0]?.trim().toLowerCase() !== 'data column name' || header.fields.length < 7) {
    findings.problem({
      ...(header ? { line: header.line } : {}),
      code: 'narrafirma-form-header',
      nl: 'dit is geen verhaalformulier van NarraFirma: de kopregel moet beginnen met "Data column name,Type,About,Short name,Long name,Options,Answers"',
      en: 'this is not a NarraFirma story form: the header must start with "Data column name,Type,About,Short name,Long name,Options,Answers"',
    });
    return form;
  }
  for (const row of rows.slice(1)) {
    const [column = '', typeCell = '', aboutCell = '', shortName = '', longName = '', optionCell = '', ...answerCells] = row.fields.map((f) => f.trim());
    const type = typeCell.toLowerCase();
    const about = aboutCell.toLowerCase();
    const answers = answerCells.filter((a) => a !== '');
    if (about === 'import') {
      // Settings keep their cells as they are: the Q-A separator ": " has a meaningful space.
      form.settings.set(
        type,
        row.fields.slice(6).filter((a, i) => i === 0 || a !== ''),
      );
      continue;
    }
    if (about === 'form') {
      if (type === 'title') form.title = plainText(answers[0] ?? '') || null;
      else if (answers.length > 0 && LAYOUT_ONLY.has(type)) {
        findings.note({
          line: row.line,
          column: 'Type',
          code: 'form-text-not-mapped',
          nl: `"${typeCell}" (tekst van het webformulier van NarraFirma) is niet overgenomen`,
          en: `"${typeCell}" (text of NarraFirma's web form) was not carried over`,
        });
      }
      continue;
    }
    const question: NfQuestion = {
      line: row.line,
      column,
      type,
      about: about === 'participant' ? 'participant' : 'story',
      text: plainText(longName || shortName || column),
      options: parseOptions(optionCell),
      answers: answers.map((a) => parseAnswer(a, type === 'eliciting')),
    };
    if (column === '') {
      findings.problem({
        line: row.line,
        column: 'Data column name',
        code: 'narrafirma-no-column',
        nl: `vraag "${shortName}" noemt geen kolom ("Data column name" is leeg)`,
        en: `question "${shortName}" names no column ("Data column name" is empty)`,
      });
    } else if (type === 'eliciting') form.eliciting = question;
    else if ((NF_TYPES as readonly string[]).includes(type)) form.questions.push(question);
    else {
      findings.note({
        line: row.line,
        column: 'Type',
        code: 'question-type-not-mapped',
        nl: `vraagsoort "${typeCell}" van "${column}" kent Duiding niet; de vraag is niet overgenomen`,
        en: `question type "${typeCell}" of "${column}" is unknown to Duiding; the question was not carried over`,
      });
    }
  }
  return form;
}

function parseOptions(cell: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const part of cell.split('|')) {
    const at = part.indexOf('=');
    if (at > 0) options.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return options;
}

function parseAnswer(cell: string, eliciting: boolean): NfAnswer {
  const parts = cell.split('|').map((p) => p.trim());
  if (parts.length === 1) return { value: parts[0]!, text: plainText(parts[0]!) };
  // Eliciting: value|short name|question; choices: value|text.
  return { value: parts[0]!, text: plainText(eliciting ? parts[parts.length - 1]! : parts.slice(1).join('|')) };
}

/** An "import" setting's first cell, or the default. */
export function setting(form: NfForm, name: string, fallback: string): string {
  const cells = form.settings.get(name);
  return cells && cells[0] !== undefined && cells[0] !== '' ? cells[0] : fallback;
}
