// Observations as others read them — in a dialogue's session pack and under "Wat we zagen" in the
// monitor: title, strength, text and the competing interpretations with their perspective. Words
// only, no figures (services/sensemaking/feeds.ts).
import type { PackedObservation } from '../../../services/sensemaking/feeds.ts';
import type { View } from '../../view.ts';

export function SeenObservations({ view, observations, level = 3 }: { view: View; observations: PackedObservation[]; level?: 3 | 4 }) {
  const m = view.t.observations;
  return (
    <>
      {observations.map((o) => (
        <article class="duiding-pack__block duiding-seen">
          {level === 3 ? <h3 class="utrecht-heading-3">{o.title}</h3> : <h4 class="utrecht-heading-4">{o.title}</h4>}
          <p class="utrecht-paragraph duiding-hint">{`${m.strength}: ${m.strengths[o.strength]}`}</p>
          {o.body
            .split(/\n{2,}/)
            .filter((p) => p.trim())
            .map((p) => (
              <p class="utrecht-paragraph duiding-prewrap">{p}</p>
            ))}
          <p class="utrecht-paragraph">{m.seenInterpretations}</p>
          <ul class="utrecht-unordered-list">
            {o.interpretations.map((i) => (
              <li class="utrecht-unordered-list__item">
                <span class="duiding-prewrap">{i.text}</span>
                {i.perspective ? <span class="duiding-hint">{` (${m.inPerspective(i.perspective)})`}</span> : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </>
  );
}
