// /dialogen/{id}/sessiepakket: the printable pack for a session — participants, patterns with
// their figures, indicator series as tables, and one card per (published) story with its consent.
import { SeenObservations } from '../observations/seen.tsx';
import type { SessionPack } from '../../../services/dialogue-read.ts';
import { consentText, formatDay, formatNumber } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { TableRegion } from '../../components/table-region.tsx';

export function SessionPackPage({ view, pack }: { view: View; pack: SessionPack }) {
  const o = view.t.opgaven;
  const p = o.pack;
  const d = pack.dialogue;
  const num = (n: number | null | undefined) => (n === null || n === undefined ? p.unknown : formatNumber(n, view.lang));
  return (
    <Layout view={view} title={p.title(d.title)} current="dialogues">
      <div class="duiding-pack">
        <p class="utrecht-paragraph duiding-no-print">
          <a class="utrecht-link utrecht-link--html-a" href={`/dialogen/${d.id}`}>
            {o.dialogue.back}
          </a>
        </p>
        <h1 class="utrecht-heading-1">{p.title(d.title)}</h1>
        <p class="utrecht-paragraph duiding-no-print">{p.print}</p>
        <p class="utrecht-paragraph">
          {o.dialogues.kinds[d.kind] ?? d.kind} — {d.heldOn ? formatDay(d.heldOn, view.lang) : o.dialogues.noDate}
          {d.opgave ? ` — ${d.opgave.title}` : ''}
        </p>
        <h2 class="utrecht-heading-2">{p.participants}</h2>
        <ul class="utrecht-unordered-list">
          {d.participants.map((x) => (
            <li class="utrecht-unordered-list__item">
              {o.dialogues.roles[x.role] ?? x.role}
              {x.name ? `: ${x.name}` : ''}
            </li>
          ))}
        </ul>

        {pack.patterns.length ? <h2 class="utrecht-heading-2">{p.patterns}</h2> : null}
        {pack.patterns.map(({ label, pattern, groups }) => (
          <section class="duiding-pack__block">
            <h3 class="utrecht-heading-3">{label}</h3>
            {pattern ? (
              <>
                <dl class="duiding-facts duiding-facts--inline">
                  <dt>{p.stories}</dt>
                  <dd>{num(pattern.n)}</dd>
                  <dt>{p.effect}</dt>
                  <dd>{p.strengthOf(pattern.strength ? (p.words[pattern.strength] ?? pattern.strength) : p.unknown, num(pattern.effect.value))}</dd>
                </dl>
                {groups.length ? (
                  <ul class="utrecht-unordered-list">
                    {groups.map((g) => (
                      <li class="utrecht-unordered-list__item">
                        {g.n === null || g.median === null ? `${g.label}: ${p.tooFew}` : p.medianOf(g.label, g.n, num(g.median))}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <p class="utrecht-paragraph duiding-empty">{p.patternNotFound}</p>
            )}
          </section>
        ))}

        {pack.patterns.some((x) => x.pattern) ? (
          <>
            <h3 class="utrecht-heading-3">{p.method}</h3>
            <ul class="utrecht-unordered-list duiding-pack__method">
              {pack.patterns.flatMap(({ label, pattern }) =>
                pattern
                  ? [
                      <li class="utrecht-unordered-list__item">{`${label}: ${p.methodOf(p.tests[pattern.test] ?? pattern.test, p.measures[pattern.effect.name] ?? pattern.effect.name)}`}</li>,
                    ]
                  : [],
              )}
            </ul>
          </>
        ) : null}

        {pack.observations.length ? <h2 class="utrecht-heading-2">{view.t.observations.seenTitle}</h2> : null}
        <SeenObservations view={view} observations={pack.observations} />

        {pack.series.length ? <h2 class="utrecht-heading-2">{p.series}</h2> : null}
        {pack.series.map((s) => (
          <TableRegion caption={s.label} tableClass="duiding-pack__block">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {p.period}
                </th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                  {p.value}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {s.rows.map((row) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {row.period}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{num(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ))}

        <h2 class="utrecht-heading-2">{p.storyCards}</h2>
        {pack.stories.length === 0 ? <p class="utrecht-paragraph duiding-empty">{p.noStories}</p> : null}
        <div class="duiding-cards">
          {pack.stories.map((s) => (
            <article class="duiding-story-card" aria-labelledby={`kaart-${s.ref}`}>
              <h3 class="utrecht-heading-3" id={`kaart-${s.ref}`}>
                {s.title}
              </h3>
              {s.text
                .split(/\n{2,}/u)
                .filter(Boolean)
                .map((para) => (
                  <p class="utrecht-paragraph">{para}</p>
                ))}
              <p class="utrecht-paragraph duiding-story-card__meta">
                {p.consent(consentText(s.consentQuote, view.t))} · {p.ref} {s.ref}
              </p>
            </article>
          ))}
        </div>
      </div>
    </Layout>
  );
}
