// Inter-coder agreement (/overeenstemming/{key}): which two analysts are compared, n, Cohen's κ
// per code and Krippendorff's α over the codebook, with what the numbers mean in plain words.
import type { Agreement } from '../../../services/coding/agreement.ts';
import { TableRegion } from '../../components/table-region.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function AgreementPage({ view, questionnaireKey, data }: { view: View; questionnaireKey: string; data: Agreement }) {
  const m = view.t.coding;
  const number = (value: number | null) =>
    value === null ? m.notComputable : value.toLocaleString(view.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const pair = data.pair;
  return (
    <Layout view={view} title={m.agreementTitle(questionnaireKey)} current="codebook">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/codeboek/${encodeURIComponent(questionnaireKey)}`}>
          {m.codebookTitle(questionnaireKey)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.agreementTitle(questionnaireKey)}</h1>
      <p class="utrecht-paragraph">{m.agreementIntro}</p>
      {!pair ? (
        <p class="utrecht-paragraph">{m.notEnough}</p>
      ) : (
        <>
          {data.analysts.length > 2 ? (
            <form method="get" action={`/overeenstemming/${encodeURIComponent(questionnaireKey)}`} class="utrecht-form duiding-form">
              {(
                [
                  ['eerste', m.first, pair[0].id],
                  ['tweede', m.second, pair[1].id],
                ] as const
              ).map(([name, label, selected]) => (
                <div class="utrecht-form-field duiding-field">
                  <label class="utrecht-form-label" for={name}>
                    {label}
                  </label>
                  <select class="utrecht-select utrecht-select--html-select" id={name} name={name}>
                    {data.analysts.map((a) => (
                      <option value={a.id} selected={a.id === selected}>
                        {m.analystStories(a.name, a.stories)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {m.compare}
              </button>
            </form>
          ) : null}
          <p class="utrecht-paragraph">
            {m.analysts}: {pair[0].name}, {pair[1].name}. <strong>{m.shared(data.n)}</strong>
          </p>
          <p class="utrecht-paragraph">
            <strong>{m.alpha(number(data.alpha), data.decisions)}</strong>
          </p>
          <TableRegion caption={m.kappaCaption}>
            <thead>
              <tr>
                <th scope="col">{m.code}</th>
                <th scope="col">{m.kappa}</th>
                <th scope="col">n</th>
                <th scope="col">{m.byFirst(pair[0].name)}</th>
                <th scope="col">{m.byFirst(pair[1].name)}</th>
                <th scope="col">{m.byBoth}</th>
              </tr>
            </thead>
            <tbody>
              {data.codes.map((c) => (
                <tr>
                  <th scope="row">{c.label}</th>
                  <td>{number(c.kappa)}</td>
                  <td>{c.n}</td>
                  <td>{c.first}</td>
                  <td>{c.second}</td>
                  <td>{c.both}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      )}
      <section aria-labelledby="uitleg">
        <h2 class="utrecht-heading-2" id="uitleg">
          {m.meaning}
        </h2>
        <p class="utrecht-paragraph">{m.kappaExplain}</p>
        <p class="utrecht-paragraph">{m.alphaExplain}</p>
        <p class="utrecht-paragraph">{m.undefinedExplain}</p>
      </section>
    </Layout>
  );
}
