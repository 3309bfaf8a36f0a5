// A SenseMaker framework definition (the JSON its platform and the sensemakerdatar R package
// use; scalars may come as one-element arrays) → Duiding questions, keeping for each the
// signifier, label, item and stone ids that name the columns of SenseMaker's CSV export.
import type { Question } from '../questionnaire/types.ts';
import { draftText } from './draft.ts';
import { KeyAllocator, plainText, questionKeys } from './names.ts';
import type { Findings } from './notes.ts';

interface SmPart {
  id: string;
  key: string;
}

export interface SmMapped {
  signifierId: string;
  type: 'triad' | 'dyad' | 'stones' | 'list' | 'freetext';
  question: Question;
  /** triad: the three corners; dyad: left and right; list: items; stones: stones. */
  parts: SmPart[];
}

export interface SmFramework {
  title: string;
  language: string | null;
  /** The free-text signifier that holds the story itself. */
  fragmentId: string | null;
  mapped: SmMapped[];
}

/** Types that hold no answer: page furniture. */
const LAYOUT = new Set(['label', 'save', 'navigation', 'image', 'embedded', 'html']);

type Json = Record<string, unknown>;
const one = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 && typeof v[0] !== 'object' ? v[0] : v);
const str = (v: unknown): string => {
  const s = one(v);
  return typeof s === 'string' ? s : typeof s === 'number' ? String(s) : '';
};
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : []);

export function readSenseMakerFramework(json: unknown, findings: Findings): SmFramework {
  const framework: SmFramework = { title: '', language: null, fragmentId: null, mapped: [] };
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Json) : null;
  if (!root || !Array.isArray(root.signifiers)) {
    findings.problem({
      field: 'signifiers',
      code: 'sensemaker-definition',
      nl: 'dit is geen SenseMaker-raamwerk: "signifiers" ontbreekt',
      en: 'this is not a SenseMaker framework: "signifiers" is missing',
    });
    return framework;
  }
  framework.title = plainText(str(root.name) || str(root.code) || str(root.description));
  framework.language = str(root.language) || null;
  framework.fragmentId = str(root.fragment_signifier_id) || null;
  const keys = questionKeys();
  const signifiers = list(root.signifiers)
    .map((s, index) => ({ s, index, order: Number(one(s.order)) || 0 }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  for (const { s, index } of signifiers) {
    const id = str(s.id);
    const type = str(s.type);
    const content = (typeof s.content === 'object' && s.content !== null ? s.content : {}) as Json;
    const title = plainText(str(s.title)) || id;
    const field = `signifiers[${index}]`;
    if (LAYOUT.has(type)) continue;
    const base = { about: 'story' as const, text: draftText(title), ...(one(s.allow_na) === true ? { allowNotApplicable: true } : {}) };
    const parts = (items: Json[], name: 'text' | 'title', keysOf: KeyAllocator) =>
      items.map((item) => ({ id: str(item.id), key: keysOf.take(plainText(str(item[name])), 'optie'), text: plainText(str(item[name])) }));
    if (type === 'triad' || type === 'dyad') {
      const labels = parts(list(content.labels), 'text', new KeyAllocator());
      const want = type === 'triad' ? 3 : 2;
      if (labels.length !== want) {
        findings.note({
          field,
          code: 'signifier-not-mapped',
          nl: `${type} "${title}" heeft ${labels.length} labels in plaats van ${want}; niet overgenomen`,
          en: `${type} "${title}" has ${labels.length} labels instead of ${want}; not carried over`,
        });
        continue;
      }
      const key = keys.take(title, type);
      const question: Question =
        type === 'triad'
          ? { key, ...base, type: 'triad', corners: [draftText(labels[0]!.text), draftText(labels[1]!.text), draftText(labels[2]!.text)] }
          : { key, ...base, type: 'slider', left: draftText(labels[0]!.text), right: draftText(labels[1]!.text) };
      framework.mapped.push({ signifierId: id, type, question, parts: labels });
    } else if (type === 'stones') {
      const stones = parts(list(content.stones), 'title', new KeyAllocator());
      const axis = (typeof content.axis === 'object' && content.axis !== null ? content.axis : {}) as Json;
      const label = (a: unknown, fallback: string) => {
        const o = (typeof a === 'object' && a !== null ? a : {}) as Json;
        const named = plainText(str(o.name)) || [plainText(str(o.start_label)), plainText(str(o.end_label))].filter(Boolean).join(' – ');
        return named || fallback;
      };
      const [x, y] = [label(axis.x, 'x'), label(axis.y, 'y')];
      if (x === 'x' || y === 'y')
        findings.note({
          field,
          code: 'stones-axis-unnamed',
          nl: `de assen van stenen "${title}" hebben geen naam; ze heten nu "x" en "y"`,
          en: `the axes of stones "${title}" have no name; they are now called "x" and "y"`,
        });
      const question: Question = {
        key: keys.take(title, 'stenen'),
        ...base,
        type: 'stones',
        x: draftText(x),
        y: draftText(y),
        stones: stones.map((s) => ({ key: s.key, text: draftText(s.text) })),
      };
      framework.mapped.push({ signifierId: id, type: 'stones', question, parts: stones });
    } else if (type === 'list') {
      const items = parts(list(content.items), 'title', new KeyAllocator());
      const max = Number(one(content.max_responses));
      const options = items.map((i) => ({ key: i.key, text: draftText(i.text) }));
      // A "sticky" list keeps its answer from one story to the next: the teller's own details.
      const about = one(s.sticky) === true ? ('participant' as const) : ('story' as const);
      const question: Question =
        max > 1
          ? { key: keys.take(title, 'lijst'), ...base, about, type: 'multichoice', options, max }
          : { key: keys.take(title, 'lijst'), ...base, about, type: 'choice', options };
      framework.mapped.push({ signifierId: id, type: 'list', question, parts: items });
    } else if (type === 'freetext') {
      if (id === framework.fragmentId) continue;
      framework.mapped.push({ signifierId: id, type: 'freetext', question: { key: keys.take(title, 'tekst'), ...base, type: 'text' }, parts: [] });
    } else {
      findings.note({
        field,
        code: 'signifier-not-mapped',
        nl: `signifier "${title}" van soort "${type}" kent Duiding niet; niet overgenomen`,
        en: `signifier "${title}" of type "${type}" is unknown to Duiding; not carried over`,
      });
    }
  }
  if (!framework.fragmentId) {
    findings.problem({
      field: 'fragment_signifier_id',
      code: 'sensemaker-no-fragment',
      nl: 'het raamwerk noemt geen verhaalveld ("fragment_signifier_id")',
      en: 'the framework names no story field ("fragment_signifier_id")',
    });
  }
  return framework;
}
