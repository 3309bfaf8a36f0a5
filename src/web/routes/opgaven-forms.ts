// Turns the fields of the evidence and material forms into the service's input shape. Empty
// parts are left out, so that "no evidence at all" reaches the service and is refused there.
type Form = Record<string, string | File | (string | File)[]>;

export function formValues(form: Form): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) if (typeof value === 'string') values[name] = value;
  return values;
}

export function evidenceFromForm(f: Record<string, string>, options: { dialogue: boolean }) {
  const items: Record<string, string>[] = [];
  if (f.patternA || f.patternB) {
    items.push({
      kind: 'pattern',
      questionnaire: f.patternQuestionnaire ?? '',
      a: f.patternA ?? '',
      b: f.patternB ?? '',
      ...(f.patternConfirm === 'ja' ? { confirmNotSignificant: 'ja' } : {}),
    });
  }
  for (const ref of (f.stories ?? '').split(/[\s,;]+/u).filter(Boolean)) items.push({ kind: 'story', ref });
  if (f.seriesIndicator) items.push({ kind: 'indicator', indicator: f.seriesIndicator, area: f.seriesArea ?? '' });
  if (options.dialogue && f.dialogue) items.push({ kind: 'dialogue', dialogue: f.dialogue, conclusion: f.conclusion ?? '' });
  return { note: f.note ?? '', items };
}

const ROLES = ['raad', 'college', 'aanbieder', 'professional', 'inwoner', 'ervaringsdeskundige'];

/** A ticked role_<role> checkbox with its optional name_<role> field → a participant. */
export function participantsFromForm(f: Record<string, string>) {
  return ROLES.filter((role) => f[`role_${role}`] === 'ja').map((role) => ({ role, name: f[`name_${role}`] ?? '' }));
}

/** The material forms: one pattern, one or more stories, or one indicator series. */
export function materialFromForm(f: Record<string, string>): Record<string, string>[] {
  if (f.kind === 'story') {
    const refs = (f.stories ?? '').split(/[\s,;]+/u).filter(Boolean);
    return refs.length ? refs.map((ref) => ({ kind: 'story', ref })) : [{ kind: 'story', ref: '' }];
  }
  if (f.kind === 'observation') return [{ kind: 'observation', observation: f.observation ?? '' }];
  if (f.kind === 'pattern') return [{ kind: 'pattern', questionnaire: f.patternQuestionnaire ?? '', a: f.patternA ?? '', b: f.patternB ?? '' }];
  return [{ kind: 'indicator', indicator: f.seriesIndicator ?? '', area: f.seriesArea ?? '' }];
}
