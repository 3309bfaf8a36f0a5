// The refused-import alert of /importeren, one for every import form (CSV, XLSX, NarraFirma, SenseMaker).
import type { View } from '../view.ts';

/** A refused import: nothing was saved, and every problem with its place. Shared by every import form. */
export function RejectedAlert({ view, form, problems }: { view: View; form: string; problems: string[] }) {
  const p = view.t.importPage;
  return (
    <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert" id={`uitkomst-${form}`}>
      <h3 class="utrecht-heading-3">{p.rejectedTitle}</h3>
      <p class="utrecht-paragraph">
        <strong>{p.nothingSaved}</strong> {p.problemsIntro}
      </p>
      <ul class="utrecht-unordered-list duiding-problems">
        {problems.map((problem) => (
          <li class="utrecht-unordered-list__item">{problem}</li>
        ))}
      </ul>
    </div>
  );
}
