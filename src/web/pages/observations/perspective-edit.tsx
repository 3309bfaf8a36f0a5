// /perspectieven/{key}/{id}/bewerken: renaming a perspective or changing its description, with the
// fields and messages of "Perspectief toevoegen" on the board. Its cards stay where they are.
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { boardHref, perspectiveHref } from './links.ts';
import { fieldError } from './observation-fields.tsx';

export function EditPerspectivePage(p: {
  view: View;
  questionnaire: string;
  perspective: { id: string; name: string };
  form: { name?: string; description?: string };
  problems?: Problem[];
}) {
  const { view } = p;
  const m = view.t.observations;
  const title = m.editPerspectiveTitle(p.perspective.name);
  return (
    <Layout view={view} title={title} current="observations">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={boardHref(p.questionnaire)}>
          {m.backToBoard}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{m.editPerspectiveIntro}</p>
      <ErrorSummary
        problems={p.problems}
        lang={view.lang}
        title={m.perspectiveErrorSummary}
        idOf={(field) => (field === 'name' ? 'perspectief-naam' : field === 'description' ? 'perspectief-beschrijving' : undefined)}
        labelOf={(field) => ({ name: m.perspectiveName, description: m.perspectiveDescription })[field]}
      />
      <form method="post" action={`${perspectiveHref(p.questionnaire, p.perspective.id)}/bewerken`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <TextField
          id="perspectief-naam"
          name="name"
          label={m.perspectiveName}
          hint={m.perspectiveHint}
          value={p.form.name}
          error={fieldError(view, p.problems, 'name')}
          required
          maxlength={200}
        />
        <TextField
          id="perspectief-beschrijving"
          name="description"
          label={m.perspectiveDescription}
          value={p.form.description}
          error={fieldError(view, p.problems, 'description')}
          rows={2}
        />
        <SubmitButton>{m.savePerspective}</SubmitButton>
      </form>
    </Layout>
  );
}
