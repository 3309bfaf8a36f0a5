// The rules of a questionnaire's codebook (issue 11): what a code's slug, label and description
// may be, and that codes nest two levels at most. Pure: the service hands in the codebook as it
// is and gets every problem back at once, so nothing is written when anything is wrong.
import type { Problem } from '../problems.ts';

/** A code as the API shows it: `parent` is the parent's slug. */
export interface CodeDefinition {
  slug: string;
  label: string;
  description: string;
  parent: string | null;
}

const MAX_SLUG_LENGTH = 40;
export const MAX_LABEL_LENGTH = 100;
const MAX_DESCRIPTION_LENGTH = 2000;

/**
 * Lower-case letters, digits, - and _, starting with a letter. Kept this narrow because the slug
 * becomes the analysis variable `code:slug`, which the filter syntax (`code:x=ja`, commas for
 * OR) and the cell syntax (`group=code:x:ja`) must be able to read back.
 */
const SLUG = /^[a-z][a-z0-9_-]*$/;

export interface CodeInput {
  slug?: unknown;
  label?: unknown;
  description?: unknown;
  parent?: unknown;
}

/** Checks a new code (or, with `editing`, the new state of an existing one) against the codebook. */
export function checkCode(
  input: CodeInput,
  codebook: readonly CodeDefinition[],
  editing: string | null = null,
): { code: CodeDefinition | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const slug = editing ?? (typeof input.slug === 'string' ? input.slug : '');
  if (editing === null) {
    if (typeof input.slug !== 'string' || input.slug === '') {
      problems.push({
        field: 'slug',
        code: 'required',
        nl: 'geef de code een korte naam (slug), bijvoorbeeld "eenzaamheid"',
        en: 'give the code a short name (slug), e.g. "eenzaamheid"',
      });
    } else if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) {
      problems.push({
        field: 'slug',
        code: 'invalid-slug',
        nl: `"${clip(slug)}" is geen geldige slug: gebruik kleine letters, cijfers, - en _ (begin met een letter, hoogstens ${MAX_SLUG_LENGTH} tekens)`,
        en: `"${clip(slug)}" is not a valid slug: use lower-case letters, digits, - and _ (start with a letter, at most ${MAX_SLUG_LENGTH} characters)`,
      });
    } else if (codebook.some((c) => c.slug === slug)) {
      problems.push({ field: 'slug', code: 'duplicate-slug', nl: `het codeboek heeft al een code "${slug}"`, en: `the codebook already has a code "${slug}"` });
    }
  }
  const label = typeof input.label === 'string' ? input.label.trim() : '';
  if (typeof input.label !== 'string' || label === '') {
    problems.push({ field: 'label', code: 'required', nl: 'geef de code een naam (label)', en: 'give the code a label' });
  } else if (label.length > MAX_LABEL_LENGTH) {
    problems.push({
      field: 'label',
      code: 'too-long',
      nl: `het label is langer dan ${MAX_LABEL_LENGTH} tekens`,
      en: `the label is longer than ${MAX_LABEL_LENGTH} characters`,
    });
  }
  let description = '';
  if (input.description !== undefined && input.description !== null) {
    if (typeof input.description !== 'string') {
      problems.push({ field: 'description', code: 'not-text', nl: 'de beschrijving moet tekst zijn', en: 'the description must be text' });
    } else if (input.description.length > MAX_DESCRIPTION_LENGTH) {
      problems.push({
        field: 'description',
        code: 'too-long',
        nl: `de beschrijving is langer dan ${MAX_DESCRIPTION_LENGTH} tekens`,
        en: `the description is longer than ${MAX_DESCRIPTION_LENGTH} characters`,
      });
    } else description = input.description.trim();
  }
  const parent = checkParent(input.parent, slug, codebook, editing, problems);
  if (problems.length > 0) return { code: null, problems };
  return { code: { slug, label, description, parent }, problems };
}

function checkParent(value: unknown, slug: string, codebook: readonly CodeDefinition[], editing: string | null, problems: Problem[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    problems.push({ field: 'parent', code: 'not-text', nl: 'de bovenliggende code moet een slug zijn', en: 'the parent must be a slug' });
    return null;
  }
  const parent = codebook.find((c) => c.slug === value);
  if (!parent) {
    problems.push({
      field: 'parent',
      code: 'unknown-parent',
      nl: `het codeboek heeft geen code "${clip(value)}" om onder te hangen`,
      en: `the codebook has no code "${clip(value)}" to be the parent`,
    });
  } else if (value === slug) {
    problems.push({ field: 'parent', code: 'own-parent', nl: 'een code kan niet onder zichzelf hangen', en: 'a code cannot be its own parent' });
  } else if (parent.parent !== null) {
    problems.push({
      field: 'parent',
      code: 'parent-is-child',
      nl: `"${value}" hangt zelf al onder "${parent.parent}"; het codeboek heeft hoogstens twee niveaus`,
      en: `"${value}" is itself a child of "${parent.parent}"; the codebook has two levels at most`,
    });
  } else if (editing !== null && codebook.some((c) => c.parent === editing)) {
    problems.push({
      field: 'parent',
      code: 'has-children',
      nl: `"${editing}" heeft zelf onderliggende codes en kan daarom niet onder een andere code hangen (hoogstens twee niveaus)`,
      en: `"${editing}" has child codes of its own, so it cannot become a child (two levels at most)`,
    });
  }
  return parent ? parent.slug : null;
}

/** Parents first, each followed by its children, both by label (Dutch collation, in code: PGlite's is C). */
export function codebookOrder(codes: readonly CodeDefinition[]): CodeDefinition[] {
  const byLabel = (a: CodeDefinition, b: CodeDefinition) => a.label.localeCompare(b.label, 'nl') || a.slug.localeCompare(b.slug);
  const top = codes.filter((c) => c.parent === null || !codes.some((p) => p.slug === c.parent)).sort(byLabel);
  return top.flatMap((parent) => [parent, ...codes.filter((c) => c.parent === parent.slug).sort(byLabel)]);
}

/** Long hostile input is quoted in part, never whole, in a message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
