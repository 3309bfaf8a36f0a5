// /vergelijken without a questionnaire: choose one.
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function CompareIndexPage({ view, keys }: { view: View; keys: string[] }) {
  const s = view.t.compare;
  return (
    <Layout view={view} title={s.title} current="compare">
      <h1 class="utrecht-heading-1">{s.title}</h1>
      {keys.length === 0 ? (
        <p class="utrecht-paragraph">{s.noQuestionnaires}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{s.chooseQuestionnaire}</p>
          <ul class="utrecht-unordered-list">
            {keys.map((key) => (
              <li>
                <a class="utrecht-link utrecht-link--html-a" href={`/vergelijken/${encodeURIComponent(key)}`}>
                  {key}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
