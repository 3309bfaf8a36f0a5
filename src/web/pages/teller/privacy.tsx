// /vertel/{slug}/privacy: generated from the collection's settings: what is asked, who sees it,
// quotes only with consent, how long it is kept, how to withdraw.
import type { Questionnaire } from '../../../domain/questionnaire/types.ts';
import { loc } from '../../teller/question-field.tsx';
import { TellerLayout, type TellerLayoutProps } from '../../teller/teller-layout.tsx';

export interface PrivacyProps {
  frame: Omit<TellerLayoutProps, 'children' | 'title'>;
  collectionTitle: string;
  questionnaire: Questionnaire;
  mode: 'self' | 'interview' | 'signal';
  retentionDays: number | null;
  backHref: string;
}

export function PrivacyPage({ frame, collectionTitle, questionnaire, mode, retentionDays, backHref }: PrivacyProps) {
  const p = frame.t.privacy;
  const lang = frame.lang;
  const list = (about: 'story' | 'participant') => questionnaire.questions.filter((q) => q.about === about);
  const withdrawHref = `/intrekken${lang === 'nl' ? '' : `?lang=${lang}`}`;
  return (
    <TellerLayout {...frame} title={p.title(collectionTitle)}>
      <h1 class="teller-title">{p.title(collectionTitle)}</h1>
      <h2 class="teller-subtitle">{p.collectedTitle}</h2>
      <p class="teller-paragraph">{p.collected}</p>
      {(['story', 'participant'] as const).map((about) =>
        list(about).length ? (
          <>
            <h3 class="teller-subtitle teller-subtitle--small">{about === 'story' ? p.aboutStory : p.aboutYou}</h3>
            <ul class="teller-list">
              {list(about).map((q) => (
                <li>{loc(q.text, lang)}</li>
              ))}
            </ul>
          </>
        ) : null,
      )}
      <p class="teller-paragraph">{p.noName}</p>
      <p class="teller-paragraph">{p.redaction}</p>
      <h2 class="teller-subtitle">{p.whoTitle}</h2>
      <ul class="teller-list">
        {p.who.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      {mode === 'self' ? <p class="teller-paragraph">{p.moderation}</p> : null}
      <h2 class="teller-subtitle">{p.quotesTitle}</h2>
      <p class="teller-paragraph">{p.quotes}</p>
      <h2 class="teller-subtitle">{p.retentionTitle}</h2>
      <p class="teller-paragraph">{retentionDays ? p.retention(retentionDays) : p.retentionNone}</p>
      <h2 class="teller-subtitle">{p.withdrawTitle}</h2>
      <p class="teller-paragraph">
        {`${p.withdraw} `}
        <a class="teller-link" href={withdrawHref}>
          /intrekken
        </a>
        .
      </p>
      {/* Interviews and signals have no storyteller's form to go back to (staff enter them). */}
      {mode === 'self' ? (
        <p class="teller-paragraph">
          <a class="teller-link" href={backHref}>
            {p.back}
          </a>
        </p>
      ) : null}
    </TellerLayout>
  );
}
