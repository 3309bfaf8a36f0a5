// /patronen: which questionnaire's patterns to look at.
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function PatternIndexPage({ view, questionnaires }: { view: View; questionnaires: { key: string; title: { nl: string; en: string } }[] }) {
  const { t, lang } = view;
  const i = t.patterns.index;
  return (
    <Layout view={view} title={i.title} current="patterns">
      <h1 class="utrecht-heading-1">{i.title}</h1>
      <p class="utrecht-paragraph">{i.intro}</p>
      {questionnaires.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{i.none}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {questionnaires.map((q) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`/patronen/${encodeURIComponent(q.key)}`}>
                {q.title[lang]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
