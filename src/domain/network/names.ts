// What a network's slug and name may be (the same rules as migration 0015's checks, said in
// words before the database has to refuse).
import type { Problem } from '../problem.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX = 60;
const NAME_MAX = 200;

export function networkSlugProblems(slug: string, field = 'slug'): Problem[] {
  if (SLUG.test(slug) && slug.length <= SLUG_MAX) return [];
  return [
    {
      field,
      code: 'network-slug',
      nl: `"${slug}" is geen goede code voor een netwerk: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld eemland (hoogstens ${SLUG_MAX} tekens)`,
      en: `"${slug}" is not a valid network code: use lower-case letters, digits and hyphens, e.g. eemland (at most ${SLUG_MAX} characters)`,
    },
  ];
}

export function networkNameProblems(name: string, field = 'name'): Problem[] {
  const trimmed = name.trim();
  if (trimmed.length >= 1 && trimmed.length <= NAME_MAX) return [];
  return [
    {
      field,
      code: 'network-name',
      nl: `de naam van het netwerk moet 1 tot ${NAME_MAX} tekens hebben`,
      en: `the network's name must have 1 to ${NAME_MAX} characters`,
    },
  ];
}
