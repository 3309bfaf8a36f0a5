// The part of a story's page about sharing it with a network: shown to who may release
// (network.release) when the municipality is in a network. Without the teller's consent it says
// so and offers nothing; with it, per network a link to the confirmation page or, once released,
// a button to take it back.
import type { StoryShareState } from '../../../services/network-share/story-release.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import type { View } from '../../view.ts';

export function StoryShareSection({ view, storyId, share }: { view: View; storyId: string; share: StoryShareState }) {
  const s = view.t.networkShare.story;
  if (share.networks.length === 0) return null;
  return (
    <section aria-labelledby="delen-netwerk">
      <h2 class="utrecht-heading-2" id="delen-netwerk">
        {s.title}
      </h2>
      {!share.consent ? (
        <p class="utrecht-paragraph">{s.noConsent}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{s.consent}</p>
          {share.refusal ? <p class="utrecht-paragraph">{share.refusal[view.lang]}</p> : null}
          {share.networks.map((n) =>
            n.released ? (
              <form method="post" action={`/verhalen/${storyId}/delen/terugnemen`} class="duiding-actions">
                <CsrfField token={view.session?.csrfToken} />
                <input type="hidden" name="network" value={n.slug} />
                <p class="utrecht-paragraph">{s.sharedWith(n.name)}</p>
                <SubmitButton secondary>{s.takeBack(n.name)}</SubmitButton>
              </form>
            ) : share.refusal ? null : (
              <p class="utrecht-paragraph">
                <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${storyId}/delen?netwerk=${encodeURIComponent(n.slug)}`}>
                  {s.shareWith(n.name)}
                </a>
              </p>
            ),
          )}
        </>
      )}
    </section>
  );
}
