// The refused-import alert of /importeren, one for every import form (CSV, XLSX, NarraFirma, SenseMaker).
import { Notice } from '../components/notice.tsx';
import type { View } from '../view.ts';

/** A refused import: nothing was saved, and every problem with its place. Shared by every import form. */
export function RejectedAlert({ view, form, problems }: { view: View; form: string; problems: string[] }) {
  const p = view.t.importPage;
  return (
    <Notice kind="error" id={`uitkomst-${form}`} title={p.rejectedTitle} level={3} paragraph={false}>
      <p class="utrecht-paragraph">
        <strong>{p.nothingSaved}</strong> {p.problemsIntro}
      </p>
      <ul class="utrecht-unordered-list duiding-problems">
        {problems.map((problem) => (
          <li class="utrecht-unordered-list__item">{problem}</li>
        ))}
      </ul>
    </Notice>
  );
}
