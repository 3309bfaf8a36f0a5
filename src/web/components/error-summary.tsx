// Every problem of a rejected form at the top of the page, each linked to its field (GOV.UK /
// NL Design System error summary). It takes the one shape of an input error, `Problem`; focus
// can land here after a rejected post (tabindex -1).
import type { Child } from 'hono/jsx';
import type { Problem } from '../../domain/problems.ts';
import { fieldId, type FieldErrors } from './field.tsx';

interface ErrorSummaryProps {
  problems: Problem[] | undefined;
  lang: 'nl' | 'en';
  title: Child;
  intro?: Child;
  /** The id of the control a problem's field points at; undefined = no link. Default: fieldId. */
  idOf?: (field: string) => string | undefined;
  /** A prefix naming the field ("Titel: "), for messages that do not say which field. */
  labelOf?: (field: string) => string | undefined;
  id?: string;
}

export function ErrorSummary({ problems, lang, title, intro, idOf = fieldId, labelOf, id = 'foutmeldingen' }: ErrorSummaryProps) {
  if (!problems?.length) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert" id={id} tabindex={-1}>
      <h2 class="utrecht-heading-2">{title}</h2>
      {intro ? <p class="utrecht-paragraph">{intro}</p> : null}
      <ul class="utrecht-unordered-list duiding-problems">
        {problems.map((problem) => {
          const target = problem.field ? idOf(problem.field) : undefined;
          const label = problem.field ? labelOf?.(problem.field) : undefined;
          const text = `${label ? `${label}: ` : ''}${lang === 'nl' ? problem.nl : problem.en}`;
          return (
            <li class="utrecht-unordered-list__item">
              {target ? (
                <a class="utrecht-link utrecht-link--html-a" href={`#${target}`}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Messages already in the page's language, by field (a form whose route maps problems onto its
 * own field names) → problems for the summary; the "" entry names no field.
 */
export function problemsOf(errors: FieldErrors | undefined): Problem[] {
  return Object.entries(errors ?? {}).flatMap(([field, messages]) =>
    messages.map((message) => ({ code: 'form', nl: message, en: message, ...(field ? { field } : {}) })),
  );
}
